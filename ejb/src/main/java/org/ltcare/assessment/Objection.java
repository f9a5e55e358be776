package org.ltcare.assessment;

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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * 异议: lodged by real name during the public notice (by anyone) or after the conclusion (by the applicant's
 * side, within the rule set's window). Decided once: an accepted objection leads to a re-assessment.
 */
@Entity
@Table(name = "objection")
public class Objection implements Auditable {

    public enum Status { LODGED, ACCEPTED, REJECTED }

    public enum Source { PUBLIC, APPLICANT }

    public static final int NAME_MAX = 50;
    public static final int CONTACT_MAX = 50;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "notice_id")
    private Long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(name = "objector_name", nullable = false, length = 50)
    private String objectorName;

    @Column(nullable = false, length = 50)
    private String contact;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "lodged_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "lodged_at"))
    private Stamp lodged;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "decided_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Stamp decided;

    @Column(name = "decision_reason", length = 500)
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", applicationId);
        state.put("source", source.name());
        state.put("objectorName", objectorName);
        state.put("contact", contact);
        state.put("reason", reason);
        state.put("status", status.name());
        state.put("decidedBy", Stamp.byOf(decided));
        state.put("decisionReason", decisionReason);
        return state;
    }

    public Long getId() {
        return id;
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
