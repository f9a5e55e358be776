package org.ltcare.settlement.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;

/** A rule's finding on a claim: whom and which day it concerns (if one) and its evidence (message arguments). */
public record Finding(AuditRule rule, Long insuredId, LocalDate day, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /**
     * A day code's finding: the days ("5、10、11") and, when the line kept one, the record behind them as four more
     * arguments (kind, reference, from, to; empty for none) that {@link #factOf} reads back.
     */
    static Finding ofDays(AuditRule rule, long insuredId, String days, Optional<RejectionFact> fact) {
        List<String> evidence = new ArrayList<>(List.of(days));
        fact.ifPresent(f -> evidence.addAll(List.of(f.kind().name(), text(f.reference()), text(f.from()),
                text(f.to()))));
        return new Finding(rule, insuredId, null, evidence);
    }

    static Optional<RejectionFact> factOf(List<String> evidence) {
        if (evidence.size() != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RejectionFact(FactKind.valueOf(evidence.get(1)),
                    evidence.get(2).isEmpty() ? null : Long.valueOf(evidence.get(2)), date(evidence.get(3)),
                    date(evidence.get(4))));
        } catch (IllegalArgumentException | java.time.DateTimeException notAFact) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
