package org.ltcare.demo.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.GradeResult;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.ScaleItem;

/**
 * Item scores for the generated assessments, graded by the application's own calculator with the region's scale:
 * random answers of people from nearly independent to bedridden, grouped by the grade they come to, so that every
 * generated conclusion's grade is what its 17 scores give.
 */
final class GradeProfiles {

    /** One set of the 17 scores, its totals and grade, and its JSON as the assessment stores it. */
    record Profile(GradeResult result, String json) {
        int grade() {
            return result.grade().number();
        }
    }

    private static final int SAMPLES = 20_000;

    private final Map<Integer, List<Profile>> byGrade = new HashMap<>();

    GradeProfiles(AssessmentScale scale, Random random) {
        for (int i = 0; i < SAMPLES; i++) {
            // how impaired this person is: each item is answered at its best with this probability
            double ability = random.nextDouble();
            Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
            for (ScaleItem item : scale.items()) {
                List<Integer> allowed = item.allowedScores();
                int score = random.nextDouble() < ability ? item.maxScore()
                        : allowed.get(random.nextInt(allowed.size()));
                scores.computeIfAbsent(item.dimension().key(), k -> new LinkedHashMap<>()).put(item.code(), score);
            }
            GradeResult result = GradeCalculator.compute(scale, scores);
            byGrade.computeIfAbsent(result.grade().number(), g -> new ArrayList<>())
                    .add(new Profile(result, ItemScoresJson.write(scores)));
        }
    }

    /** A profile of {@code grade}, or of the nearest grade the samples reached. */
    Profile of(int grade, Random random) {
        for (int distance = 0; distance <= 5; distance++) {
            for (int candidate : new int[] {grade - distance, grade + distance}) {
                List<Profile> found = byGrade.get(candidate);
                if (found != null && !found.isEmpty()) {
                    return found.get(random.nextInt(found.size()));
                }
            }
        }
        throw new IllegalStateException("the scale gave no grade at all");
    }
}
