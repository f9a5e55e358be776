package org.ltcare.institution.contracting;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementEnded;
import org.ltcare.institution.AgreementRepository;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.NotFoundException;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.workflow.ProcessTasks;

/**
 * The contracting steps no user takes: the workflow's timers (a lapsed correction, the renewal opening, an
 * unrenewed agreement's end), a termination stopping the workflow, and the public notice. They act without a
 * user's scope, so they read institutions and agreements from their repositories.
 */
@Stateless
public class ContractingLifecycle {

    @Inject
    private ContractingRepository applications;

    @Inject
    private InstitutionRepository institutionRecords;

    @Inject
    private AgreementRepository agreementRecords;

    @Inject
    private AgreementService agreements;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private ProcessTasks process;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The correction deadline passed without a corrected application (the workflow's timer). */
    public void lapse(Actor system, long id) {
        ContractingApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", id));
        Map<String, Object> before = application.auditState();
        application.lapse();
        audit.record(system, "LAPSED", before, application);
    }

    /**
     * Opens the renewal of the agreement that {@code signedId} signed, on that agreement's terms as the draft
     * (the workflow's timer before the agreement ends). Returns the renewal, which the process follows from now.
     */
    public ContractingApplication openRenewal(Actor system, long signedId) {
        ContractingApplication signed = applications.find(signedId)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", signedId));
        ServiceAgreement agreement = agreementRecords.find(signed.getAgreementId())
                .orElseThrow(() -> new NotFoundException("ServiceAgreement", signed.getAgreementId()));
        List<AgreedCareType> current = agreement.getLines().stream()
                .map(l -> new AgreedCareType(l.getCareType(), l.getPlaces(), l.getDailyCharge())).toList();
        CareInstitution institution = institution(signed.getInstitutionId());
        LocalDate today = LocalDate.now(clock);
        ContractingApplication renewal = new ContractingApplication(applications.nextNumber(institution, today),
                institution.getId(), ContractingKind.RENEWAL, current,
                ruleSets.inForce(institution.getOrganisation().getRegionCode(), today).getCode(),
                agreement.getId(), system.username(), clock.instant());
        applications.save(renewal);
        renewal.startedAs(signed.getProcessInstanceId());
        audit.record(system, "OPEN_RENEWAL", null, renewal);
        return renewal;
    }

    /** The last day of an unrenewed agreement has passed: the agreement ends, an open renewal lapses. */
    public ServiceAgreement expire(Actor system, long id) {
        ContractingApplication application = applications.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("ContractingApplication", id));
        if (application.getStatus() == ContractingStatus.RENEWAL_REVIEW) {
            Map<String, Object> before = application.auditState();
            application.lapse();
            audit.record(system, "LAPSED", before, application);
        }
        long ending = application.getStatus() == ContractingStatus.SIGNED ? application.getAgreementId()
                : application.getRenewsAgreementId();
        return agreements.expire(system, ending);
    }

    /** A terminated agreement (a sanction) ends its workflow: no renewal, no expiry step. */
    public void onAgreementEnded(@Observes AgreementEnded ended) {
        for (ContractingApplication application : applications.of(ended.institutionId())) {
            String instance = application.getProcessInstanceId();
            boolean concerns = Long.valueOf(ended.agreementId()).equals(application.getAgreementId())
                    || Long.valueOf(ended.agreementId()).equals(application.getRenewsAgreementId());
            if (concerns && process.subscribed(instance, ContractingProcess.MESSAGE_AGREEMENT_TERMINATED)) {
                if (application.getStatus() == ContractingStatus.RENEWAL_REVIEW) {
                    Map<String, Object> before = application.auditState();
                    application.lapse();
                    audit.record(ended.actor(), "LAPSED", before, application);
                }
                process.correlate(ended.actor(), instance, ContractingProcess.MESSAGE_AGREEMENT_TERMINATED, Map.of());
                return;
            }
        }
    }

    /**
     * The public 拟定点公示 (no login): institutions whose evaluation passed and whose notice runs today, with what
     * they are to be contracted for, in Chinese as the bureau publishes it. Nothing personal is shown.
     */
    public List<ContractingNoticeLine> publicNotice() {
        return applications.inNoticeOn(LocalDate.now(clock)).stream().map(application -> {
            CareInstitution institution = institution(application.getInstitutionId());
            String careTypes = String.join("、", application.getCareTypes().stream()
                    .map(c -> EnumLabels.of(c.getCareType(), PrintedDocument.LOCALE) + " " + c.getPlaces())
                    .toList());
            return new ContractingNoticeLine(institution.getName(), institution.kindText(), institution.getAddress(),
                    careTypes,
                    application.getNoticeFrom(), application.getNoticeUntil());
        }).toList();
    }

    private CareInstitution institution(long id) {
        return institutionRecords.find(id).orElseThrow(() -> new NotFoundException("CareInstitution", id));
    }
}
