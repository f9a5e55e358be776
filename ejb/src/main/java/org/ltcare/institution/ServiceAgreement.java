package org.ltcare.institution;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/**
 * 定点服务协议: the care types an institution is contracted for, with places and its daily charge, from a date
 * until a date. Built only from terms {@link AgreementCheck} accepted; a signed agreement's terms never change
 * (a new agreement replaces it), it can only be terminated.
 */
@Entity
@Table(name = "service_agreement")
public class ServiceAgreement extends Versioned implements Auditable {

    public enum Status { ACTIVE, TERMINATED, EXPIRED }

    /** One care type row (table agreement_care_type). */
    @Embeddable
    public static class Line implements Serializable {

        @Enumerated(EnumType.STRING)
        @Column(name = "care_type")
        private CareType careType;

        @Column(name = "places")
        private int places;

        @Column(name = "daily_charge")
        private BigDecimal dailyCharge;

        protected Line() {
        }

        Line(AgreedCareType agreed) {
            this.careType = agreed.careType();
            this.places = agreed.places();
            this.dailyCharge = agreed.dailyCharge().setScale(2);
        }

        public CareType getCareType() {
            return careType;
        }

        public int getPlaces() {
            return places;
        }

        public BigDecimal getDailyCharge() {
            return dailyCharge;
        }
    }

    @AuditedField
    private String number;

    @Column(name = "institution_id")
    @AuditedField
    private long institutionId;

    @Column(name = "valid_from")
    @AuditedField
    private LocalDate validFrom;

    @Column(name = "valid_until")
    @AuditedField
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private Status status;

    @Column(name = "terminated_on")
    @AuditedField
    private LocalDate terminatedOn;

    @Column(name = "rule_set_code")
    @AuditedField
    private String ruleSetCode;

    @Column(name = "renews_agreement_id")
    @AuditedField
    private Long renewsAgreementId;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "signed_by"))
    @AttributeOverride(name = "at", column = @Column(name = "signed_at"))
    private Stamp signed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_care_type", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<Line> lines = new ArrayList<>();

    protected ServiceAgreement() {
    }

    ServiceAgreement(String number, long institutionId, AgreementTerms checkedTerms, String ruleSetCode,
                     Long renewsAgreementId, String signedBy, Instant signedAt) {
        this.number = number;
        this.renewsAgreementId = renewsAgreementId;
        this.institutionId = institutionId;
        this.validFrom = checkedTerms.validFrom();
        this.validUntil = checkedTerms.validUntil();
        this.ruleSetCode = ruleSetCode;
        this.signed = Stamp.of(signedBy, signedAt);
        this.status = Status.ACTIVE;
        checkedTerms.careTypes().forEach(agreed -> lines.add(new Line(agreed)));
    }

    public boolean isInForceOn(LocalDate day) {
        boolean terminatedBefore = terminatedOn != null && !day.isBefore(terminatedOn);
        return !terminatedBefore && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** Ends the agreement from {@code day} (a sanction): it stays on record, in force only on the days before. */
    void terminateFrom(LocalDate day) {
        if (status == Status.TERMINATED) {
            throw new IllegalStateException("agreement " + number + " is terminated already");
        }
        this.status = Status.TERMINATED;
        this.terminatedOn = day.isBefore(validFrom) ? validFrom : day;
    }

    /** Marks an agreement that ran to its last day unrenewed (it was in force only until then anyway). */
    void expire() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("agreement " + number + " is " + status);
        }
        this.status = Status.EXPIRED;
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        LocalDate lastDay = terminatedOn == null ? validUntil : terminatedOn.minusDays(1);
        return !from.isAfter(lastDay) && !until.isBefore(validFrom);
    }

    /** The agreed line of a care type, if the institution is contracted for it. */
    public Optional<Line> lineFor(CareType careType) {
        return lines.stream().filter(l -> l.careType == careType).findFirst();
    }

    @Override
    public String auditType() {
        return "ServiceAgreement";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("careTypes", String.join("；", lines.stream().map(l -> l.careType.name() + " " + l.places + " 床/人 "
                + l.dailyCharge.toPlainString() + " 元/日").toList()));
        return state;
    }

    public String getNumber() {
        return number;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public Long getRenewsAgreementId() {
        return renewsAgreementId;
    }

    public Stamp getSigned() {
        return signed;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
