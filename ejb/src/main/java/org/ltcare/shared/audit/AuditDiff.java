package org.ltcare.shared.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ltcare.shared.Jsons;
import org.ltcare.shared.crypto.SensitiveText;

/** An entry's before and after states side by side, field by field, the changed ones marked. */
public final class AuditDiff {

    /** An 18-character ID number anywhere in a value (for readers who may not see them in full). */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[\\dXx])(?![0-9A-Za-z])");

    /** One field: its value before and after (null: absent or null), and whether the change touched it. */
    public record Field(String name, String before, String after, boolean changed) implements Serializable {
    }

    private AuditDiff() {
    }

    /** Every field of either state, by name; ID numbers masked unless {@code fullIdNumbers}. */
    public static List<Field> of(String beforeJson, String afterJson, boolean fullIdNumbers) {
        TreeMap<String, String> before = read(beforeJson);
        TreeMap<String, String> after = read(afterJson);
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            boolean changed = beforeJson != null && !Objects.equals(old, now);
            fields.add(new Field(name, shown(old, fullIdNumbers), shown(now, fullIdNumbers), changed));
        }
        return fields;
    }

    /** A value as a reader of the trail may see it. */
    public static String shown(String value, boolean fullIdNumbers) {
        String opened = SensitiveText.open(value);
        if (opened == null || fullIdNumbers) {
            return opened;
        }
        return ID_NUMBER.matcher(opened).replaceAll("$1**********$2");
    }

    private static TreeMap<String, String> read(String json) {
        TreeMap<String, String> values = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> values.put(key, text(value)));
        }
        return values;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }
}
