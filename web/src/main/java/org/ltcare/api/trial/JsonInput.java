package org.ltcare.api.trial;

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
import org.ltcare.shared.Jsons;

/**
 * Reads a JSON request body field by field, collecting a field error for every value of the wrong type or
 * form instead of failing on the first, so that a client learns of every bad field at once.
 */
final class JsonInput {

    /** Digits an amount may have before and after the point: 10^12 yuan is beyond any fund. */
    private static final int MAX_AMOUNT_DIGITS = 12;
    private static final int MAX_AMOUNT_TEXT = 40;
    /** How much of a bad value an error message repeats. */
    private static final int SHOWN = 40;

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
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
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
        error(field, "trial.notInteger", shown(value));
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
        BigDecimal amount = null;
        try {
            if (value instanceof JsonString text && text.getString().length() <= MAX_AMOUNT_TEXT) {
                amount = new BigDecimal(text.getString().trim());
            } else if (value instanceof JsonNumber number) {
                amount = number.bigDecimalValue();
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        // An amount of the fund is yuan with at most a few decimals: "1E+9999" is a number, but not an amount.
        if (amount == null || amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS
                || amount.scale() > MAX_AMOUNT_DIGITS) {
            error(field, "trial.notAmount", shown(value));
            return null;
        }
        return amount;
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
            error(field, "trial.notMonth", shown(text));
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
                error(name, "trial.notDate", shown(element));
            }
        }
        return dates;
    }

    /** A bad value as an error message repeats it: cut, so that a huge value does not make a huge answer. */
    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private LocalDate dateOf(String text, String field) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(field, "trial.notDate", shown(text));
            return null;
        }
    }
}
