package org.ltcare.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;

/**
 * A care institution: the institution-specific facts of an organisation of kind CARE_INSTITUTION.
 * Invariant: only hospitals (and integrated township hospitals) carry a hospital level, 1 to 3.
 */
@Entity
@Table(name = "care_institution")
public class CareInstitution implements Serializable, Auditable {

    @Id
    @Column(name = "organisation_id")
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_kind")
    @AuditedField
    private InstitutionKind kind;

    @AuditedField
    private Integer hospitalLevel;

    @Column(name = "has_ltc_ward")
    private boolean ltcWard;

    @AuditedField
    private int beds;

    @AuditedField
    private String address;

    @AuditedField
    private String creditCode;

    /** PENDING for a self-registered institution until the agency's document review confirms it. */
    @Enumerated(EnumType.STRING)
    @AuditedField
    private Registration registration = Registration.CONFIRMED;

    @AuditedField
    private int careStaff;

    @AuditedField
    private String contactName;

    @Convert(converter = EncryptedStringConverter.class)
    @AuditedField
    private String contactPhone;

    @AuditedField
    private String bankName;

    @AuditedField
    private String bankAccountName;

    @AuditedField
    private String bankAccountNumber;

    @Version
    private long version;

    protected CareInstitution() {
    }

    public CareInstitution(Organisation organisation, InstitutionKind kind, Integer hospitalLevel, boolean ltcWard,
                           int beds, String address) {
        if (organisation.getKind() != OrganisationKind.CARE_INSTITUTION) {
            throw new IllegalArgumentException("not a care institution: " + organisation.getCode());
        }
        boolean hospitalLike = kind == InstitutionKind.HOSPITAL || kind == InstitutionKind.INTEGRATED;
        if (hospitalLevel != null && (!hospitalLike || hospitalLevel < 1 || hospitalLevel > 3)) {
            throw new IllegalArgumentException("hospital level " + hospitalLevel + " does not fit " + kind);
        }
        if (kind == InstitutionKind.HOSPITAL && hospitalLevel == null) {
            throw new IllegalArgumentException("a hospital needs its level");
        }
        if (beds < 0) {
            throw new IllegalArgumentException("beds must not be negative");
        }
        this.organisation = organisation;
        this.kind = kind;
        this.hospitalLevel = hospitalLevel;
        this.ltcWard = ltcWard;
        this.beds = beds;
        this.address = address;
    }

    /** Takes a checked profile ({@link InstitutionProfile#check}); the kind and level stay as contracted. */
    void updateProfile(InstitutionProfile profile) {
        this.creditCode = profile.creditCode();
        this.beds = profile.beds();
        this.careStaff = profile.careStaff();
        this.address = profile.address();
        this.contactName = profile.contactName();
        this.contactPhone = profile.contactPhone();
        this.bankName = profile.bankName();
        this.bankAccountName = profile.bankAccountName();
        this.bankAccountNumber = profile.bankAccountNumber();
    }

    void registeredBySelf() {
        this.registration = Registration.PENDING;
    }

    /** The agency has checked the institution's documents: a self-registration is confirmed. */
    public void confirmRegistration() {
        this.registration = Registration.CONFIRMED;
    }

    public Registration getRegistration() {
        return registration;
    }

    public boolean isPendingRegistration() {
        return registration == Registration.PENDING;
    }

    /** The kind as printed on documents and public pages, in Chinese: "2级医院", "护理院/养老机构". */
    public String kindText() {
        return kindText(kind, hospitalLevel, PrintedDocument.LOCALE);
    }

    /** An institution's kind in {@code locale}, a hospital with its level when known ("level-2 hospital"). */
    public static String kindText(InstitutionKind kind, Integer hospitalLevel, Locale locale) {
        String name = EnumLabels.of(kind, locale);
        return hospitalLevel != null && kind == InstitutionKind.HOSPITAL
                ? Explanations.format(locale, "institution.kindWithLevel", hospitalLevel.toString(), name) : name;
    }

    public InstitutionProfile profile() {
        return new InstitutionProfile(creditCode, beds, careStaff, address, contactName, contactPhone, bankName,
                bankAccountName, bankAccountNumber);
    }

    @Override
    public String auditType() {
        return "CareInstitution";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("name", organisation.getName());
        return state;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return organisation.getName();
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public Integer getHospitalLevel() {
        return hospitalLevel;
    }

    public boolean hasLtcWard() {
        return ltcWard;
    }

    public int getBeds() {
        return beds;
    }

    public String getAddress() {
        return address;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public int getCareStaff() {
        return careStaff;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getBankName() {
        return bankName;
    }

    public String getBankAccountName() {
        return bankAccountName;
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }
}
