package org.ltcare.benefit;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * A beneficiary's admission to a care type at a contracted institution (收住): requested, then admitted by the
 * institution from a day, or declined; it runs until its last day (a change, death, loss of enrolment, the
 * conclusion's expiry, a lower grade). Settlement pays the days between {@code startsOn} and {@code endsOn}.
 */
@Entity
@Table(name = "care_admission")
public class CareAdmission implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "insured_id", nullable = false)
    private long insuredId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "conclusion_id", nullable = false)
    private long conclusionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type", nullable = false, length = 16)
    private CareType careType;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdmissionStatus status;

    @Column(length = 120)
    private String indications;

    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @Column(name = "replaces_admission_id")
    private Long replacesAdmissionId;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "requested_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "requested_at"))
    private Stamp requested;

    @Column(name = "admitted_on")
    private LocalDate admittedOn;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 24)
    private EndReason endReason;

    @Column(name = "visits_per_week")
    private Integer visitsPerWeek;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "decided_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Stamp decided;

    @Version
    private long version;

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
            throw new IllegalStateException("admission " + id + " is " + status);
        }
        this.endsOn = lastDay.isBefore(startsOn) ? startsOn.minusDays(1) : lastDay;
        this.endReason = reason;
    }

    private void requireRequested() {
        if (status != AdmissionStatus.REQUESTED) {
            throw new IllegalStateException("admission " + id + " is " + status + ", not requested");
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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("insuredId", insuredId);
        state.put("careType", careType.name());
        state.put("institutionId", institutionId);
        state.put("status", status.name());
        state.put("indications", indications);
        state.put("admittedOn", admittedOn == null ? null : admittedOn.toString());
        state.put("startsOn", startsOn == null ? null : startsOn.toString());
        state.put("endsOn", endsOn == null ? null : endsOn.toString());
        state.put("endReason", endReason == null ? null : endReason.name());
        state.put("visitsPerWeek", visitsPerWeek);
        state.put("declineReason", declineReason);
        state.put("replacesAdmissionId", replacesAdmissionId);
        return state;
    }

    public Long getId() {
        return id;
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
