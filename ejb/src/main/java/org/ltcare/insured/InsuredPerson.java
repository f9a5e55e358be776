package org.ltcare.insured;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.crypto.EncryptedStringConverter;

/**
 * 参保人. Invariants: the ID number is valid and unique; birth date and gender are those the ID number
 * encodes (never typed separately, so they cannot disagree).
 */
@Entity
@Table(name = "insured_person")
public class InsuredPerson implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    /** Encrypted at rest; found through {@link #idNumberIndex}. */
    @Convert(converter = IdNumberConverter.class)
    @Column(name = "id_number", nullable = false, length = 255)
    private IdNumber idNumber;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_type", nullable = false, length = 16)
    private InsuranceType insuranceType;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_status", nullable = false, length = 16)
    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.ENROLLED;

    @Column(name = "enrolment_ended_on")
    private LocalDate enrolmentEndedOn;

    @Column(name = "died_on")
    private LocalDate diedOn;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 255)
    private String phone;

    @Column(length = 200)
    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

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
        return !day.isBefore(enrolledOn) && (enrolmentEndedOn == null || !day.isAfter(enrolmentEndedOn));
    }

    public LocalDate getEnrolmentEndedOn() {
        return enrolmentEndedOn;
    }

    @Override
    public String auditType() {
        return "InsuredPerson";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("idNumber", idNumber.masked());
        state.put("name", name);
        state.put("insuranceType", insuranceType);
        state.put("regionCode", regionCode);
        state.put("enrolledOn", enrolledOn);
        state.put("enrolmentStatus", enrolmentStatus);
        state.put("enrolmentEndedOn", enrolmentEndedOn == null ? null : enrolmentEndedOn.toString());
        state.put("phone", phone);
        state.put("address", address);
        state.put("diedOn", diedOn == null ? null : diedOn.toString());
        return state;
    }

    public Long getId() {
        return id;
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
