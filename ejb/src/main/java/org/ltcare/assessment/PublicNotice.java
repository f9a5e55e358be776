package org.ltcare.assessment;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.DeadlineJson;
import org.ltcare.shared.model.Identified;

/**
 * 公示 of an approved first assessment: open from {@code startsOn} through {@code endsOn} (the rule set's number
 * of working days, counted as {@code endsBasis} says), then closed by the process's timer. Anyone may object while
 * it is open.
 */
@Entity
@Table(name = "public_notice")
public class PublicNotice extends Identified implements Auditable {

    public enum Status { OPEN, CLOSED }

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    @AuditedField
    private AssessmentApplication application;

    @AuditedField
    private long assessmentId;

    private String areaName;

    @AuditedField
    private int grade;

    @AuditedField
    private LocalDate startsOn;

    @AuditedField
    private LocalDate endsOn;

    @Convert(converter = DeadlineJson.class)
    private DeadlineExplanation endsBasis;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Status status;

    private Instant closedAt;

    protected PublicNotice() {
    }

    /** Open from the day the period is counted from through its last working day. */
    PublicNotice(Assessment assessment, String areaName, DeadlineExplanation period) {
        LocalDate startsOn = period.from();
        LocalDate endsOn = period.due();
        this.application = assessment.getApplication();
        this.assessmentId = Objects.requireNonNull(assessment.getId(), "assessment id");
        this.grade = Objects.requireNonNull(assessment.getGrade(), "an ungraded assessment is not noticed");
        this.areaName = Objects.requireNonNull(areaName, "areaName");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a notice ends on or after its start: " + startsOn + " " + endsOn);
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.endsBasis = period;
        this.status = Status.OPEN;
    }

    /** Open for objections on that day: not yet closed, and the day within the notice period. */
    public boolean acceptsObjectionsOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    void close(Instant at) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("notice " + getId() + " is closed already");
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    @Override
    public String auditType() {
        return "PublicNotice";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public AssessmentApplication getApplication() {
        return application;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public String getAreaName() {
        return areaName;
    }

    public int getGrade() {
        return grade;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** How the last day was counted; null for a notice opened before it was kept. */
    public DeadlineExplanation getEndsBasis() {
        return endsBasis;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
