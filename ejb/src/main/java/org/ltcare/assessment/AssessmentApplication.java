package org.ltcare.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.audit.AuditStates;
import org.ltcare.shared.audit.Auditable;
import org.ltcare.shared.audit.AuditedField;
import org.ltcare.shared.crypto.EncryptedStringConverter;
import org.ltcare.shared.model.Versioned;

/**
 * 失能评估申请: the aggregate root of an application with its materials. Invariants: it is filed
 * SUBMITTED; only a SUBMITTED application can be accepted or refused, once; a refusal carries a coded
 * ground (and a text for OTHER). One open application per person is also enforced by the database.
 */
@Entity
@Table(name = "assessment_application")
public class AssessmentApplication extends Versioned implements Auditable {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "insured_id")
    @AuditedField
    private InsuredPerson insured;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ApplicantRole applicantRole;

    @AuditedField
    private String applicantName;

    private String applicantRelation;

    @Convert(converter = EncryptedStringConverter.class)
    @AuditedField
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ResidenceKind residenceKind;

    private String residenceAddress;

    @AuditedField
    private Long currentInstitutionId;

    private String filedByUsername;

    @Column(name = "filed_by_org_id")
    private Long filedByOrganisationId;

    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private ApplicationStatus status;

    private String processInstanceId;

    @AuditedField("decidedBy")
    private String decidedByUsername;

    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @AuditedField
    private RefusalGround refusalGround;

    @AuditedField
    private String refusalReason;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ApplicationMaterial> materials = new ArrayList<>();

    protected AssessmentApplication() {
    }

    AssessmentApplication(InsuredPerson insured, NewApplication form, String filedByUsername,
                          long filedByOrganisationId, Instant filedAt) {
        this.insured = Objects.requireNonNull(insured, "insured");
        this.applicantRole = form.applicantRole();
        this.applicantName = form.applicantName().trim();
        this.applicantRelation = form.applicantRelation();
        this.contactPhone = form.contactPhone().trim();
        this.residenceKind = form.residenceKind();
        this.residenceAddress = form.residenceAddress();
        this.currentInstitutionId = form.currentInstitutionId();
        this.filedByUsername = filedByUsername;
        this.filedByOrganisationId = filedByOrganisationId;
        this.filedAt = filedAt;
        this.status = ApplicationStatus.SUBMITTED;
        form.materials().forEach(m -> materials.add(new ApplicationMaterial(this, m)));
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void accept(String reviewer, Instant when) {
        requireSubmitted();
        this.status = ApplicationStatus.ACCEPTED;
        this.decidedByUsername = reviewer;
        this.decidedAt = when;
    }

    void refuse(RefusalGround ground, String reason, String reviewer, Instant when) {
        requireSubmitted();
        Objects.requireNonNull(ground, "ground");
        if (ground.requiresText() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("ground OTHER needs a text");
        }
        this.status = ApplicationStatus.REFUSED;
        this.refusalGround = ground;
        this.refusalReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.decidedByUsername = reviewer;
        this.decidedAt = when;
    }

    /** The first conclusion closes the application; a later re-assessment on it leaves it concluded. */
    void concluded() {
        if (status == ApplicationStatus.ACCEPTED) {
            this.status = ApplicationStatus.CONCLUDED;
        } else if (status != ApplicationStatus.CONCLUDED) {
            throw new IllegalStateException("application " + getId() + " is " + status + ", not ACCEPTED");
        }
    }

    private void requireSubmitted() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("application " + getId() + " is " + status + ", not SUBMITTED");
        }
    }

    /** Whether a user of this organisation may see the application (institutions see their own only). */
    public boolean isVisibleToInstitution(long organisationId) {
        return filedByOrganisationId == organisationId
                || (currentInstitutionId != null && currentInstitutionId == organisationId);
    }

    @Override
    public String auditType() {
        return "AssessmentApplication";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = AuditStates.of(this);
        state.put("materials", materials.stream().map(m -> m.getKind().name()).toList());
        return state;
    }

    public InsuredPerson getInsured() {
        return insured;
    }

    public ApplicantRole getApplicantRole() {
        return applicantRole;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantRelation() {
        return applicantRelation;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public ResidenceKind getResidenceKind() {
        return residenceKind;
    }

    public String getResidenceAddress() {
        return residenceAddress;
    }

    public Long getCurrentInstitutionId() {
        return currentInstitutionId;
    }

    public String getFiledByUsername() {
        return filedByUsername;
    }

    public Long getFiledByOrganisationId() {
        return filedByOrganisationId;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getDecidedByUsername() {
        return decidedByUsername;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public List<ApplicationMaterial> getMaterials() {
        return List.copyOf(materials);
    }
}
