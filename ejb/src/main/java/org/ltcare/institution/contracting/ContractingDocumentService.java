package org.ltcare.institution.contracting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;

/**
 * The documents of a contracting application: the institution's administrator (or the agency's reviewer for it)
 * hands them in while the application is in document review or returned for correction, each under a checklist
 * item; whoever may see the application may read them. Uploads and removals are audited.
 */
@Stateless
public class ContractingDocumentService {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private ContractingService contracting;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public ContractingDocument attach(Actor actor, long applicationId, ChecklistItem item, DocumentFile file) {
        ContractingApplication application = contracting.find(actor, applicationId);
        requireHandingIn(actor, application);
        if (item == null) {
            throw new BusinessException("contracting.document.itemMissing");
        }
        ContractingDocument document = new ContractingDocument(applicationId, item, file.checked(), file.content(),
                actor.username(), clock.instant());
        em.persist(document);
        em.flush();
        audit.record(actor, "ATTACH_DOCUMENT", null, document);
        return document;
    }

    public void remove(Actor actor, long documentId) {
        ContractingDocument document = em.find(ContractingDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("ContractingDocument", documentId);
        }
        requireHandingIn(actor, contracting.find(actor, document.getApplicationId()));
        audit.record(actor, "REMOVE_DOCUMENT", document.auditState(), document);
        em.remove(document);
    }

    /** The application's documents in checklist order, oldest first within an item (content not loaded). */
    public List<ContractingDocument> of(Actor actor, long applicationId) {
        contracting.find(actor, applicationId);
        return em.createQuery("select d from ContractingDocument d where d.applicationId = :application "
                + "order by d.item, d.uploaded.at", ContractingDocument.class)
                .setParameter("application", applicationId).getResultList();
    }

    public ContractingDocument download(Actor actor, long documentId) {
        ContractingDocument document = em.find(ContractingDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("ContractingDocument", documentId);
        }
        contracting.find(actor, document.getApplicationId());
        document.getContent();
        return document;
    }

    /** Whether the actor may hand in documents for the application now. */
    public boolean mayHandIn(Actor actor, ContractingApplication application) {
        boolean open = application.getStatus() == ContractingStatus.DOCUMENT_REVIEW
                || application.getStatus() == ContractingStatus.RETURNED;
        boolean ownAdmin = actor.has(Role.INSTITUTION_ADMIN) && actor.organisationId() == application.getInstitutionId();
        return open && (ownAdmin || actor.has(Role.AGENCY_REVIEWER));
    }

    private void requireHandingIn(Actor actor, ContractingApplication application) {
        if (!mayHandIn(actor, application)) {
            throw new AccessDeniedException("contracting.document");
        }
    }
}
