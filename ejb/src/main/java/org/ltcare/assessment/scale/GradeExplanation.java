package org.ltcare.assessment.scale;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;

/**
 * How a grade came to be (rules.md §1): each dimension's item scores and total, the band the total fell in and
 * its level, the worse of the cognition and perception levels, and the matrix cell that gives the grade.
 * {@link GradeCalculator} builds it while it grades, and takes the result from it.
 */
public record GradeExplanation(List<DimensionScore> dimensions, GradeResult result) implements Serializable {

    /** One item's score, named as the scale names it. */
    public record ItemScore(String code, String nameZh, int score) implements Serializable {
    }

    /** A dimension's items, their total, the band {@code bandMin}–{@code bandMax} that holds it, and its level. */
    public record DimensionScore(Dimension dimension, List<ItemScore> items, int total, int bandMin, int bandMax,
            ImpairmentLevel level) implements Serializable {

        public DimensionScore {
            items = List.copyOf(items);
        }

        /** "45–60", or "16" for a band of one score. */
        public String band() {
            return bandMin == bandMax ? Integer.toString(bandMin) : bandMin + "–" + bandMax;
        }
    }

    public GradeExplanation {
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(result, "result");
    }

    /** The explanation in sentences of {@code locale}: scale version, each dimension, CP, matrix cell. */
    public List<String> steps(Locale locale, String ruleSetCode) {
        List<String> steps = new ArrayList<>();
        steps.add(Explanations.format(locale, "grade.ruleSet", ruleSetCode));
        for (DimensionScore d : dimensions) {
            String sum = d.items().stream().map(item -> name(locale, item) + " " + item.score())
                    .collect(Collectors.joining(" + "));
            steps.add(Explanations.format(locale, "grade.dimension", EnumLabels.of(d.dimension(), locale), sum,
                    Integer.toString(d.total()), d.band(), EnumLabels.of(d.level(), locale)));
        }
        steps.addAll(basis(locale));
        return steps;
    }

    /** {@link #basis} in one line, for a printed document: CP, then the matrix cell. */
    public String briefBasis(Locale locale) {
        return Explanations.format(locale, "grade.basis.brief", EnumLabels.of(result.cognitionPerception(), locale),
                EnumLabels.of(result.adl(), locale), Integer.toString(result.grade().number()));
    }

    /** How the levels gave the grade: the worse of cognition and perception, then the matrix cell. */
    public List<String> basis(Locale locale) {
        return List.of(
                Explanations.format(locale, "grade.cp", EnumLabels.of(result.cognition(), locale),
                        EnumLabels.of(result.perception(), locale),
                        EnumLabels.of(result.cognitionPerception(), locale)),
                Explanations.format(locale, "grade.matrix", EnumLabels.of(result.adl(), locale),
                        EnumLabels.of(result.cognitionPerception(), locale), Integer.toString(result.grade().number()),
                        EnumLabels.of(result.grade(), locale)));
    }

    private static String name(Locale locale, ItemScore item) {
        return itemName(locale, item.code(), item.nameZh());
    }

    /**
     * An item's name in {@code locale}: in Chinese the rule set's (a city may rename an item), in other languages
     * the bundle's translation of a standard item ({@code item.eating}); a city's own item keeps the rule set's name.
     */
    public static String itemName(Locale locale, String code, String nameZh) {
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return nameZh;
        }
        return Explanations.find(locale, "item." + code).orElse(nameZh);
    }
}
