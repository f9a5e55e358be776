package org.ltcare.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.ltcare.shared.time.ClockProducer;

/**
 * Dates and times on screens, in China Standard Time: #{formats.dateTime(x)}, #{formats.date(x)}; money as
 * #{formats.money(x)}.
 */
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

    /**
     * An amount of money as people read it on screens, in either language: "¥12,019.50" — yuan, thousands
     * separated, two decimals (amounts are kept to the fen; a longer one is rounded half up for display only).
     */
    public String money(BigDecimal amount) {
        return amount == null ? "" : yuan(amount);
    }

    public static String yuan(BigDecimal amount) {
        // written by hand: a DecimalFormat per call (it is not thread-safe) parsed its pattern for every amount of
        // every row — a visible share of 结算申请's rendering (issue 23)
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = fen.abs().toPlainString();
        int units = digits.length() - 3;
        StringBuilder text = new StringBuilder(digits.length() + units / 3 + 2);
        if (fen.signum() < 0) {
            text.append('-');
        }
        text.append('¥');
        for (int i = 0; i < units; i++) {
            if (i > 0 && (units - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, units, digits.length()).toString();
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
