package org.ltcare.care.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.ltcare.shared.ValidationException.FieldError;

/** Reading the text fields of posted records: each failure becomes a field error of the record. */
final class EntryFields {

    private EntryFields() {
    }

    static LocalDate date(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "records.date.invalid", List.of(raw)));
            return null;
        }
    }

    /** A local date-time of the bureau's zone; one with an offset is converted to it. */
    static LocalDateTime dateTime(String field, String raw, ZoneId zone, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(raw.trim()).atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException e2) {
                errors.add(new FieldError(field, "records.dateTime.invalid", List.of(raw)));
                return null;
            }
        }
    }

    static <E extends Enum<E>> E choice(String field, String raw, Class<E> type, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "records.choice.invalid", List.of(raw)));
            return null;
        }
    }

    /** SHA-256 of the record as received (its canonical text), hex. */
    static String hash(Record entry) {
        return org.ltcare.shared.Sha256.hex(entry.toString());
    }
}
