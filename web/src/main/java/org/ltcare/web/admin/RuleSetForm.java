package org.ltcare.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.Entitlement;
import org.ltcare.policy.rules.GradeMatrix;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.PolicyNumbers;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.ScoreRange;

/**
 * The editable numbers of a rule-set version, as plain mutable fields a form can bind to. The 17 scale items
 * (the national standard's allowed scores) are kept as they are. Validation is the domain's
 * ({@link org.ltcare.policy.rules.RuleSetValidator}, run by the service on save); the form only needs the
 * fields filled (the page marks them required).
 */
public class RuleSetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One dimension's score band of one level. */
    public static class Band implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Dimension dimension;
        private final ImpairmentLevel level;
        private Integer min;
        private Integer max;

        Band(Dimension dimension, ImpairmentLevel level, ScoreRange range) {
            this.dimension = dimension;
            this.level = level;
            this.min = range == null ? null : range.min();
            this.max = range == null ? null : range.max();
        }

        /** The validator's path of this band, e.g. "bands.adl.MILD". */
        public String getPath() {
            return "bands." + dimension.key() + "." + level.name();
        }

        public Dimension getDimension() {
            return dimension;
        }

        public ImpairmentLevel getLevel() {
            return level;
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }
    }

    /** One care type's (and for 专护 one hospital level's) fund ratio and per-bed-day limit. */
    public static class Tariff implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CareType careType;
        private final Integer hospitalLevel;
        private BigDecimal fundRatio;
        private BigDecimal dailyLimit;

        Tariff(CareTariff tariff) {
            this.careType = tariff.careType();
            this.hospitalLevel = tariff.hospitalLevel();
            this.fundRatio = tariff.fundRatio();
            this.dailyLimit = tariff.dailyLimit();
        }

        public String getPath() {
            return "tariffs." + careType + (hospitalLevel == null ? "" : "." + hospitalLevel);
        }

        public CareType getCareType() {
            return careType;
        }

        public Integer getHospitalLevel() {
            return hospitalLevel;
        }

        public BigDecimal getFundRatio() {
            return fundRatio;
        }

        public void setFundRatio(BigDecimal fundRatio) {
            this.fundRatio = fundRatio;
        }

        public BigDecimal getDailyLimit() {
            return dailyLimit;
        }

        public void setDailyLimit(BigDecimal dailyLimit) {
            this.dailyLimit = dailyLimit;
        }
    }

    private final List<Band> bands = new ArrayList<>();
    private final List<ArrayList<Integer>> matrix = new ArrayList<>();
    private List<Integer> entitledGrades;
    private Integer minimumAge;
    private final List<Tariff> tariffs = new ArrayList<>();
    private Integer specializedMinimumHospitalLevel;
    /** The single numbers of procedure, settlement, home care and contracting by name ({@link PolicyNumbers}). */
    private final Map<String, Object> numbers;

    public RuleSetForm(RuleSetContent content) {
        for (Dimension dimension : Dimension.values()) {
            Map<ImpairmentLevel, ScoreRange> levels = content.scale().bands().getOrDefault(dimension, Map.of());
            for (ImpairmentLevel level : ImpairmentLevel.values()) {
                bands.add(new Band(dimension, level, levels.get(level)));
            }
        }
        content.scale().matrix().rows().forEach(row -> matrix.add(new ArrayList<>(row)));
        entitledGrades = new ArrayList<>(content.entitlement().entitledGrades());
        minimumAge = content.entitlement().minimumAge();
        content.care().tariffs().forEach(t -> tariffs.add(new Tariff(t)));
        specializedMinimumHospitalLevel = content.care().specializedMinimumHospitalLevel();
        numbers = new HashMap<>(PolicyNumbers.valuesOf(content));
    }

    /** The content as edited, on the scale items of {@code original} (which the form does not edit). */
    public RuleSetContent toContent(RuleSetContent original) {
        Map<Dimension, Map<ImpairmentLevel, ScoreRange>> bandMap = new EnumMap<>(Dimension.class);
        for (Band band : bands) {
            bandMap.computeIfAbsent(band.dimension, d -> new EnumMap<>(ImpairmentLevel.class))
                    .put(band.level, new ScoreRange(orZero(band.min), orZero(band.max)));
        }
        List<List<Integer>> rows = matrix.stream().map(row -> row.stream().map(RuleSetForm::orZero).toList())
                .map(List::copyOf).toList();
        AssessmentScale editedScale = new AssessmentScale(original.scale().items(), bandMap, new GradeMatrix(rows));
        List<CareTariff> editedTariffs = tariffs.stream()
                .map(t -> new CareTariff(t.careType, t.hospitalLevel, orZero(t.fundRatio), orZero(t.dailyLimit)))
                .toList();
        return PolicyNumbers.withValues(new RuleSetContent(editedScale,
                new Entitlement(new LinkedHashSet<>(entitledGrades), orZero(minimumAge)),
                new CareTariffs(editedTariffs, orZero(specializedMinimumHospitalLevel)), original.procedure(),
                original.settlement(), original.homeCare(), original.contracting()), numbers);
    }

    /** The page marks every number required, so an empty one never reaches here; zero keeps the types simple. */
    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public List<Band> bandsOf(Dimension dimension) {
        return bands.stream().filter(b -> b.dimension == dimension).toList();
    }

    public List<Band> getBands() {
        return bands;
    }

    public List<ArrayList<Integer>> getMatrix() {
        return matrix;
    }

    public List<Integer> getEntitledGrades() {
        return entitledGrades;
    }

    public void setEntitledGrades(List<Integer> entitledGrades) {
        this.entitledGrades = entitledGrades == null ? new ArrayList<>() : new ArrayList<>(entitledGrades);
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public List<Tariff> getTariffs() {
        return tariffs;
    }

    public Integer getSpecializedMinimumHospitalLevel() {
        return specializedMinimumHospitalLevel;
    }

    public void setSpecializedMinimumHospitalLevel(Integer value) {
        this.specializedMinimumHospitalLevel = value;
    }

    /** The single numbers by name, for the page's fields: {@code form.numbers[field.name()]}. */
    public Map<String, Object> getNumbers() {
        return numbers;
    }
}
