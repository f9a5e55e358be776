package org.ltcare.institution;

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
import java.util.Objects;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.model.Stamp;

/** A licence of an institution with its validity; one without an end date does not expire. */
@Entity
@Table(name = "institution_licence")
public class InstitutionLicence implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private LicenceKind kind;

    @Column(nullable = false, length = 64)
    private String number;

    @Column(name = "issued_by", length = 100)
    private String issuedBy;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "recorded_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at"))
    private Stamp recorded;

    protected InstitutionLicence() {
    }

    InstitutionLicence(long institutionId, LicenceForm form, String recordedBy, Instant recordedAt) {
        this.institutionId = institutionId;
        this.kind = Objects.requireNonNull(form.kind(), "kind");
        this.number = form.number();
        this.issuedBy = form.issuedBy();
        this.validFrom = form.validFrom();
        this.validUntil = form.validUntil();
        this.recorded = Stamp.of(recordedBy, recordedAt);
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Ends within {@code days} after {@code day} (and not before it). */
    public boolean expiresWithin(LocalDate day, int days) {
        return validUntil != null && !validUntil.isBefore(day) && !validUntil.isAfter(day.plusDays(days));
    }

    @Override
    public String auditType() {
        return "InstitutionLicence";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institutionId", institutionId);
        state.put("kind", kind.name());
        state.put("number", number);
        state.put("issuedBy", issuedBy);
        state.put("validFrom", validFrom.toString());
        state.put("validUntil", validUntil == null ? null : validUntil.toString());
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public LicenceKind getKind() {
        return kind;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
