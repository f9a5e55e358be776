package org.ltcare.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Item scores of the national scale that the reference rule set grades 3, 4 and 5 (for demo assessments). */
public final class DemoScores {

    private static final String[] ADL = {"eating", "dressing", "hygiene", "bowel", "bladder", "toilet", "walking",
        "transfer", "stairs", "bathing"};
    private static final String[] COGNITION = {"time", "person", "place", "memory"};
    private static final String[] PERCEPTION = {"vision", "hearing", "communication"};

    private DemoScores() {
    }

    /** ADL 20 (severe), cognition and perception intact: grade 3 (重度失能Ⅰ级). */
    public static Map<String, Map<String, Integer>> grade3() {
        return scores(new int[] {5, 0, 0, 5, 5, 0, 0, 5, 0, 0}, new int[] {4, 4, 4, 4}, new int[] {4, 4, 4});
    }

    /** ADL 10 (severe), cognition 2 (moderate), perception intact: grade 4 (重度失能Ⅱ级). */
    public static Map<String, Map<String, Integer>> grade4() {
        return scores(new int[] {5, 0, 0, 5, 0, 0, 0, 0, 0, 0}, new int[] {1, 1, 0, 0}, new int[] {4, 4, 4});
    }

    /** Everything 0: ADL, cognition and perception severe: grade 5 (重度失能Ⅲ级). */
    public static Map<String, Map<String, Integer>> grade5() {
        return scores(new int[10], new int[4], new int[3]);
    }

    /** Scores by item, in the scale's item order of each dimension. */
    public static Map<String, Map<String, Integer>> scores(int[] adl, int[] cognition, int[] perception) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        scores.put("adl", items(ADL, adl));
        scores.put("cognition", items(COGNITION, cognition));
        scores.put("perception", items(PERCEPTION, perception));
        return scores;
    }

    private static Map<String, Integer> items(String[] names, int[] values) {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            items.put(names[i], values[i]);
        }
        return items;
    }
}
