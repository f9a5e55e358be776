package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
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

    public List<CareAdmission> ofInstitution(long institutionId, List<AdmissionStatus> states) {
        return em.createQuery("select a from CareAdmission a where a.institutionId = :institution "
                + "and a.status in :states order by a.requested.at desc, a.id desc", CareAdmission.class)
                .setParameter("institution", institutionId).setParameter("states", states).getResultList();
    }

    /** Admissions in care on {@code day} (admitted, started, not ended), for the bureau's overview. */
    public List<CareAdmission> inCareOn(LocalDate day) {
        return InCare.on(em.createQuery("select a from CareAdmission a where " + InCare.JPQL, CareAdmission.class), day)
                .getResultList();
    }

    public void save(CareAdmission admission) {
        em.persist(admission);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}
