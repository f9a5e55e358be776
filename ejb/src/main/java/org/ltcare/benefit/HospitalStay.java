package org.ltcare.benefit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/**
 * A person's hospital inpatient stay (住院), which suspends the entitlement on its inpatient days (rules.md §3,
 * {@link InpatientDays}): recorded from a checked {@link HospitalStayForm}, open while the person is in hospital,
 * and discharged once. Stays of one person do not overlap; {@link HospitalStayService} checks that.
 */
@Entity
@Table(name = "hospital_stay")
public class HospitalStay extends Identified implements Auditable {

    @AuditedField
    private long insuredId;

    @AuditedField
    private String hospitalName;

    @AuditedField
    private LocalDate admittedOn;

    @AuditedField
    private LocalDate dischargedOn;

    @AuditedField
    private String source;

    /** The feed's own id of the record (its admission number), so that a record sent twice is found again. */
    private String externalRef;

    @Embedded
    private Stamp recorded;

    protected HospitalStay() {
    }

    HospitalStay(long insuredId, HospitalStayForm checked, String recordedBy, Instant recordedAt) {
        InpatientDays days = new InpatientDays(checked.admittedOn(), checked.dischargedOn());
        this.insuredId = insuredId;
        this.hospitalName = Objects.requireNonNull(checked.hospitalName(), "hospitalName");
        this.admittedOn = days.admittedOn();
        this.dischargedOn = days.dischargedOn();
        this.source = Objects.requireNonNull(checked.source(), "source");
        this.recorded = Stamp.of(recordedBy, recordedAt);
    }

    void fromFeedRecord(String externalRef) {
        this.externalRef = externalRef;
    }

    public String getExternalRef() {
        return externalRef;
    }

    /** Closes the open stay with its day of discharge. */
    void discharge(LocalDate day) {
        if (dischargedOn != null) {
            throw new IllegalStateException("hospital stay " + getId() + " was discharged on " + dischargedOn);
        }
        this.dischargedOn = new InpatientDays(admittedOn, Objects.requireNonNull(day, "day")).dischargedOn();
    }

    public InpatientDays inpatientDays() {
        return new InpatientDays(admittedOn, dischargedOn);
    }

    public boolean isOpen() {
        return dischargedOn == null;
    }

    /** The form this stay was recorded with, to check a change against. */
    HospitalStayForm asForm() {
        return new HospitalStayForm(hospitalName, admittedOn, dischargedOn, source);
    }

    @Override
    public String auditType() {
        return "HospitalStay";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getInsuredId() {
        return insuredId;
    }

    public String getHospitalName() {
        return hospitalName;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public String getSource() {
        return source;
    }

    public Stamp getRecorded() {
        return recorded;
    }
}
