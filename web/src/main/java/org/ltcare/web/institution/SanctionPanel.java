package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.institution.Sanction;
import org.ltcare.institution.SanctionForm;
import org.ltcare.institution.SanctionKind;
import org.ltcare.institution.SanctionService;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;

/** The sanctions on an institution's page, visible to it; the bureau's approver issues and lifts them. */
@Named
@ViewScoped
public class SanctionPanel extends Page {

    @Inject
    private SanctionService sanctions;

    private Long id;
    private List<Sanction> issued = List.of();
    private SanctionKind kind;
    private String reason;
    private String documentNumber;
    private LocalDate effectiveFrom;
    private LocalDate effectiveUntil;

    public void load() {
        id = InstitutionPages.shownInstitution(id, actor);
        issued = InstitutionPages.listed(id, shown -> sanctions.of(actor, shown));
    }

    public void issue() {
        try {
            sanctions.issue(actor, id, new SanctionForm(kind, reason, documentNumber, effectiveFrom, effectiveUntil));
            errors.info("sanction.issued");
            reason = null;
            documentNumber = null;
            load();
        } catch (BusinessException e) {
            errors.show(e, "sanctionForm");
        }
    }

    public void lift(Sanction sanction) {
        try {
            sanctions.lift(actor, sanction.getId(), null);
            errors.info("sanction.lifted");
            load();
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    /** The approver's 整改复查 once a rectification deadline has passed: rectified or not. */
    public void followUp(Sanction sanction, boolean rectified) {
        try {
            sanctions.recordFollowUp(actor, sanction.getId(),
                    rectified ? Sanction.FollowUp.RECTIFIED : Sanction.FollowUp.NOT_RECTIFIED, null);
            load();
        } catch (BusinessException e) {
            errors.show(e, "sanctionsForm");
        }
    }

    public boolean isFollowUpDue(Sanction sanction) {
        return isMayIssue() && sanctions.isFollowUpDue(sanction);
    }

    public boolean isMayIssue() {
        return id != null && sanctions.mayIssue(actor);
    }

    public List<SanctionKind> getKinds() {
        return List.of(SanctionKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Sanction> getIssued() {
        return issued;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public void setKind(SanctionKind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public void setEffectiveUntil(LocalDate effectiveUntil) {
        this.effectiveUntil = effectiveUntil;
    }
}
