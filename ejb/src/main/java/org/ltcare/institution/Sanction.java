package org.ltcare.institution;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** A sanction on an institution (处理措施): in force from its first day until its end, or until lifted. */
@Entity
@Table(name = "institution_sanction")
public class Sanction implements Auditable {

    public enum Status { ACTIVE, LIFTED }

    /** What the check after a rectification deadline found. */
    public enum FollowUp { RECTIFIED, NOT_RECTIFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SanctionKind kind;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "document_number", nullable = false, length = 64)
    private String documentNumber;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "issued_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "issued_at"))
    private Stamp issued;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "lifted_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "lifted_at"))
    private Stamp lifted;

    @Column(name = "lift_reason", length = 500)
    private String liftReason;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_outcome", length = 16)
    private FollowUp followUp;

    @Column(name = "follow_up_note", length = 500)
    private String followUpNote;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "followed_up_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "followed_up_at"))
    private Stamp followedUp;

    @Version
    private long version;

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("kind", kind.name());
        state.put("reason", reason);
        state.put("documentNumber", documentNumber);
        state.put("effectiveFrom", effectiveFrom.toString());
        state.put("effectiveUntil", effectiveUntil == null ? null : effectiveUntil.toString());
        state.put("status", status.name());
        state.put("liftReason", liftReason);
        state.put("followUp", followUp == null ? null : followUp.name());
        state.put("followUpNote", followUpNote);
        return state;
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

    public Long getId() {
        return id;
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
