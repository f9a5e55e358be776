package org.ltcare.benefit;

import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for hospital stays. */
@Stateless
public class HospitalStayRepository extends EntityRepository<HospitalStay> {

    public HospitalStayRepository() {
        super(HospitalStay.class);
    }

    /**
     * The person, locked: stays of one person are recorded one after the other, so that the overlap check sees
     * the stay recorded just before (the table cannot refuse an overlap itself).
     */
    public Optional<InsuredPerson> personForUpdate(long insuredId) {
        return Optional.ofNullable(em.find(InsuredPerson.class, insuredId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The person's stays by admission day; {@code lock} reads the latest committed rows, as a check must. */
    public List<HospitalStay> ofInsured(long insuredId, boolean lock) {
        return em.createQuery("select s from HospitalStay s where s.insuredId = :insured "
                + "order by s.admittedOn, s.id", HospitalStay.class)
                .setParameter("insured", insuredId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
    }

    public void save(HospitalStay stay) {
        em.persist(stay);
        em.flush();
    }

    public java.util.Optional<HospitalStay> byExternalRef(String source, String externalRef) {
        return em.createQuery("select s from HospitalStay s where s.source = :source and s.externalRef = :ref",
                HospitalStay.class).setParameter("source", source).setParameter("ref", externalRef)
                .getResultStream().findFirst();
    }

    /** The stays of these people with a day in {@code from..to}, for an institution's month grid. */
    public List<HospitalStay> ofInsuredWithin(java.util.Collection<Long> insuredIds, java.time.LocalDate from,
                                              java.time.LocalDate to) {
        if (insuredIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from HospitalStay s where s.insuredId in :insured and s.admittedOn <= :to "
                + "and (s.dischargedOn is null or s.dischargedOn >= :from)", HospitalStay.class)
                .setParameter("insured", insuredIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
