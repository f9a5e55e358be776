package org.ltcare.care;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.Stamp;

/** A day a beneficiary in bed-based care (专护, 院护) was absent; every other day of the admission is a bed-day. */
@Entity
@Table(name = "bed_day_absence")
public class BedDayAbsence extends Identified implements Auditable {

    @AuditedField
    private long admissionId;

    private long institutionId;

    @AuditedField
    private LocalDate absentOn;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private AbsenceReason reason;

    @AuditedField
    private String note;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private RecordSource source;

    @Embedded
    private Stamp recorded;

    protected BedDayAbsence() {
    }

    BedDayAbsence(long admissionId, long institutionId, LocalDate absentOn) {
        this.admissionId = admissionId;
        this.institutionId = institutionId;
        this.absentOn = absentOn;
    }

    void record(AbsenceReason reason, String note, RecordSource source, String recordedBy, Instant recordedAt) {
        this.reason = reason;
        this.note = note;
        this.source = source;
        this.recorded = Stamp.of(recordedBy, recordedAt);
    }

    boolean sameAs(AbsenceReason otherReason, String otherNote) {
        return reason == otherReason && java.util.Objects.equals(note, otherNote);
    }

    @Override
    public String auditType() {
        return "BedDayAbsence";
    }

    @Override
    public String auditId() {
        return admissionId + "/" + absentOn;
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public long getAdmissionId() {
        return admissionId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public LocalDate getAbsentOn() {
        return absentOn;
    }

    public AbsenceReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public RecordSource getSource() {
        return source;
    }
}
