package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.institution.agreement.AgreementDocumentService;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.shared.security.Actor;
import org.ltcare.web.i18n.Formats;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The service agreements on an institution's page, each with its signed PDF; signing is a contracting step. */
@Named
@ViewScoped
public class AgreementPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private ContractingService contracting;

    @Inject
    private Actor actor;

    @Inject
    private AgreementDocumentService documents;

    @Inject
    private Messages messages;

    private Long id;
    private List<ServiceAgreement> signed = List.of();

    public void load() {
        id = InstitutionPages.shownInstitution(id, actor);
        signed = InstitutionPages.listed(id, shown -> agreements.of(actor, shown));
    }

    public StreamedContent pdf(ServiceAgreement agreement) {
        AgreementDocumentService.Pdf pdf = documents.pdf(actor, agreement.getId());
        return DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }

    public String careTypesText(ServiceAgreement agreement) {
        return messages.joinClauses(agreement.getLines().stream().map(l -> messages.careType(l.getCareType()) + " "
                + l.getPlaces() + " · " + Formats.yuan(l.getDailyCharge())).toList());
    }

    /** The agency's reviewers start an application for the institution; its own administrator applies itself. */
    public boolean isMayApply() {
        return id != null && contracting.mayApply(actor, id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<ServiceAgreement> getSigned() {
        return signed;
    }
}
