package org.ltcare.institution;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A licence of an institution with its validity; one without an end date does not expire. */
@Entity
@Table(name = "institution_licence")
public class InstitutionLicence extends Identified implements Auditable {

    @AuditedField
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private LicenceKind kind;

    @AuditedField
    private String number;

    @AuditedField
    private String issuedBy;

    @AuditedField
    private LocalDate validFrom;

    @AuditedField
    private LocalDate validUntil;

    @Embedded
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
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
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
