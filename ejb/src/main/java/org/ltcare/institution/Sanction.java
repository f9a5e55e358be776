package org.ltcare.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/** A sanction on an institution (处理措施): in force from its first day until its end, or until lifted. */
@Entity
@Table(name = "institution_sanction")
public class Sanction extends Versioned implements Auditable {

    public enum Status { ACTIVE, LIFTED }

    /** What the check after a rectification deadline found. */
    public enum FollowUp { RECTIFIED, NOT_RECTIFIED }

    @AuditedField
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private SanctionKind kind;

    @AuditedField
    private String reason;

    @AuditedField
    private String documentNumber;

    @AuditedField
    private LocalDate effectiveFrom;

    @AuditedField
    private LocalDate effectiveUntil;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Status status;

    @Embedded
    private Stamp issued;

    @Embedded
    private Stamp lifted;

    @AuditedField
    private String liftReason;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_outcome")
    @AuditedField
    private FollowUp followUp;

    @AuditedField
    private String followUpNote;

    @Embedded
    private Stamp followedUp;

    protected Sanction() {
    }

    Sanction(long institutionId, SanctionForm checked, String issuedBy, Instant issuedAt) {
        this.institutionId = institutionId;
        this.kind = checked.kind();
        this.reason = checked.reason();
        this.documentNumber = checked.documentNumber();
        this.effectiveFrom = checked.effectiveFrom();
        this.effectiveUntil = checked.effectiveUntil();
        this.issued = Stamp.of(issuedBy, issuedAt);
        this.status = Status.ACTIVE;
    }

    public boolean isInForceOn(LocalDate day) {
        return status == Status.ACTIVE && !day.isBefore(effectiveFrom)
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    void followedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void checked(FollowUp outcome, String note, String by, Instant at) {
        if (kind != SanctionKind.RECTIFICATION || followUp != null) {
            throw new BusinessException("sanction.followUp.notDue");
        }
        this.followUp = outcome;
        this.followUpNote = note;
        this.followedUp = Stamp.of(by, at);
    }

    void lift(String by, Instant at, String why) {
        if (status == Status.LIFTED) {
            throw new BusinessException("sanction.alreadyLifted");
        }
        if (kind == SanctionKind.TERMINATION) {
            throw new BusinessException("sanction.terminationFinal");
        }
        this.status = Status.LIFTED;
        this.lifted = Stamp.of(by, at);
        this.liftReason = why;
    }

    @Override
    public String auditType() {
        return "Sanction";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public Stamp getFollowedUp() {
        return followedUp;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public Status getStatus() {
        return status;
    }

    public Stamp getIssued() {
        return issued;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
