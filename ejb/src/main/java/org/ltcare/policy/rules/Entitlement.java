package org.ltcare.policy.rules;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may receive benefits: the disability grades the region pays for (reference 3, 4, 5; some cities add 2)
 * and the minimum age (reference 18: adults only). Grades are plain numbers 0–5 so that the policy package
 * does not depend on the assessment package; the grade names live in {@code assessment.scale.DisabilityGrade}.
 */
public record Entitlement(Set<Integer> entitledGrades, int minimumAge) {

    public Entitlement {
        entitledGrades = Collections.unmodifiableSortedSet(new TreeSet<>(
                Objects.requireNonNull(entitledGrades, "entitledGrades")));
    }

    public boolean entitles(int grade) {
        return entitledGrades.contains(grade);
    }
}
