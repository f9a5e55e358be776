package org.ltcare.assessment.scale;

import java.util.Arrays;
import org.ltcare.policy.rules.GradeMatrix;

/** 失能等级 of the national standard, 0 to 5; {@link #number()} is the number the rule set and the API use. */
public enum DisabilityGrade {
    BASICALLY_NORMAL(0, "基本正常"),
    MILD(1, "轻度失能"),
    MODERATE(2, "中度失能"),
    SEVERE_I(3, "重度失能Ⅰ级"),
    SEVERE_II(4, "重度失能Ⅱ级"),
    SEVERE_III(5, "重度失能Ⅲ级");

    private final int number;
    private final String nameZh;

    DisabilityGrade(int number, String nameZh) {
        this.number = number;
        this.nameZh = nameZh;
    }

    public int number() {
        return number;
    }

    public String nameZh() {
        return nameZh;
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
