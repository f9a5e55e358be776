package org.ltcare.care.visit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.RecordSource;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/**
 * A home visit of 家护 or 巡护: check-in and check-out (local times of the bureau's zone, where and on which
 * device), the care worker, the service items done and the family's confirmation. {@code unverifiedReason} is
 * {@link VisitVerification}'s verdict, kept with the visit and renewed at check-out.
 */
@Entity
@Table(name = "home_visit")
public class HomeVisit implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "insured_id", nullable = false)
    private long insuredId;

    @Column(name = "care_worker_id", nullable = false)
    private long careWorkerId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "checked_in_at", nullable = false)
    private LocalDateTime checkedInAt;

    @Column(name = "checked_out_at")
    private LocalDateTime checkedOutAt;

    @Column(name = "check_in_latitude", precision = 9, scale = 6)
    private BigDecimal checkInLatitude;

    @Column(name = "check_in_longitude", precision = 9, scale = 6)
    private BigDecimal checkInLongitude;

    @Column(name = "check_out_latitude", precision = 9, scale = 6)
    private BigDecimal checkOutLatitude;

    @Column(name = "check_out_longitude", precision = 9, scale = 6)
    private BigDecimal checkOutLongitude;

    @Column(name = "device_id", length = 64)
    private String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Confirmation confirmation;

    @Column(name = "confirmed_by", length = 32)
    private String confirmedBy;

    @Column(name = "confirmation_code", length = 16)
    private String confirmationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unverified_reason", length = 16)
    private UnverifiedReason unverifiedReason;

    @Column(name = "external_ref", length = 64)
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RecordSource source;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at"))
    private Stamp recorded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "home_visit_item", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "item_code", length = 16)
    @Column(name = "quantity", nullable = false)
    private Map<String, Integer> items = new TreeMap<>();

    @Version
    private long version;

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
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("admissionId", admissionId);
        state.put("careWorkerId", careWorkerId);
        state.put("checkedInAt", String.valueOf(checkedInAt));
        state.put("checkedOutAt", String.valueOf(checkedOutAt));
        state.put("checkIn", checkInLatitude == null ? null : checkInLatitude + "," + checkInLongitude);
        state.put("checkOut", checkOutLatitude == null ? null : checkOutLatitude + "," + checkOutLongitude);
        state.put("deviceId", deviceId);
        state.put("items", new TreeMap<>(items));
        state.put("confirmation", confirmation);
        state.put("confirmedBy", confirmedBy);
        state.put("unverifiedReason", unverifiedReason);
        state.put("externalRef", externalRef);
        state.put("source", source);
        return state;
    }

    public Long getId() {
        return id;
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
