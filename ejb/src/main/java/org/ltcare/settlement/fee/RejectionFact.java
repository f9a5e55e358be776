package org.ltcare.settlement.fee;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.ltcare.shared.i18n.Explanations;

/**
 * The record behind a rejected day, as the claim generator found it when it decided the day's reason: its kind,
 * its id (for {@link FactKind#MONTHLY_CAP} the cap in days) and the dates it states — a stay's admission and
 * discharge, an enrolment's start and end, a conclusion's date, a death's date. A stored line keeps it, so that an
 * institution can look the record up instead of disputing the day.
 *
 * @param reference the record's id, or the cap; null where there is no record (no agreement, a death)
 * @param from the first date the record states, or null
 * @param to the last date it states; null while open (in hospital, still enrolled)
 */
public record RejectionFact(FactKind kind, Long reference, LocalDate from, LocalDate to) implements Serializable {

    public RejectionFact {
        Objects.requireNonNull(kind, "kind");
    }

    public static RejectionFact of(FactKind kind, Long reference) {
        return new RejectionFact(kind, reference, null, null);
    }

    /** The record in a reviewer's words: "住院记录 #12：2026-03-05 入院，2026-03-14 出院". */
    public String describe(Locale locale) {
        String key = "fact." + kind.name() + (to == null && kind.hasEnd() ? ".open" : "");
        return Explanations.format(locale, key, reference == null ? "" : reference.toString(), text(from), text(to));
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
