package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.ltcare.insured.IdNumber;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for admissions. */
@Stateless
public class AdmissionRepository extends EntityRepository<CareAdmission> {

    public AdmissionRepository() {
        super(CareAdmission.class);
    }

    public List<CareAdmission> ofApplication(long applicationId) {
        return em.createQuery("select a from CareAdmission a where a.applicationId = :application order by a.id",
                CareAdmission.class).setParameter("application", applicationId).getResultList();
    }

    public List<CareAdmission> ofInsured(long insuredId) {
        return em.createQuery("select a from CareAdmission a where a.insuredId = :insured "
                + "order by a.requested.at desc, a.id desc", CareAdmission.class)
                .setParameter("insured", insuredId).getResultList();
    }

    /** Places the institution's admissions of a care type hold on or after {@code day}. */
    public long occupiedFrom(long institutionId, CareType careType, LocalDate day) {
        return em.createQuery("select count(a) from CareAdmission a where a.institutionId = :institution "
                + "and a.careType = :careType and a.status = :admitted and (a.endsOn is null or a.endsOn >= :day)",
                Long.class).setParameter("institution", institutionId).setParameter("careType", careType)
                .setParameter("admitted", AdmissionStatus.ADMITTED).setParameter("day", day).getSingleResult();
    }

    /** An admission with what its institution's lists show of the person: name, ID number, grade. */
    public record Named(CareAdmission admission, String name, IdNumber idNumber, int grade) {
    }

    /**
     * The institution's admissions in {@code states} with their people, in one statement (the lists of a nursing
     * home's 70 residents read the conclusion and the person of each one by one before: 200 statements a page). One
     * status, not a list: Hibernate translates a query with a list parameter again at every execution.
     */
    public List<Named> namedOfInstitution(long institutionId, AdmissionStatus status) {
        return em.createQuery("select a, p.name, p.idNumber, c.grade from CareAdmission a, AssessmentConclusion c "
                + "join c.application app join app.insured p where c.id = a.conclusionId "
                + "and a.institutionId = :institution and a.status = :status "
                + "order by a.requested.at desc, a.id desc", Object[].class)
                .setParameter("institution", institutionId).setParameter("status", status).getResultStream()
                .map(row -> new Named((CareAdmission) row[0], (String) row[1], (IdNumber) row[2], (Integer) row[3]))
                .toList();
    }

    /**
     * People in care on {@code day} in the institutions of {@code region}, counted by care type and grade (rows of
     * care type, grade, count, by grade): the care overview's and the dashboard's one count.
     */
    public List<Object[]> inCareByTypeAndGrade(String region, LocalDate day) {
        return InCare.on(em.createQuery("select a.careType, c.grade, count(a) from CareAdmission a, "
                + "AssessmentConclusion c, Organisation o where c.id = a.conclusionId and o.id = a.institutionId "
                + "and o.regionCode = :region and " + InCare.JPQL + " group by a.careType, c.grade "
                + "order by c.grade, a.careType", Object[].class),
                day).setParameter("region", region).getResultList();
    }

    public void save(CareAdmission admission) {
        em.persist(admission);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
