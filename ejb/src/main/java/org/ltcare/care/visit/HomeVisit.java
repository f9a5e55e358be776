package org.ltcare.care.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.RecordSource;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * A home visit of 家护 or 巡护: check-in and check-out (local times of the bureau's zone, where and on which
 * device), the care worker, the service items done and the family's confirmation. {@code unverifiedReason} is
 * {@link VisitVerification}'s verdict, kept with the visit and renewed at check-out.
 */
@Entity
@Table(name = "home_visit")
public class HomeVisit extends Versioned implements Auditable {

    private long institutionId;

    @AuditedField
    private long admissionId;

    private long insuredId;

    @AuditedField
    private long careWorkerId;

    private LocalDate visitDate;

    /**
     * Wall-clock times in the city, written and read as they are: the persistence unit's time zone
     * ({@code hibernate.jdbc.time_zone}) is for instants, and a local date-time went through the server JVM's own
     * zone to it (a server running in UTC stored 09:00 as 17:00).
     */
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime checkedInAt;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    private LocalDateTime checkedOutAt;

    private BigDecimal checkInLatitude;

    private BigDecimal checkInLongitude;

    private BigDecimal checkOutLatitude;

    private BigDecimal checkOutLongitude;

    @AuditedField
    private String deviceId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Confirmation confirmation;

    @AuditedField
    private String confirmedBy;

    private String confirmationCode;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private UnverifiedReason unverifiedReason;

    @AuditedField
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private RecordSource source;

    @Embedded
    private Stamp recorded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "home_visit_item", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "item_code", length = 16)
    @Column(name = "quantity")
    private Map<String, Integer> items = new TreeMap<>();

    protected HomeVisit() {
    }

    /** A visit from a form {@link VisitCheck} found in order. */
    HomeVisit(CareAdmission admission, VisitForm checked, int minimumMinutes, RecordSource source, String recordedBy,
              Instant recordedAt) {
        this.institutionId = admission.getInstitutionId();
        this.admissionId = admission.getId();
        this.insuredId = admission.getInsuredId();
        this.careWorkerId = checked.careWorkerId();
        this.checkedInAt = checked.checkedInAt();
        this.visitDate = checkedInAt.toLocalDate();
        if (checked.checkIn() != null) {
            this.checkInLatitude = checked.checkIn().latitude();
            this.checkInLongitude = checked.checkIn().longitude();
        }
        this.deviceId = checked.deviceId();
        this.externalRef = checked.externalRef();
        this.source = source;
        this.recorded = Stamp.of(recordedBy, recordedAt);
        complete(checked, minimumMinutes);
    }

    /** Takes the check-out, items and confirmation of the form (at check-out, or all at once). */
    void complete(VisitForm checked, int minimumMinutes) {
        this.checkedOutAt = checked.checkedOutAt();
        if (checked.checkOut() != null) {
            this.checkOutLatitude = checked.checkOut().latitude();
            this.checkOutLongitude = checked.checkOut().longitude();
        }
        this.items.clear();
        this.items.putAll(checked.items());
        this.confirmation = checked.confirmation();
        this.confirmedBy = checked.confirmedBy();
        this.confirmationCode = checked.confirmationCode();
        this.unverifiedReason = VisitVerification.of(checkedInAt, checkedOutAt, minimumMinutes).orElse(null);
    }

    /** The visit as a form, to complete it at check-out (the signature image is kept apart: {@link VisitSignature}). */
    public VisitForm asForm() {
        return new VisitForm(careWorkerId, checkedInAt, checkedOutAt,
                new VisitForm.Coordinates(checkInLatitude, checkInLongitude),
                new VisitForm.Coordinates(checkOutLatitude, checkOutLongitude), deviceId, items, confirmation,
                confirmedBy, confirmationCode, null, externalRef);
    }

    public boolean isOpen() {
        return checkedOutAt == null;
    }

    public boolean isVerified() {
        return unverifiedReason == null;
    }

    /** Minutes between check-in and check-out; null while open. */
    public Long getDurationMinutes() {
        return checkedOutAt == null ? null : VisitVerification.minutes(checkedInAt, checkedOutAt);
    }

    @Override
    public String auditType() {
        return "HomeVisit";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("checkedInAt", String.valueOf(checkedInAt));
        state.put("checkedOutAt", String.valueOf(checkedOutAt));
        state.put("checkIn", checkInLatitude == null ? null : checkInLatitude + "," + checkInLongitude);
        state.put("checkOut", checkOutLatitude == null ? null : checkOutLatitude + "," + checkOutLongitude);
        state.put("items", new TreeMap<>(items));
        return state;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public long getInsuredId() {
        return insuredId;
    }

    public long getCareWorkerId() {
        return careWorkerId;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public BigDecimal getCheckInLatitude() {
        return checkInLatitude;
    }

    public BigDecimal getCheckInLongitude() {
        return checkInLongitude;
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public UnverifiedReason getUnverifiedReason() {
        return unverifiedReason;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public RecordSource getSource() {
        return source;
    }

    public Map<String, Integer> getItems() {
        return new TreeMap<>(items);
    }
}
