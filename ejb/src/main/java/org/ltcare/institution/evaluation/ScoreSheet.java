package org.ltcare.institution.evaluation;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.Jsons;

/** The points given per sheet item; the total is the evaluation's score (0–100). */
public record ScoreSheet(Map<EvaluationItem, Integer> points) {

    public ScoreSheet {
        points = Collections.unmodifiableMap(points.isEmpty()
                ? new EnumMap<>(EvaluationItem.class) : new EnumMap<>(points));
    }

    /** Every item given, each between 0 and its maximum; otherwise each wrong item is named. */
    public ScoreSheet check() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    /** Each missing or out-of-range item, as {@link #check} names them; empty when the sheet is complete. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        for (EvaluationItem item : EvaluationItem.values()) {
            Integer given = points.get(item);
            if (given == null) {
                errors.add(new FieldError("score." + item.name(), "evaluation.score.missing"));
            } else if (given < 0 || given > item.maxPoints()) {
                errors.add(new FieldError("score." + item.name(), "evaluation.score.outOfRange",
                        List.of(String.valueOf(given), String.valueOf(item.maxPoints()))));
            }
        }
        return errors;
    }

    public int total() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String toJson() {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        points.forEach((item, given) -> json.add(item.name(), given));
        return json.build().toString();
    }

    public static ScoreSheet fromJson(String text) {
        Map<EvaluationItem, Integer> points = new EnumMap<>(EvaluationItem.class);
        if (text != null && !text.isBlank()) {
            try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
                JsonObject object = reader.readObject();
                object.forEach((key, value) -> points.put(EvaluationItem.valueOf(key), object.getInt(key)));
            }
        }
        return new ScoreSheet(points);
    }
}
