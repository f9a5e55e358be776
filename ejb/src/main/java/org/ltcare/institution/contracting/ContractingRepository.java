package org.ltcare.institution.contracting;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for contracting applications. */
@Stateless
public class ContractingRepository extends EntityRepository<ContractingApplication> {

    public ContractingRepository() {
        super(ContractingApplication.class);
    }

    public List<ContractingApplication> of(long institutionId) {
        return em.createQuery("select a from ContractingApplication a where a.institutionId = :institution "
                + "order by a.submitted.at desc, a.id desc", ContractingApplication.class)
                .setParameter("institution", institutionId).getResultList();
    }

    /** The bureau's queue: applications in the given states (all when empty), oldest first. */
    public List<ContractingApplication> inStatus(List<ContractingStatus> states, int first, int max) {
        return em.createQuery("select a from ContractingApplication a where a.status in :states "
                + "order by a.submitted.at, a.id", ContractingApplication.class)
                .setParameter("states", states).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countInStatus(List<ContractingStatus> states) {
        return em.createQuery("select count(a) from ContractingApplication a where a.status in :states", Long.class)
                .setParameter("states", states).getSingleResult();
    }

    /** The application that signed an agreement, or the renewal opened for it: where its process runs. */
    public Optional<ContractingApplication> bySignedAgreement(long agreementId) {
        return em.createQuery("select a from ContractingApplication a where a.agreementId = :agreement",
                ContractingApplication.class).setParameter("agreement", agreementId).getResultStream().findFirst();
    }

    /** Applications whose public notice runs on {@code day}, newest first. */
    public List<ContractingApplication> inNoticeOn(java.time.LocalDate day) {
        return em.createQuery("select a from ContractingApplication a where a.status = :notice "
                + "and a.noticeFrom <= :day and a.noticeUntil >= :day order by a.noticeFrom desc, a.id desc",
                ContractingApplication.class).setParameter("notice", ContractingStatus.PUBLIC_NOTICE)
                .setParameter("day", day).getResultList();
    }

    /** DD-370200-2026-0000123-01: region, year, institution, and its how-many-th application. */
    public String nextNumber(org.ltcare.institution.CareInstitution institution, java.time.LocalDate today) {
        return String.format("DD-%s-%d-%07d-%02d", institution.getOrganisation().getRegionCode(), today.getYear(),
                institution.getId(), countOf(institution.getId()) + 1);
    }

    public long countOf(long institutionId) {
        return em.createQuery("select count(a) from ContractingApplication a where a.institutionId = :institution",
                Long.class).setParameter("institution", institutionId).getSingleResult();
    }

    public void save(ContractingApplication application) {
        em.persist(application);
        em.flush();
    }
}
