package org.ltcare.settlement.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.shared.model.Identified;

/**
 * A finding of a claim's automatic audit as stored: the rule, whom and which day, and the evidence as the
 * arguments of the rule's message (joined by '|'), so the screens say it in the reader's language.
 */
@Entity
@Table(name = "claim_finding")
public class ClaimFinding extends Identified {

    static final int EVIDENCE_LENGTH = 500;

    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code")
    private AuditRule rule;

    private Long insuredId;

    private LocalDate day;

    private String evidence;

    protected ClaimFinding() {
    }

    ClaimFinding(long claimId, Finding finding) {
        this.claimId = claimId;
        this.rule = finding.rule();
        this.insuredId = finding.insuredId();
        this.day = finding.day();
        String joined = String.join("|", finding.evidence());
        this.evidence = joined.length() > EVIDENCE_LENGTH ? joined.substring(0, EVIDENCE_LENGTH) : joined;
    }

    public long getClaimId() {
        return claimId;
    }

    public AuditRule getRule() {
        return rule;
    }

    public Long getInsuredId() {
        return insuredId;
    }

    public LocalDate getDay() {
        return day;
    }

    public List<String> getEvidence() {
        return evidence.isEmpty() ? List.of() : List.of(evidence.split("\\|", -1));
    }
}
