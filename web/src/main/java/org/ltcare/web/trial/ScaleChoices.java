package org.ltcare.web.trial;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ScaleItem;

/**
 * The scale as choices on a page, shared by the trial page and the assessment form: one panel per dimension,
 * one radio group per item with each allowed score and its wording, and the chosen scores back as the map the
 * calculator and the services take.
 */
public final class ScaleChoices {

    private ScaleChoices() {
    }

    public static List<DimensionPanel> panels(AssessmentScale scale, TrialTexts texts) {
        return Arrays.stream(Dimension.values()).map(d -> panelOf(scale, d, texts)).toList();
    }

    private static DimensionPanel panelOf(AssessmentScale scale, Dimension dimension, TrialTexts texts) {
        List<ItemChoice> items = scale.itemsOf(dimension).stream().map(item -> choiceOf(item, texts)).toList();
        return new DimensionPanel(dimension.key(), texts.label(dimension),
                texts.format("trial.dimension.hint", String.valueOf(scale.maxScore(dimension))), items);
    }

    private static ItemChoice choiceOf(ScaleItem item, TrialTexts texts) {
        List<NumberOption> options = item.allowedScores().stream()
                .map(score -> ScaleLabels.option(texts, item, score)).toList();
        return new ItemChoice(item.dimension().key(), item.code(), ScaleLabels.item(texts, item), options);
    }

    /** By dimension key, then item code; unchosen items go in as null, which the calculator names as missing. */
    public static Map<String, Map<String, Integer>> scores(List<DimensionPanel> panels) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (DimensionPanel panel : panels) {
            Map<String, Integer> itemScores = new LinkedHashMap<>();
            panel.items().forEach(item -> itemScores.put(item.getCode(), item.getScore()));
            scores.put(panel.key(), itemScores);
        }
        return scores;
    }

    /** Only the chosen scores: what a draft holds. */
    public static Map<String, Map<String, Integer>> chosen(List<DimensionPanel> panels) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (DimensionPanel panel : panels) {
            Map<String, Integer> itemScores = new LinkedHashMap<>();
            panel.items().stream().filter(item -> item.getScore() != null)
                    .forEach(item -> itemScores.put(item.getCode(), item.getScore()));
            scores.put(panel.key(), itemScores);
        }
        return scores;
    }

    /** Puts stored scores back on the choices. */
    public static void choose(List<DimensionPanel> panels, Map<String, Map<String, Integer>> scores) {
        for (DimensionPanel panel : panels) {
            Map<String, Integer> itemScores = scores.getOrDefault(panel.key(), Map.of());
            panel.items().forEach(item -> item.setScore(itemScores.get(item.getCode())));
        }
    }

    /** The label a field's message starts with: the item's or the dimension's name. */
    public static Optional<String> labelOf(List<DimensionPanel> panels, String field) {
        return panels.stream().flatMap(panel -> panel.items().stream())
                .filter(item -> item.getField().equals(field)).map(ItemChoice::getName).findFirst()
                .or(() -> panels.stream().filter(p -> p.key().equals(field)).map(DimensionPanel::title).findFirst());
    }
}
