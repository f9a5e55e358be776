package org.ltcare.institution.agreement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionService;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccount;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * The signed agreement as a PDF, for the institution and bureau staff. Party one is the signing approver's
 * bureau; everything else comes from the stored agreement and the institution's profile.
 */
@Stateless
public class AgreementDocumentService {

    /** A rendered document and the name it is downloaded under. */
    public record Pdf(String fileName, byte[] content) {
    }

    @Inject
    private AgreementService agreements;

    @Inject
    private InstitutionService institutions;

    @Inject
    private UserAccountRepository accounts;

    public Pdf pdf(Actor actor, long agreementId) {
        ServiceAgreement agreement = agreements.find(actor, agreementId);
        CareInstitution institution = institutions.find(actor, agreement.getInstitutionId());
        UserAccount signer = accounts.findByUsername(agreement.getSigned().getBy()).orElseThrow();
        String renews = agreement.getRenewsAgreementId() == null ? null
                : agreements.find(actor, agreement.getRenewsAgreementId()).getNumber();
        AgreementDocument document = new AgreementDocument(
                agreement.getNumber(),
                signer.getOrganisation().getName(),
                institution.getName(),
                institution.getCreditCode(),
                institution.kindText(),
                institution.getAddress(),
                institution.getContactName(),
                institution.getContactPhone(),
                agreement.getLines().stream()
                        .map(l -> new AgreementLine(EnumLabels.of(l.getCareType(), PrintedDocument.LOCALE),
                                l.getPlaces(), l.getDailyCharge()))
                        .toList(),
                agreement.getValidFrom(),
                agreement.getValidUntil(),
                signer.getDisplayName(),
                LocalDate.ofInstant(agreement.getSigned().getAt(), ClockProducer.ZONE),
                agreement.getRuleSetCode(),
                renews);
        return new Pdf(agreement.getNumber() + ".pdf", AgreementPdf.render(document));
    }
}
