package org.ltcare.web.apply;

import jakarta.annotation.PostConstruct;
import jakarta.faces.flow.FlowScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationMaterial;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberProblem;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.insured.FormMessages;
import org.primefaces.model.file.UploadedFile;

/**
 * 申请失能评估, the Faces Flow "apply": 参保人 → 申请人 → 居住情况 → 材料 → 确认提交. The steps only collect
 * input; the service checks the application as a whole when it is filed, and its field errors are shown on the
 * summary. Each step action returns the outcome of the next view node; "done" and "cancel" are the flow's returns.
 */
@Named
@FlowScoped(ApplicationWizard.FLOW_ID)
public class ApplicationWizard extends Page {

    public static final String FLOW_ID = "apply";
    static final String FORM = "applyForm";

    static final String STEP_INSURED = "apply";
    static final String STEP_APPLICANT = "applicant";
    static final String STEP_RESIDENCE = "residence";
    static final String STEP_MATERIALS = "materials";
    static final String STEP_CONFIRM = "confirm";
    /** The flow return that leaves for the confirmation page. */
    static final String RETURN_DONE = "done";

    @Inject
    private InsuredService insuredRegistry;

    @Inject
    private ApplicationService applications;

    @Inject
    private InstitutionRepository institutionRepository;

    @Inject
    private Messages messages;

    @Inject
    private FormMessages forms;

    private String idNumber;
    private InsuredSummary insured;

    private ApplicantRole applicantRole = ApplicantRole.SELF;
    private String applicantName;
    private String applicantRelation;
    private String contactPhone;

    private ResidenceKind residenceKind;
    private String residenceAddress;
    private Long currentInstitutionId;
    private List<InstitutionOption> institutions = List.of();

    private final List<MaterialItem> materials = new ArrayList<>();

    private Long submittedId;

    @PostConstruct
    void start() {
        for (MaterialKind kind : MaterialKind.values()) {
            materials.add(new MaterialItem(kind));
        }
        institutions = institutionRepository.all().stream()
                .map(i -> new InstitutionOption(i.getId(), i.getName()))
                .toList();
    }

    // ---- Step 1: 参保人

    public void lookup() {
        findInsured();
    }

    public String toApplicant() {
        return findInsured() && insured.enrolled() ? STEP_APPLICANT : null;
    }

    /** Looks the typed ID number up; says why when it is not valid or not registered, or the person not enrolled. */
    private boolean findInsured() {
        Optional<IdNumberProblem> problem = IdNumber.check(idNumber);
        if (problem.isPresent()) {
            insured = null;
            forms.errorText(FORM + ":idNumber", messages.get("idNumber." + problem.get().name()));
            return false;
        }
        InsuredPerson person;
        try {
            person = insuredRegistry.findByIdNumber(actor, IdNumber.parse(idNumber));
        } catch (NotFoundException e) {
            insured = null;
            forms.errorText(FORM + ":idNumber", messages.get("application.insuredNotFound"));
            return false;
        } catch (BusinessException e) {
            insured = null;
            errors.show(e, FORM);
            return false;
        }
        boolean samePerson = insured != null && insured.idNumber().equals(person.getIdNumber().value());
        insured = InsuredSummary.of(person, actor, LocalDate.now(ClockProducer.ZONE));
        if (!samePerson) {
            prefillFromInsured();
        }
        if (!insured.enrolled()) {
            forms.errorText(FORM + ":idNumber", messages.format("application.notEnrolled", insured.name()));
        }
        return true;
    }

    private void prefillFromInsured() {
        if (applicantRole == ApplicantRole.SELF) {
            applicantName = insured.name();
        }
        if (residenceKind == ResidenceKind.HOME || isBlank(residenceAddress)) {
            residenceAddress = insured.address();
        }
    }

    // ---- Step 2: 申请人

    /** The insured person applying for themselves needs no relation, and their name is already known. */
    public void applicantRoleChanged() {
        if (insured == null) {
            return;
        }
        if (applicantRole == ApplicantRole.SELF) {
            applicantName = insured.name();
            applicantRelation = null;
        } else if (Objects.equals(applicantName, insured.name())) {
            applicantName = null;
        }
    }

    public boolean isApplyingForSelf() {
        return applicantRole == ApplicantRole.SELF;
    }

    public String toResidence() {
        return STEP_RESIDENCE;
    }

    // ---- Step 3: 居住情况

    /** Institution users mostly file for their own residents: their institution comes preselected. */
    public void residenceKindChanged() {
        if (residenceKind == ResidenceKind.INSTITUTION && currentInstitutionId == null) {
            institutions.stream()
                    .filter(i -> i.id() == actor.organisationId())
                    .findFirst()
                    .ifPresent(own -> currentInstitutionId = own.id());
        }
        if (residenceKind == ResidenceKind.HOME && isBlank(residenceAddress) && insured != null) {
            residenceAddress = insured.address();
        }
    }

