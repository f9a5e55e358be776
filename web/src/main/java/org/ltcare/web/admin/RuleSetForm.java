package org.ltcare.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ltcare.policy.rules.AssessmentProcedure;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.BenefitStartRule;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.Entitlement;
import org.ltcare.policy.rules.GradeMatrix;
import org.ltcare.policy.rules.ContractingTerms;
import org.ltcare.policy.rules.HomeCareTerms;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.policy.rules.ScoreRange;
import org.ltcare.policy.rules.SettlementTerms;

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
    private BenefitStartRule benefitStart;
    private Integer conclusionValidityMonths;
    private Integer acceptanceWorkingDays;
    private Integer dispatchWorkingDays;
    private Integer publicNoticeWorkingDays;
    private Integer objectionWorkingDaysAfterConclusion;
    private Integer reassessmentWorkingDays;
    private Integer expiryReminderDays;
    private BigDecimal reassessmentFeeHome;
    private BigDecimal reassessmentFeeInstitution;
    private Integer claimWindowFromDay;
    private Integer claimWindowToDay;
    private Integer payoutDeadlineWorkingDays;
    private BigDecimal qualityDepositRate;
    private Integer homeVisitMinimumMinutes;
    private Integer maxVisitsPerWorkerPerDay;
    private Integer evaluationPassMark;
    private Integer correctionWorkingDays;
    private Integer noticeWorkingDays;
    private Integer agreementValidityYears;
    private Integer renewalLeadDays;

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
        AssessmentProcedure p = content.procedure();
        benefitStart = p.benefitStart();
        conclusionValidityMonths = p.conclusionValidityMonths();
        acceptanceWorkingDays = p.acceptanceWorkingDays();
        dispatchWorkingDays = p.dispatchWorkingDays();
        publicNoticeWorkingDays = p.publicNoticeWorkingDays();
        objectionWorkingDaysAfterConclusion = p.objectionWorkingDaysAfterConclusion();
        reassessmentWorkingDays = p.reassessmentWorkingDays();
        expiryReminderDays = p.expiryReminderDays();
        reassessmentFeeHome = p.reassessmentFeeHome();
        reassessmentFeeInstitution = p.reassessmentFeeInstitution();
        SettlementTerms s = content.settlement();
        claimWindowFromDay = s.claimWindowFromDay();
        claimWindowToDay = s.claimWindowToDay();
        payoutDeadlineWorkingDays = s.payoutDeadlineWorkingDays();
        qualityDepositRate = s.qualityDepositRate();
        homeVisitMinimumMinutes = content.homeCare().homeVisitMinimumMinutes();
        maxVisitsPerWorkerPerDay = content.homeCare().maxVisitsPerWorkerPerDay();
        ContractingTerms c = content.contracting();
        evaluationPassMark = c.evaluationPassMark();
        correctionWorkingDays = c.correctionWorkingDays();
        noticeWorkingDays = c.noticeWorkingDays();
        agreementValidityYears = c.agreementValidityYears();
        renewalLeadDays = c.renewalLeadDays();
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
        return new RuleSetContent(editedScale,
                new Entitlement(new LinkedHashSet<>(entitledGrades), orZero(minimumAge)),
                new CareTariffs(editedTariffs, orZero(specializedMinimumHospitalLevel)),
                new AssessmentProcedure(benefitStart, orZero(conclusionValidityMonths),
                        orZero(acceptanceWorkingDays), orZero(dispatchWorkingDays),
                        orZero(publicNoticeWorkingDays), orZero(objectionWorkingDaysAfterConclusion),
                        orZero(reassessmentWorkingDays), orZero(expiryReminderDays), orZero(reassessmentFeeHome),
                        orZero(reassessmentFeeInstitution)),
                new SettlementTerms(orZero(claimWindowFromDay), orZero(claimWindowToDay),
                        orZero(payoutDeadlineWorkingDays), orZero(qualityDepositRate)),
                new HomeCareTerms(orZero(homeVisitMinimumMinutes), orZero(maxVisitsPerWorkerPerDay)),
                new ContractingTerms(orZero(evaluationPassMark), orZero(correctionWorkingDays),
                        orZero(noticeWorkingDays), orZero(agreementValidityYears), orZero(renewalLeadDays)));
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

    public BenefitStartRule getBenefitStart() {
        return benefitStart;
    }

    public void setBenefitStart(BenefitStartRule benefitStart) {
        this.benefitStart = benefitStart;
    }

    public Integer getConclusionValidityMonths() {
        return conclusionValidityMonths;
    }

    public void setConclusionValidityMonths(Integer value) {
        this.conclusionValidityMonths = value;
    }

    public Integer getAcceptanceWorkingDays() {
        return acceptanceWorkingDays;
    }

    public void setAcceptanceWorkingDays(Integer value) {
        this.acceptanceWorkingDays = value;
    }

    public Integer getExpiryReminderDays() {
        return expiryReminderDays;
    }

    public void setExpiryReminderDays(Integer value) {
        this.expiryReminderDays = value;
    }

    public Integer getDispatchWorkingDays() {
        return dispatchWorkingDays;
    }

    public void setDispatchWorkingDays(Integer value) {
        this.dispatchWorkingDays = value;
    }

    public Integer getPublicNoticeWorkingDays() {
        return publicNoticeWorkingDays;
    }

    public void setPublicNoticeWorkingDays(Integer value) {
        this.publicNoticeWorkingDays = value;
    }

    public Integer getObjectionWorkingDaysAfterConclusion() {
        return objectionWorkingDaysAfterConclusion;
    }

    public void setObjectionWorkingDaysAfterConclusion(Integer value) {
        this.objectionWorkingDaysAfterConclusion = value;
    }

    public Integer getReassessmentWorkingDays() {
        return reassessmentWorkingDays;
    }

    public void setReassessmentWorkingDays(Integer value) {
        this.reassessmentWorkingDays = value;
    }

    public BigDecimal getReassessmentFeeHome() {
        return reassessmentFeeHome;
    }

    public void setReassessmentFeeHome(BigDecimal value) {
        this.reassessmentFeeHome = value;
    }

    public BigDecimal getReassessmentFeeInstitution() {
        return reassessmentFeeInstitution;
    }

    public void setReassessmentFeeInstitution(BigDecimal value) {
        this.reassessmentFeeInstitution = value;
    }

    public Integer getClaimWindowFromDay() {
        return claimWindowFromDay;
    }

    public void setClaimWindowFromDay(Integer value) {
        this.claimWindowFromDay = value;
    }

    public Integer getClaimWindowToDay() {
        return claimWindowToDay;
    }

    public void setClaimWindowToDay(Integer value) {
        this.claimWindowToDay = value;
    }

    public Integer getPayoutDeadlineWorkingDays() {
        return payoutDeadlineWorkingDays;
    }

    public void setPayoutDeadlineWorkingDays(Integer value) {
        this.payoutDeadlineWorkingDays = value;
    }

    public BigDecimal getQualityDepositRate() {
        return qualityDepositRate;
    }

    public void setQualityDepositRate(BigDecimal value) {
        this.qualityDepositRate = value;
    }

    public Integer getHomeVisitMinimumMinutes() {
        return homeVisitMinimumMinutes;
    }

    public void setHomeVisitMinimumMinutes(Integer value) {
        this.homeVisitMinimumMinutes = value;
    }

    public Integer getMaxVisitsPerWorkerPerDay() {
        return maxVisitsPerWorkerPerDay;
    }

    public void setMaxVisitsPerWorkerPerDay(Integer value) {
        this.maxVisitsPerWorkerPerDay = value;
    }

    public Integer getEvaluationPassMark() {
        return evaluationPassMark;
    }

    public void setEvaluationPassMark(Integer value) {
        this.evaluationPassMark = value;
    }

    public Integer getCorrectionWorkingDays() {
        return correctionWorkingDays;
    }

    public void setCorrectionWorkingDays(Integer value) {
        this.correctionWorkingDays = value;
    }

    public Integer getNoticeWorkingDays() {
        return noticeWorkingDays;
    }

    public void setNoticeWorkingDays(Integer value) {
        this.noticeWorkingDays = value;
    }

    public Integer getAgreementValidityYears() {
        return agreementValidityYears;
    }

    public void setAgreementValidityYears(Integer value) {
        this.agreementValidityYears = value;
    }

    public Integer getRenewalLeadDays() {
        return renewalLeadDays;
    }

    public void setRenewalLeadDays(Integer value) {
        this.renewalLeadDays = value;
    }
}
