package org.ltcare.policy.rules;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Typed reads from a JSON object that say exactly where the document is wrong. */
final class JsonFields {

    private JsonFields() {
    }

    static String pathOf(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static JsonObject object(JsonObject parent, String key, String path) {
        return as(required(parent, key, path), JsonObject.class, pathOf(path, key), "an object");
    }

    static JsonArray array(JsonObject parent, String key, String path) {
        return as(required(parent, key, path), JsonArray.class, pathOf(path, key), "an array");
    }

    static int integer(JsonObject parent, String key, String path) {
        return integer(required(parent, key, path), pathOf(path, key));
    }

    /** Absent or null gives null. */
    static Integer optionalInteger(JsonObject parent, String key, String path) {
        JsonValue value = parent.get(key);
        return value == null || value == JsonValue.NULL ? null : integer(value, pathOf(path, key));
    }

    static String string(JsonObject parent, String key, String path) {
        return as(required(parent, key, path), JsonString.class, pathOf(path, key), "a string").getString();
    }

    /** Money and ratios are written as strings ("0.75") so that no reader turns them into binary floating point. */
    static BigDecimal decimal(JsonObject parent, String key, String path) {
        String text = string(parent, key, path);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RuleSetFormatException(pathOf(path, key), "not a decimal number: \"" + text + "\"");
        }
    }

    static <E extends Enum<E>> E enumValue(JsonObject parent, String key, String path, Class<E> type) {
        String code = string(parent, key, path);
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw new RuleSetFormatException(pathOf(path, key),
                    "unknown " + type.getSimpleName() + " \"" + code + "\"");
        }
    }

    static List<Integer> integers(JsonObject parent, String key, String path) {
        return integers(array(parent, key, path), pathOf(path, key));
    }

    static List<Integer> integers(JsonArray array, String arrayPath) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(integer(array.get(i), arrayPath + "[" + i + "]"));
        }
        return values;
    }

    static JsonObject element(JsonArray array, int index, String arrayPath) {
        return as(array.get(index), JsonObject.class, arrayPath + "[" + index + "]", "an object");
    }

    static JsonArray arrayElement(JsonArray array, int index, String arrayPath) {
        return as(array.get(index), JsonArray.class, arrayPath + "[" + index + "]", "an array");
    }

    private static int integer(JsonValue value, String path) {
        try {
            return as(value, JsonNumber.class, path, "a whole number").intValueExact();
        } catch (ArithmeticException e) {
            throw new RuleSetFormatException(path, "not a whole number: " + value);
        }
    }

    private static JsonValue required(JsonObject parent, String key, String path) {
        JsonValue value = parent.get(key);
        if (value == null || value == JsonValue.NULL) {
            throw new RuleSetFormatException(pathOf(path, key), "missing");
        }
        return value;
    }

    private static <T extends JsonValue> T as(JsonValue value, Class<T> type, String path, String expected) {
        if (!type.isInstance(value)) {
            throw new RuleSetFormatException(path, "expected " + expected + ", found " + value.getValueType());
        }
        return type.cast(value);
    }
}