    public String toMaterials() {
        return STEP_MATERIALS;
    }

    // ---- Step 4: 材料

    public boolean isRequired(MaterialItem item) {
        return item.getKind().isRequiredFor(applicantRole == null ? ApplicantRole.SELF : applicantRole);
    }

    public String toConfirm() {
        boolean complete = acceptUploads();
        for (MaterialItem item : materials) {
            if (isRequired(item) && !item.isProvided()) {
                forms.errorText(materialClientId(item), messages.get("field.materials." + item.getKind().name())
                        + "：" + messages.get("application.materialMissing"));
                complete = false;
            }
        }
        return complete ? STEP_CONFIRM : null;
    }

    public String backFromMaterials() {
        acceptUploads();
        return STEP_RESIDENCE;
    }

    public void removeFile(MaterialItem item) {
        item.detach();
        acceptUploads();
    }

    /**
     * Takes over the files chosen in this request that the service will accept (type by content, size), so that a
     * wrong file is named at this step rather than on filing.
     */
    private boolean acceptUploads() {
        boolean accepted = true;
        for (MaterialItem item : materials) {
            UploadedFile upload = item.takeUpload();
            if (upload == null) {
                continue;
            }
            String fileName = MaterialFiles.baseName(upload.getFileName());
            byte[] content = upload.getContent();
            Optional<FieldError> problem = ApplicationMaterial.FILES.problem(
                    ApplicationMaterial.fieldOf(item.getKind()), fileName, content);
            if (problem.isPresent()) {
                forms.errorText(materialClientId(item), errors.fieldText(problem.get()));
                accepted = false;
            } else {
                item.attach(fileName, content);
            }
        }
        return accepted;
    }

    private static String materialClientId(MaterialItem item) {
        return FORM + ":materials_" + item.getKind().name();
    }

    // ---- Step 5: 确认提交

    public String submit() {
        if (submittedId != null) {
            return RETURN_DONE;
        }
        try {
            submittedId = applications.file(actor, toNewApplication()).getId();
            return RETURN_DONE;
        } catch (BusinessException e) {
            errors.show(e, FORM);
            return null;
        }
    }

    private NewApplication toNewApplication() {
        boolean self = applicantRole == ApplicantRole.SELF;
        boolean home = residenceKind == ResidenceKind.HOME;
        boolean institution = residenceKind == ResidenceKind.INSTITUTION;
        List<NewMaterial> provided = materials.stream()
                .map(MaterialItem::toNewMaterial)
                .filter(Objects::nonNull)
                .toList();
        return new NewApplication(insured == null ? idNumber : insured.idNumber(), applicantRole,
                trim(applicantName), self ? null : trim(applicantRelation), trim(contactPhone), residenceKind,
                home ? trim(residenceAddress) : null, institution ? currentInstitutionId : null, provided);
    }

    /** Where the return node "done" leads: the confirmation page of the application just filed. */
    public String getDoneOutcome() {
        return submittedId == null
                ? "/home?faces-redirect=true"
                : "/apply/submitted?faces-redirect=true&id=" + submittedId;
    }

    public String getInstitutionName() {
        return institutions.stream()
                .filter(i -> i.id().equals(currentInstitutionId))
                .map(InstitutionOption::name)
                .findFirst()
                .orElse("");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    // ---- Properties

    public List<ApplicantRole> getApplicantRoles() {
        return List.of(ApplicantRole.values());
    }

    public List<ResidenceKind> getResidenceKinds() {
        return List.of(ResidenceKind.values());
    }

    public List<InstitutionOption> getInstitutions() {
        return institutions;
    }

    public List<MaterialItem> getMaterials() {
        return materials;
    }

    public InsuredSummary getInsured() {
        return insured;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public ApplicantRole getApplicantRole() {
        return applicantRole;
    }

    public void setApplicantRole(ApplicantRole applicantRole) {
        this.applicantRole = applicantRole;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantRelation() {
        return applicantRelation;
    }

    public void setApplicantRelation(String applicantRelation) {
        this.applicantRelation = applicantRelation;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public ResidenceKind getResidenceKind() {
        return residenceKind;
    }

    public void setResidenceKind(ResidenceKind residenceKind) {
        this.residenceKind = residenceKind;
    }

    public String getResidenceAddress() {
        return residenceAddress;
    }

    public void setResidenceAddress(String residenceAddress) {
        this.residenceAddress = residenceAddress;
    }

    public Long getCurrentInstitutionId() {
        return currentInstitutionId;
    }

    public void setCurrentInstitutionId(Long currentInstitutionId) {
        this.currentInstitutionId = currentInstitutionId;
    }
}
