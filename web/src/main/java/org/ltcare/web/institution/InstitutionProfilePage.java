package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionLicence;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.LicenceForm;
import org.ltcare.institution.LicenceKind;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/**
 * One institution's profile (?id=): credit code, beds, care staff, address, contact, payout account, licences.
 * The agency and the institution's own administrator edit it; bad input is named field by field and not stored.
 */
@Named
@ViewScoped
public class InstitutionProfilePage extends Page {

    /** Licences ending within this many days are marked, so that they are renewed in time. */
    static final int EXPIRY_WARNING_DAYS = 90;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Clock clock;

    private Long id;
    private CareInstitution institution;
    private List<InstitutionLicence> licences = List.of();
    private String creditCode;
    private Integer beds;
    private Integer careStaff;
    private String address;
    private String contactName;
    private String contactPhone;
    private String bankName;
    private String bankAccountName;
    private String bankAccountNumber;
    private LicenceKind licenceKind;
    private String licenceNumber;
    private String licenceIssuedBy;
    private LocalDate licenceValidFrom;
    private LocalDate licenceValidUntil;

    public void load() {
        id = InstitutionPages.shownInstitution(id, actor);
        if (id == null) {
            return;
        }
        try {
            institution = institutions.find(actor, id);
            licences = institutions.licences(actor, id);
            InstitutionProfile profile = institution.profile();
            creditCode = profile.creditCode();
            beds = profile.beds();
            careStaff = profile.careStaff();
            address = profile.address();
            contactName = profile.contactName();
            contactPhone = profile.contactPhone();
            bankName = profile.bankName();
            bankAccountName = profile.bankAccountName();
            bankAccountNumber = profile.bankAccountNumber();
        } catch (BusinessException e) {
            institution = null;
            errors.refuse(e);
        }
    }

    public void save() {
        try {
            institution = institutions.updateProfile(actor, id, new InstitutionProfile(creditCode,
                    beds == null ? 0 : beds, careStaff == null ? 0 : careStaff, address, contactName, contactPhone,
                    bankName, bankAccountName, bankAccountNumber));
            errors.info("institution.saved");
        } catch (BusinessException e) {
            errors.show(e, "profileForm");
        }
    }

    public void addLicence() {
        try {
            institutions.addLicence(actor, id, new LicenceForm(licenceKind, licenceNumber, licenceIssuedBy,
                    licenceValidFrom, licenceValidUntil));
            errors.info("institution.licence.added");
            licenceNumber = null;
            licenceIssuedBy = null;
            licenceValidFrom = null;
            licenceValidUntil = null;
            licences = institutions.licences(actor, id);
        } catch (BusinessException e) {
            errors.show(e, "licenceForm");
        }
    }

    public void removeLicence(InstitutionLicence licence) {
        try {
            institutions.removeLicence(actor, licence.getId());
            licences = institutions.licences(actor, id);
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public boolean isEditable() {
        return institution != null && institutions.mayKeepProfile(actor, id);
    }

    public boolean expiresSoon(InstitutionLicence licence) {
        return licence.expiresWithin(LocalDate.now(clock), EXPIRY_WARNING_DAYS);
    }

    public boolean expired(InstitutionLicence licence) {
        return licence.getValidUntil() != null && licence.getValidUntil().isBefore(LocalDate.now(clock));
    }

    public List<LicenceKind> getLicenceKinds() {
        return List.of(LicenceKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CareInstitution getInstitution() {
        return institution;
    }

    public List<InstitutionLicence> getLicences() {
        return licences;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public Integer getBeds() {
        return beds;
    }

    public void setBeds(Integer beds) {
        this.beds = beds;
    }

    public Integer getCareStaff() {
        return careStaff;
    }

    public void setCareStaff(Integer careStaff) {
        this.careStaff = careStaff;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getBankAccountName() {
        return bankAccountName;
    }

    public void setBankAccountName(String bankAccountName) {
        this.bankAccountName = bankAccountName;
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }

    public void setBankAccountNumber(String bankAccountNumber) {
        this.bankAccountNumber = bankAccountNumber;
    }

    public LicenceKind getLicenceKind() {
        return licenceKind;
    }

    public void setLicenceKind(LicenceKind licenceKind) {
        this.licenceKind = licenceKind;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public String getLicenceIssuedBy() {
        return licenceIssuedBy;
    }

    public void setLicenceIssuedBy(String licenceIssuedBy) {
        this.licenceIssuedBy = licenceIssuedBy;
    }

    public LocalDate getLicenceValidFrom() {
        return licenceValidFrom;
    }

    public void setLicenceValidFrom(LocalDate licenceValidFrom) {
        this.licenceValidFrom = licenceValidFrom;
    }

    public LocalDate getLicenceValidUntil() {
        return licenceValidUntil;
    }

    public void setLicenceValidUntil(LocalDate licenceValidUntil) {
        this.licenceValidUntil = licenceValidUntil;
    }
}
