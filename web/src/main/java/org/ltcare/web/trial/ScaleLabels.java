package org.ltcare.web.trial;

import org.ltcare.assessment.scale.DisabilityGrade;
import org.ltcare.assessment.scale.GradeExplanation;
import org.ltcare.policy.rules.ScaleItem;

/**
 * Names of the scale's parts on the trial pages. Dimensions, levels and grades are fixed by the national
 * standard and named as every enum value is ({@link TrialTexts#label}). Items are rule-set data: their Chinese name
 * comes from the rule set, and other languages translate it in the bundle where they can (a region may add an item
 * the bundle lacks).
 */
public final class ScaleLabels {

    private ScaleLabels() {
    }

    public static String item(TrialTexts texts, ScaleItem item) {
        return GradeExplanation.itemName(texts.locale(), item.code(), item.nameZh());
    }

    /** The score, with the wording of the national standard where the bundle has it ("trial.item.eating.10"). */
    public static NumberOption option(TrialTexts texts, ScaleItem item, int score) {
        String label = texts.find("trial.item." + item.code() + "." + score)
                .map(wording -> texts.format("trial.option", score, wording))
                .orElseGet(() -> texts.format("trial.option.scoreOnly", score));
        return new NumberOption(score, label);
    }

    /** "5 级 · 重度失能Ⅲ级". */
    public static String grade(TrialTexts texts, DisabilityGrade grade) {
        return texts.format("trial.grade.value", String.valueOf(grade.number()), texts.label(grade));
    }
}
