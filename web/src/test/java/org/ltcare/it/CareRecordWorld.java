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
import org.ltcare.institution.worker.CareWorker;
import org.ltcare.institution.worker.CareWorkerForm;
import org.ltcare.institution.worker.CareWorkerService;
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
        em.createNativeQuery("update care_admission set admitted_on = ?1, starts_on = ?1 where id = ?2")
                .setParameter(1, since).setParameter(2, admitted.getId()).executeUpdate();
        // The conclusion, too, from a month before: its benefit has started by then (rules.md §5).
        LocalDate concluded = since.minusMonths(1).withDayOfMonth(1);
        em.createNativeQuery("update assessment_conclusion set concluded_on = ?1, benefit_from = ?2, "
                + "valid_through = ?3 where id = ?4").setParameter(1, concluded)
                .setParameter(2, concluded.plusMonths(1)).setParameter(3, concluded.plusYears(2).minusDays(1))
                .setParameter(4, admitted.getConclusionId()).executeUpdate();
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
