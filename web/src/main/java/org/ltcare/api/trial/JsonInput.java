package org.ltcare.api.trial;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * Reads a JSON request body field by field, collecting a field error for every value of the wrong type or
 * form instead of failing on the first, so that a client learns of every bad field at once.
 */
final class JsonInput {

    private final JsonObject body;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonInput(JsonObject body) {
        this.body = body;
    }

    /** @throws ValidationException if the text is not a JSON object */
    static JsonInput parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(List.of(new FieldError("", "trial.notJson")));
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(List.of(new FieldError("", "trial.notJson")));
            }
            return new JsonInput(value.asJsonObject());
        } catch (JsonException e) {
            throw new ValidationException(List.of(new FieldError("", "trial.notJson")));
        }
    }

    JsonObject body() {
        return body;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "[")
                || e.field().startsWith(field + "."));
    }

    boolean isAbsent(String field) {
        return !body.containsKey(field) || body.isNull(field);
    }

    String string(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonValue value = body.get(field);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        error(field, "trial.notText");
        return null;
    }

    Integer integer(JsonObject object, String key, String field) {
        if (!object.containsKey(key) || object.isNull(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // falls through to the error below
            }
        }
        error(field, "trial.notInteger", value.toString());
        return null;
    }

    Integer integer(String field) {
        return integer(body, field, field);
    }

    /** An amount given as a string ("80.00", as the contract shows) or a JSON number. */
    BigDecimal amount(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonValue value = body.get(field);
        try {
            if (value instanceof JsonString text) {
                return new BigDecimal(text.getString().trim());
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        error(field, "trial.notAmount", value.toString());
        return null;
    }

    LocalDate date(String field) {
        String text = string(field);
        return text == null ? null : dateOf(text, field);
    }

    YearMonth month(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(field, "trial.notMonth", text);
            return null;
        }
    }

    /** A list of ISO dates; null when absent. Bad entries are named by index ("inpatientDays[2]"). */
    Set<LocalDate> dates(String field) {
        if (isAbsent(field)) {
            return null;
        }
        JsonValue value = body.get(field);
        if (!(value instanceof JsonArray array)) {
            error(field, "trial.notDateList");
            return null;
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            String name = field + "[" + i + "]";
            if (element instanceof JsonString text) {
                LocalDate date = dateOf(text.getString(), name);
                if (date != null) {
                    dates.add(date);
                }
            } else {
                error(name, "trial.notDate", element.toString());
            }
        }
        return dates;
    }

    private LocalDate dateOf(String text, String field) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(field, "trial.notDate", text);
            return null;
        }
    }
}
