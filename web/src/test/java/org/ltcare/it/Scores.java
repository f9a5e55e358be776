package org.ltcare.it;

import java.util.Map;
import org.ltcare.demo.DemoScores;

/** Item scores of the national scale for tests, by the grade the reference rule set gives them. */
public final class Scores {

    private Scores() {
    }

    /** ADL 20 (severe), cognition and perception intact: grade 3 (重度失能Ⅰ级). */
    public static Map<String, Map<String, Integer>> grade3() {
        return DemoScores.grade3();
    }

    /** Everything at its best: ADL 100, cognition and perception intact: grade 0 (能力完好). */
    public static Map<String, Map<String, Integer>> grade0() {
        return DemoScores.scores(new int[] {10, 10, 5, 10, 10, 10, 15, 15, 10, 5}, new int[] {4, 4, 4, 4},
                new int[] {4, 4, 4});
    }

    /** Everything 0: ADL, cognition and perception severe: grade 5. */
    public static Map<String, Map<String, Integer>> grade5() {
        return DemoScores.grade5();
    }
}
