package org.ltcare.settlement.audit;

import java.time.LocalDate;
import java.util.List;
import org.ltcare.policy.auditrule.AuditRule;

/** A rule's finding on a claim: whom and which day it concerns (if one) and its evidence (message arguments). */
public record Finding(AuditRule rule, Long insuredId, LocalDate day, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
