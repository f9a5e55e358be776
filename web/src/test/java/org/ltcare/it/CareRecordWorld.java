package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.CareChoice;
import org.ltcare.institution.CareInstitution;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerForm;
import org.ltcare.care.worker.CareWorkerService;
import org.ltcare.insured.IdNumber;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;

/**
 * Test fixture of care records: a beneficiary in an institution's care since a day in the past (the admission is
 * made through the services, then its first day and its conclusion moved back in the tables: a new conclusion's
 * benefit starts next month, and records and claims are of days gone by), and care workers.
 */
@Stateless
public class CareRecordWorld {

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Inject
    CareWorld care;

    @Inject
    AdmissionService admissions;

    @Inject
    CareWorkerService workers;

    @Inject
    org.ltcare.demo.DemoBackdating backdating;

    @Inject
    Institutions institutions;

    /** A person of the world concluded at grade 3 and in {@code institution}'s {@code careType} since {@code since}. */
    public CareAdmission inCareSince(AssessmentWorld.World world, CareInstitution institution, CareType careType,
                                     LocalDate since) {
        AssessmentApplication application = care.concluded(world, Scores.grade3());
        CareAdmission requested = admissions.choose(world.reviewer(), application.getId(),
                new CareChoice(careType, institution.getId(), Set.of()));
        CareAdmission admitted = admissions.admit(care.staffOf(institution), requested.getId(),
                LocalDate.now(ClockProducer.ZONE), careType == CareType.HOME ? 3 : null);
        em.flush();
        // The demo's own way back in time: the conclusion from the month before, so its benefit has started.
        backdating.inCareSince(admitted.getId(), admitted.getConclusionId(), since);
        em.clear();
        return em.find(CareAdmission.class, admitted.getId());
    }

    /** The ID number of the admission's beneficiary. */
    public String idNumberOf(CareAdmission admission) {
        return em.find(org.ltcare.insured.InsuredPerson.class, admission.getInsuredId()).getIdNumber().value();
    }

    /** The institution's care worker number {@code n} (1–12), registered by its administrator. */
    public CareWorker worker(CareInstitution institution, String name, int n) {
        // 370202 + born 1985-MM-15 (MM = n, 1–12) + a sequence from the institution's id: valid and distinct.
        String idNumber = IdNumber.fromFirst17(String.format("3702021985%02d15%03d", n, institution.getId() % 1000))
                .value();
        return workers.register(adminOf(institution), institution.getId(),
                new CareWorkerForm(name, idNumber, "养老护理员（四级）", "13800000000"));
    }

    public org.ltcare.shared.security.Actor adminOf(CareInstitution institution) {
        String username = "adm-" + institution.getOrganisation().getCode();
        return em.createQuery("select u from UserAccount u where u.username = :u", org.ltcare.shared.security.UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseGet(() -> institutions.adminAccount(institution)).toActor();
    }
}
