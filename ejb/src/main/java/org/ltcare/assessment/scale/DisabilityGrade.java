package org.ltcare.assessment.scale;

import java.util.Arrays;
import org.ltcare.policy.rules.GradeMatrix;

/** 失能等级 of the national standard, 0 to 5; {@link #number()} is the number the rule set and the API use. */
public enum DisabilityGrade {
    BASICALLY_NORMAL(0),
    MILD(1),
    MODERATE(2),
    SEVERE_I(3),
    SEVERE_II(4),
    SEVERE_III(5);

    private final int number;

    DisabilityGrade(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static boolean isGrade(int number) {
        return number >= GradeMatrix.LOWEST_GRADE && number <= GradeMatrix.HIGHEST_GRADE;
    }

    /** @throws IllegalArgumentException for a number outside 0–5 */
    public static DisabilityGrade of(int number) {
        return Arrays.stream(values()).filter(g -> g.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no disability grade " + number));
    }
}
