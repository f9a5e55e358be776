package org.ltcare.care;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** A day a beneficiary in bed-based care (专护, 院护) was absent; every other day of the admission is a bed-day. */
@Entity
@Table(name = "bed_day_absence")
public class BedDayAbsence implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(name = "absent_on", nullable = false)
    private LocalDate absentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AbsenceReason reason;

    @Column(length = AbsenceCheck.NOTE_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RecordSource source;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at"))
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
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("admissionId", admissionId);
        state.put("absentOn", absentOn.toString());
        state.put("reason", reason);
        state.put("note", note);
        state.put("source", source);
        return state;
    }

    public Long getId() {
        return id;
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
