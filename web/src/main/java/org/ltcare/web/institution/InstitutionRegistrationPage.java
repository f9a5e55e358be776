package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionProfile;
import org.ltcare.institution.InstitutionRegistrationService;
import org.ltcare.institution.SelfRegistration;
import org.ltcare.policy.Region;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.publicform.HumanCheckField;

/** 机构注册 (public): an institution registers itself and its administrator, then logs in to apply. */
@Named
@ViewScoped
public class InstitutionRegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionRegistrationService registration;

    @Inject
    private FacesErrors errors;

    @Inject
    private Messages messages;

    @Inject
    private HumanCheckField humanCheck;

    private String name;
    private InstitutionKind kind;
    private Integer hospitalLevel;
    private boolean ltcWard;
    private String regionCode;
    private String creditCode;
    private String address;
    private Integer beds;
    private Integer careStaff;
    private String contactName;
    private String contactPhone;
    private String username;
    private String displayName;
    private String password;
    private String passwordRepeat;
    private String registeredName;

    public void register() {
        if (!humanCheck.admit("registration", "registrationForm")) {
            return;
        }
        InstitutionProfile profile = new InstitutionProfile(creditCode, beds == null ? 0 : beds,
                careStaff == null ? 0 : careStaff, address, contactName, contactPhone, null, null, null);
        try {
            CareInstitution institution = registration.register(new SelfRegistration(name, kind, hospitalLevel,
                    ltcWard, regionCode, profile, username, displayName, password, passwordRepeat));
            registeredName = institution.getName();
            password = null;
            passwordRepeat = null;
        } catch (BusinessException e) {
            errors.show(e, "registrationForm", field -> messages.get("registration.field." + field));
        }
    }

    public List<Region> getRegions() {
        return registration.regions();
    }

    public List<InstitutionKind> getKinds() {
        return List.of(InstitutionKind.values());
    }

    public boolean isRegistered() {
        return registeredName != null;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public Integer getHospitalLevel() {
        return hospitalLevel;
    }

    public void setHospitalLevel(Integer hospitalLevel) {
        this.hospitalLevel = hospitalLevel;
    }

    public boolean isLtcWard() {
        return ltcWard;
    }

    public void setLtcWard(boolean ltcWard) {
        this.ltcWard = ltcWard;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
