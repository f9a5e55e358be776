package org.ltcare.care.visit;

import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.shared.model.EntityRepository;

/** JPA queries for home visits. */
@Stateless
public class HomeVisitRepository extends EntityRepository<HomeVisit> {

    public HomeVisitRepository() {
        super(HomeVisit.class);
    }

    /** The institution's visits checked in on {@code from..to}, newest first. */
    public List<HomeVisit> ofInstitution(long institutionId, LocalDate from, LocalDate to, boolean unverifiedOnly,
                                         int first, int max) {
        return em.createQuery("select v from HomeVisit v where v.institutionId = :institution "
                + "and v.visitDate between :from and :to"
                + (unverifiedOnly ? " and v.unverifiedReason is not null" : "")
                // the visit's date is its check-in's: ordering by it first lets the index (institution, date,
                // check-in) hand the newest page without sorting the period's visits (V49)
                + " order by v.visitDate desc, v.checkedInAt desc, v.id desc", HomeVisit.class)
                .setParameter("institution", institutionId).setParameter("from", from).setParameter("to", to)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The institution's visits checked in on {@code from..to} for the audit, at most {@code max}, in check-in order. */
    public List<VisitCheckIn> checkInsOf(long institutionId, LocalDate from, LocalDate to, int max) {
        return em.createQuery("select new org.ltcare.care.visit.VisitCheckIn(v.id, v.insuredId, v.careWorkerId, "
                + "v.checkedInAt, v.checkedOutAt, v.checkInLatitude, v.checkInLongitude) from HomeVisit v "
                + "where v.institutionId = :institution and v.visitDate between :from and :to "
                + "order by v.checkedInAt, v.id", VisitCheckIn.class)
                .setParameter("institution", institutionId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    /** The institution's visits of {@code from..to}: how many, and how many of them unverified — one statement. */
    public VisitCounts countsOfInstitution(long institutionId, LocalDate from, LocalDate to) {
        Object[] counts = em.createQuery("select count(v), coalesce(sum(case when v.unverifiedReason is not null "
                + "then 1 else 0 end), 0) from HomeVisit v where v.institutionId = :institution "
                + "and v.visitDate between :from and :to", Object[].class)
                .setParameter("institution", institutionId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new VisitCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /** Visits per worker and day ("workerId/day") among these workers in {@code from..to}. */
    public Map<String, Integer> visitsPerWorkerDay(Collection<Long> workerIds, LocalDate from, LocalDate to) {
        Map<String, Integer> counts = new HashMap<>();
        if (workerIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select v.careWorkerId, v.visitDate, count(v) from HomeVisit v "
                + "where v.careWorkerId in :workers and v.visitDate between :from and :to "
                + "group by v.careWorkerId, v.visitDate", Object[].class)
                .setParameter("workers", workerIds).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> counts.put(row[0] + "/" + row[1], ((Number) row[2]).intValue()));
        return counts;
    }

    /**
     * The days with visits per admission in {@code from..to}: verified for a day with a verified visit, else with
     * the id of an unverified one (settlement's service record for home care, and its evidence).
     */
    public Map<Long, Map<LocalDate, VisitDay>> visitDays(Collection<Long> admissionIds, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, VisitDay>> days = new HashMap<>();
        if (admissionIds.isEmpty()) {
            return days;
        }
        em.createQuery("select v.admissionId, v.visitDate, v.unverifiedReason, v.id from HomeVisit v "
                + "where v.admissionId in :admissions and v.visitDate between :from and :to", Object[].class)
                .setParameter("admissions", admissionIds).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> days.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .merge((LocalDate) row[1], new VisitDay(row[2] == null, (Long) row[3]), VisitDay::and));
        return days;
    }

    /** The visits with these external ids of the institution's system. */
    public Map<String, HomeVisit> byExternalRefs(long institutionId, Collection<String> refs) {
        Map<String, HomeVisit> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        em.createQuery("select v from HomeVisit v where v.institutionId = :institution and v.externalRef in :refs",
                HomeVisit.class).setParameter("institution", institutionId).setParameter("refs", refs)
                .getResultStream().forEach(v -> found.put(v.getExternalRef(), v));
        return found;
    }

    /** Writes what is pending, so that a new visit has its id. */
    public void flush() {
        em.flush();
    }

    public Optional<VisitSignature> signature(long visitId) {
        return Optional.ofNullable(em.find(VisitSignature.class, visitId));
    }

    /** Keeps the visit's signature image (replacing one kept before). The visit must have its id. */
    public void saveSignature(long visitId, byte[] png) {
        signature(visitId).ifPresentOrElse(kept -> kept.replace(png),
                () -> em.persist(new VisitSignature(visitId, png)));
    }
}
