package org.ltcare.insured;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.model.Versioned;

/**
 * 参保人. Invariants: the ID number is valid and unique; birth date and gender are those the ID number
 * encodes (never typed separately, so they cannot disagree).
 */
@Entity
@Table(name = "insured_person")
public class InsuredPerson extends Versioned implements Auditable {

    /** Encrypted at rest; found through {@link #idNumberIndex}. */
    @Convert(converter = IdNumberConverter.class)
    @AuditedField
    private IdNumber idNumber;

    private String idNumberIndex;

    @AuditedField
    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private InsuranceType insuranceType;

    @AuditedField
    private String regionCode;

    @AuditedField
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.ENROLLED;

    @AuditedField
    private LocalDate enrolmentEndedOn;

    @AuditedField
    private LocalDate diedOn;

    @Convert(converter = EncryptedStringConverter.class)
    @AuditedField
    private String phone;

    @AuditedField
    private String address;

    private Instant createdAt;

    protected InsuredPerson() {
    }

    public InsuredPerson(IdNumber idNumber, String name, InsuranceType insuranceType, String regionCode,
                         LocalDate enrolledOn, String phone, String address, Instant createdAt) {
        this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
        this.name = requireText(name, "name");
        this.insuranceType = Objects.requireNonNull(insuranceType, "insuranceType");
        this.regionCode = requireText(regionCode, "regionCode");
        this.enrolledOn = Objects.requireNonNull(enrolledOn, "enrolledOn");
        this.gender = idNumber.gender();
        this.birthDate = idNumber.birthDate();
        this.phone = phone;
        this.address = address;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The blind index, written with the row (the ID number never changes). */
    @PrePersist
    void indexIdNumber() {
        idNumberIndex = IdNumberConverter.index(idNumber);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }

    /** The bureau learnt of the person's death: no benefit from that day on. */
    public void died(LocalDate day) {
        this.diedOn = day;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public boolean isEnrolled() {
        return enrolmentStatus == EnrolmentStatus.ENROLLED;
    }

    /** Loss of enrolment: {@code lastDay} is the last enrolled day. */
    public void enrolmentEnded(LocalDate lastDay) {
        this.enrolmentStatus = EnrolmentStatus.ENDED;
        this.enrolmentEndedOn = lastDay;
    }

    /** Whether the person was enrolled on the day, by the recorded dates (a claim's NOT_ENROLLED days). */
    public boolean wasEnrolledOn(LocalDate day) {
        return EnrolmentDates.enrolledOn(day, enrolledOn, enrolmentEndedOn);
    }

    public LocalDate getEnrolmentEndedOn() {
        return enrolmentEndedOn;
    }

    @Override
    public String auditType() {
        return "InsuredPerson";
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditStates.of(this);
    }

    public IdNumber getIdNumber() {
        return idNumber;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public InsuranceType getInsuranceType() {
        return insuranceType;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public EnrolmentStatus getEnrolmentStatus() {
        return enrolmentStatus;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }
}
