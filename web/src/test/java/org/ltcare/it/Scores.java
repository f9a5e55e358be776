package org.ltcare.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** Item scores of the national scale for tests, by the grade the reference rule set gives them. */
public final class Scores {

    private Scores() {
    }

    /** ADL 20 (severe), cognition and perception intact: grade 3 (重度失能Ⅰ级). */
    public static Map<String, Map<String, Integer>> grade3() {
        return scores(new int[] {5, 0, 0, 5, 5, 0, 0, 5, 0, 0}, 4, 4);
    }

    /** Everything at its best: ADL 100, cognition and perception intact: grade 0 (能力完好). */
    public static Map<String, Map<String, Integer>> grade0() {
        return scores(new int[] {10, 10, 5, 10, 10, 10, 15, 15, 10, 5}, 4, 4);
    }

    /** Everything 0: ADL, cognition and perception severe: grade 5. */
    public static Map<String, Map<String, Integer>> grade5() {
        return scores(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 0);
    }

    private static Map<String, Map<String, Integer>> scores(int[] adl, int cognition, int perception) {
        String[] adlItems = {"eating", "dressing", "hygiene", "bowel", "bladder", "toilet", "walking", "transfer",
            "stairs", "bathing"};
        Map<String, Integer> adlScores = new LinkedHashMap<>();
        for (int i = 0; i < adlItems.length; i++) {
            adlScores.put(adlItems[i], adl[i]);
        }
        Map<String, Integer> cognitionScores = new LinkedHashMap<>();
        for (String item : new String[] {"time", "person", "place", "memory"}) {
            cognitionScores.put(item, cognition);
        }
        Map<String, Integer> perceptionScores = new LinkedHashMap<>();
        for (String item : new String[] {"vision", "hearing", "communication"}) {
            perceptionScores.put(item, perception);
        }
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        scores.put("adl", adlScores);
        scores.put("cognition", cognitionScores);
        scores.put("perception", perceptionScores);
        return scores;
    }
}
