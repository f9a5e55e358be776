package org.ltcare.assessment.scale;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.Jsons;

/**
 * The stored form of an assessment's item scores: {"adl":{"eating":10,…},"cognition":{…},"perception":{…}}, the
 * same shape the trial API takes. Keys keep their order, so a stored snapshot reads like the form.
 */
public final class ItemScoresJson {

    private ItemScoresJson() {
    }

    public static String write(Map<String, Map<String, Integer>> scores) {
        JsonObjectBuilder root = Jsons.createObjectBuilder();
        scores.forEach((dimension, items) -> {
            JsonObjectBuilder itemsBuilder = Jsons.createObjectBuilder();
            items.forEach((code, score) -> {
                if (score != null) {
                    itemsBuilder.add(code, score);
                }
            });
            root.add(dimension, itemsBuilder);
        });
        return root.build().toString();
    }

    /** An empty map for null or blank text (an assessment not yet scored). */
    public static Map<String, Map<String, Integer>> read(String json) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return scores;
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            root.forEach((dimension, items) -> {
                Map<String, Integer> itemScores = new LinkedHashMap<>();
                if (items.getValueType() == JsonValue.ValueType.OBJECT) {
                    items.asJsonObject().forEach((code, score) ->
                            itemScores.put(code, ((jakarta.json.JsonNumber) score).intValue()));
                }
                scores.put(dimension, itemScores);
            });
        }
        return scores;
    }
}
