package org.ltcare.assessment;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/**
 * 异议: lodged by real name during the public notice (by anyone) or after the conclusion (by the applicant's
 * side, within the rule set's window). Decided once: an accepted objection leads to a re-assessment.
 */
@Entity
@Table(name = "objection")
public class Objection extends Identified implements Auditable {

    public enum Status { LODGED, ACCEPTED, REJECTED }

    public enum Source { PUBLIC, APPLICANT }

    public static final int NAME_MAX = 50;
    public static final int CONTACT_MAX = 50;
    public static final int REASON_MAX = 1000;

    @AuditedField
    private long applicationId;

    private Long noticeId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Source source;

    @AuditedField
    private String objectorName;

    @AuditedField
    private String contact;

    @AuditedField
    private String reason;

    @Embedded
    private Stamp lodged;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Status status;

    @Embedded
    @AuditedField
    private Stamp decided;

    @AuditedField
    private String decisionReason;

    protected Objection() {
    }

    Objection(long applicationId, Long noticeId, Source source, ObjectionForm form, String lodgedBy, Instant at) {
        this.applicationId = applicationId;
        this.noticeId = noticeId;
        this.source = Objects.requireNonNull(source, "source");
        this.objectorName = form.name();
        this.contact = form.contact();
        this.reason = form.reason();
        this.lodged = Stamp.of(lodgedBy, at);
        this.status = Status.LODGED;
    }

    void decide(boolean accepted, String by, Instant at, String reason) {
        if (status != Status.LODGED) {
            throw new BusinessException("objection.alreadyDecided");
        }
        this.status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.decided = Stamp.of(by, at);
        this.decisionReason = reason;
    }

    @Override
    public String auditType() {
        return "Objection";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Source getSource() {
        return source;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public String getContact() {
        return contact;
    }

    public String getReason() {
        return reason;
    }

    public Stamp getLodged() {
        return lodged;
    }

    public Status getStatus() {
        return status;
    }

    public Stamp getDecided() {
        return decided;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
