package org.ltcare.settlement.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.shared.model.Identified;

/**
 * A finding of a claim's automatic audit as stored: the rule, the rule-set version and the rule's threshold it was
 * checked with, whom and which day, and the evidence as the arguments of the rule's message (joined by '|'), so the
 * screens say it in the reader's language.
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

    private String ruleSetCode;

    private Integer threshold;

    protected ClaimFinding() {
    }

    ClaimFinding(long claimId, Finding finding, String ruleSetCode, Integer threshold) {
        this.claimId = claimId;
        this.ruleSetCode = ruleSetCode;
        this.threshold = threshold;
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

    /** The rule-set version the claim was checked under; null for findings made before it was kept. */
    public String getRuleSetCode() {
        return ruleSetCode;
    }

    /** The rule's threshold when checked (days, metres or visits by rule); null for a rule without one. */
    public Integer getThreshold() {
        return threshold;
    }

    /** The record behind a day code's days, kept after the days in the evidence ({@link Finding#ofDays}). */
    public Optional<RejectionFact> fact() {
        return rule.kind() == AuditRule.Kind.DAY_CODE ? Finding.factOf(getEvidence()) : Optional.empty();
    }
}
