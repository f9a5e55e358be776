package org.ltcare.institution.evaluation;

/**
 * The items of the evaluation score sheet (评分表) used for an applicant's expert or on-site evaluation and for
 * the annual evaluation (考核), with the points each can earn; together 100. rules.md §4 only fixes the 0–100
 * range: these items and weights are a reference sheet (verify against the city's evaluation rules).
 */
public enum EvaluationItem {
    FACILITIES(20),
    STAFFING(20),
    MANAGEMENT(20),
    CARE_QUALITY(25),
    INFORMATION_SYSTEMS(15);

    private final int maxPoints;

    EvaluationItem(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
