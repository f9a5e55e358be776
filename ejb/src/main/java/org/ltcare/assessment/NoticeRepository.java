package org.ltcare.assessment;

import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for public notices and objections. */
@Stateless
public class NoticeRepository extends EntityRepository<PublicNotice> {

    public NoticeRepository() {
        super(PublicNotice.class);
    }

    public Optional<PublicNotice> openOf(long applicationId, boolean lock) {
        return em.createQuery("select n from PublicNotice n where n.application.id = :application "
                        + "and n.status = :open", PublicNotice.class)
                .setParameter("application", applicationId)
                .setParameter("open", PublicNotice.Status.OPEN)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
    }

    public List<PublicNotice> ofApplication(long applicationId) {
        return em.createQuery("select n from PublicNotice n where n.application.id = :application order by n.id",
                PublicNotice.class).setParameter("application", applicationId).getResultList();
    }

    /** The open notices, the ones ending soonest first, a page at a time. */
    public List<PublicNotice> open(int first, int max) {
        return em.createQuery("select n from PublicNotice n "
                        + "where n.status = :open order by n.endsOn, n.id", PublicNotice.class)
                .setParameter("open", PublicNotice.Status.OPEN)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countOpen() {
        return em.createQuery("select count(n) from PublicNotice n where n.status = :open", Long.class)
                .setParameter("open", PublicNotice.Status.OPEN).getSingleResult();
    }

    public List<Objection> objectionsOf(long applicationId) {
        return em.createQuery("select o from Objection o where o.applicationId = :application order by o.id",
                Objection.class).setParameter("application", applicationId).getResultList();
    }

    public List<Objection> undecidedObjectionsOf(long applicationId) {
        return em.createQuery("select o from Objection o where o.applicationId = :application "
                        + "and o.status = :lodged order by o.id", Objection.class)
                .setParameter("application", applicationId)
                .setParameter("lodged", Objection.Status.LODGED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public void save(PublicNotice notice) {
        em.persist(notice);
        em.flush();
    }

    public void save(Objection objection) {
        em.persist(objection);
        em.flush();
    }
}
