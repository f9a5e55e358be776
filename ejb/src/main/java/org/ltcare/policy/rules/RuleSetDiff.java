package org.ltcare.policy.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ltcare.shared.Jsons;

/**
 * The differences between two versions' content, value by value, for the side-by-side comparison. Both are
 * flattened from their stored JSON into paths such as "scale.bands.adl.MILD.min" or "care.tariffs[3].fundRatio";
 * a list of scalars (allowed scores, entitled grades) counts as one value.
 */
public final class RuleSetDiff {

    /** One path whose values differ; a side without the path has null. */
    public record Difference(String path, String left, String right) {
    }

    private RuleSetDiff() {
    }

    public static List<Difference> between(RuleSetContent left, RuleSetContent right) {
        Map<String, String> a = flatten(RuleSetJson.write(left));
        Map<String, String> b = flatten(RuleSetJson.write(right));
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                differences.add(new Difference(path, a.get(path), b.get(path)));
            }
        }
        return differences;
    }

    static Map<String, String> flatten(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            Map<String, String> values = new LinkedHashMap<>();
            JsonObject root = reader.readObject();
            root.forEach((key, value) -> {
                if (!key.equals("formatVersion")) {
                    flatten(key, value, values);
                }
            });
            return values;
        }
    }

    private static void flatten(String path, JsonValue value, Map<String, String> values) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, child) -> flatten(path + "." + key, child, values));
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.stream().allMatch(RuleSetDiff::isScalar)) {
                    values.put(path, array.stream().map(RuleSetDiff::text).toList().toString());
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        flatten(path + "[" + i + "]", array.get(i), values);
                    }
                }
            }
            default -> values.put(path, text(value));
        }
    }

    private static boolean isScalar(JsonValue value) {
        return value.getValueType() != JsonValue.ValueType.OBJECT && value.getValueType() != JsonValue.ValueType.ARRAY;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
