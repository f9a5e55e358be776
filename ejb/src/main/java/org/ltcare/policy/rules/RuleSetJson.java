package org.ltcare.policy.rules;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.ltcare.shared.Jsons;

/**
 * The stored form of rule-set content: JSON (Jakarta JSON Processing, no binding), keys in a fixed order,
 * money and ratios as strings ("60.00", "0.75") so that no client reads them as floating point.
 * {@code formatVersion} lets a later layout read documents stored today.
 */
public final class RuleSetJson {

    public static final int FORMAT_VERSION = 1;

    private RuleSetJson() {
    }

    public static String write(RuleSetContent content) {
        return RuleSetJsonWriter.write(content);
    }

    /** @throws RuleSetFormatException if the text is not a rule-set document; bad numbers are read, not refused */
    public static RuleSetContent read(String json) {
        if (json == null) {
            throw new RuleSetFormatException("", "no document");
        }
        JsonObject root;
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleSetFormatException("not a JSON object: " + e.getMessage(), e);
        }
        return RuleSetJsonReader.read(root);
    }
}
