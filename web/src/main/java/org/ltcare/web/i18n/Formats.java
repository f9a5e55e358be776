package org.ltcare.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.ltcare.shared.time.ClockProducer;

/** Dates and times on screens, in China Standard Time: #{formats.dateTime(x)}, #{formats.date(x)}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockProducer.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ClockProducer.ZONE);

    public String dateTime(Object value) {
        if (value instanceof java.time.LocalDateTime local) {
            // Local times (a visit's check-in) are already the bureau's zone.
            return DATE_TIME.format(local);
        }
        Instant instant = toInstant(value);
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Object value) {
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        Instant instant = toInstant(value);
        return instant == null ? "" : DATE.format(instant);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return null;
    }
}
