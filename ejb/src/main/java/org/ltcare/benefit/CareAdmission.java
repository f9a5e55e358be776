package org.ltcare.benefit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * A beneficiary's admission to a care type at a contracted institution (收住): requested, then admitted by the
 * institution from a day, or declined; it runs until its last day (a change, death, loss of enrolment, the
 * conclusion's expiry, a lower grade). Settlement pays the days between {@code startsOn} and {@code endsOn}.
 */
@Entity
@Table(name = "care_admission")
public class CareAdmission extends Versioned implements Auditable {

    @AuditedField
    private long insuredId;

    private long applicationId;

    private long conclusionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private CareType careType;

    @AuditedField
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private AdmissionStatus status;

    @AuditedField
    private String indications;

    private String ruleSetCode;

    @AuditedField
    private Long replacesAdmissionId;

    @Embedded
    private Stamp requested;

    @AuditedField
    private LocalDate admittedOn;

    @AuditedField
    private LocalDate startsOn;

    @AuditedField
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private EndReason endReason;

    @AuditedField
    private Integer visitsPerWeek;

    @AuditedField
    private String declineReason;

    @Embedded
    private Stamp decided;

    protected CareAdmission() {
    }

    CareAdmission(long insuredId, long applicationId, long conclusionId, CareChoice choice, String ruleSetCode,
                  Long replacesAdmissionId, String requestedBy, Instant requestedAt) {
        this.insuredId = insuredId;
        this.applicationId = applicationId;
        this.conclusionId = conclusionId;
        this.careType = choice.careType();
        this.institutionId = choice.institutionId();
        this.indications = choice.indications().isEmpty() ? null : choice.indications().stream().sorted()
                .map(Enum::name).collect(Collectors.joining(","));
        this.ruleSetCode = ruleSetCode;
        this.replacesAdmissionId = replacesAdmissionId;
        this.requested = Stamp.of(requestedBy, requestedAt);
        this.status = AdmissionStatus.REQUESTED;
    }

    void admit(LocalDate admittedOn, LocalDate startsOn, Integer visitsPerWeek, String by, Instant at) {
        requireRequested();
        this.admittedOn = admittedOn;
        this.startsOn = startsOn;
        this.visitsPerWeek = visitsPerWeek;
        this.decided = Stamp.of(by, at);
        this.status = AdmissionStatus.ADMITTED;
    }

    void decline(String reason, String by, Instant at) {
        requireRequested();
        this.declineReason = reason;
        this.decided = Stamp.of(by, at);
        this.status = AdmissionStatus.DECLINED;
    }

    void withdraw() {
        requireRequested();
        this.status = AdmissionStatus.WITHDRAWN;
    }

    /**
     * Ends the admission with {@code lastDay} as its last paid day. A last day before the first (an admission that
     * ends before it started, e.g. death before a change takes effect) leaves it with no days.
     */
    void endWith(LocalDate lastDay, EndReason reason) {
        if (status != AdmissionStatus.ADMITTED) {
            throw new IllegalStateException("admission " + getId() + " is " + status);
        }
        this.endsOn = lastDay.isBefore(startsOn) ? startsOn.minusDays(1) : lastDay;
        this.endReason = reason;
    }

    private void requireRequested() {
        if (status != AdmissionStatus.REQUESTED) {
            throw new IllegalStateException("admission " + getId() + " is " + status + ", not requested");
        }
    }

    /** Whether the person is in this admission's care on {@code day} (admitted, started, not ended). */
    public boolean coversDay(LocalDate day) {
        return status == AdmissionStatus.ADMITTED && startsOn != null && !day.isBefore(startsOn)
                && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether the admission holds a place on or after {@code day}: admitted and not ended before it. */
    public boolean holdsPlaceFrom(LocalDate day) {
        return status == AdmissionStatus.ADMITTED && (endsOn == null || !endsOn.isBefore(day));
    }

    public Set<MedicalIndication> getIndications() {
        if (indications == null) {
            return EnumSet.noneOf(MedicalIndication.class);
        }
        return Arrays.stream(indications.split(",")).map(MedicalIndication::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MedicalIndication.class)));
    }

    @Override
    public String auditType() {
        return "CareAdmission";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getInsuredId() {
        return insuredId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getConclusionId() {
        return conclusionId;
    }

    public CareType getCareType() {
        return careType;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public AdmissionStatus getStatus() {
        return status;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public Long getReplacesAdmissionId() {
        return replacesAdmissionId;
    }

    public Stamp getRequested() {
        return requested;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public Integer getVisitsPerWeek() {
        return visitsPerWeek;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Stamp getDecided() {
        return decided;
    }
}
