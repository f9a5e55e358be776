package org.ltcare.care;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.InCare;
import org.ltcare.policy.rules.CareType;

/** JPA queries for bed-day absences and the closing of an institution's months. */
@Stateless
public class BedDayRepository {

    private static final List<CareType> BED_BASED = List.of(CareType.SPECIALIZED, CareType.RESIDENTIAL);

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** The institution's admitted 专护/院护 admissions with a day in {@code from..to}. */
    public List<CareAdmission> bedBasedAdmissions(long institutionId, LocalDate from, LocalDate to) {
        return admissions(institutionId, BED_BASED, from, to);
    }

    /** The institution's admitted admissions of these care types with a day in {@code from..to}. */
    public List<CareAdmission> admissions(long institutionId, Collection<CareType> types, LocalDate from,
                                          LocalDate to) {
        return InCare.during(em.createQuery("select a from CareAdmission a where a.institutionId = :institution "
                + "and a.careType in :types and " + InCare.JPQL + " order by a.startsOn, a.id", CareAdmission.class),
                from, to).setParameter("institution", institutionId).setParameter("types", types).getResultList();
    }

    public List<BedDayAbsence> absences(long institutionId, LocalDate from, LocalDate to) {
        return em.createQuery("select b from BedDayAbsence b where b.institutionId = :institution "
                + "and b.absentOn between :from and :to", BedDayAbsence.class)
                .setParameter("institution", institutionId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public Optional<BedDayAbsence> absence(long admissionId, LocalDate day) {
        return em.createQuery("select b from BedDayAbsence b where b.admissionId = :admission "
                + "and b.absentOn = :day", BedDayAbsence.class)
                .setParameter("admission", admissionId).setParameter("day", day).getResultStream().findFirst();
    }

    /** The absences of these admissions, for settlement and the bulk entry. */
    public List<BedDayAbsence> absencesOf(Collection<Long> admissionIds, LocalDate from, LocalDate to) {
        if (admissionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from BedDayAbsence b where b.admissionId in :admissions "
                + "and b.absentOn between :from and :to", BedDayAbsence.class)
                .setParameter("admissions", admissionIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public void save(BedDayAbsence absence) {
        em.persist(absence);
    }

    public void delete(BedDayAbsence absence) {
        em.remove(absence);
    }

    public boolean isClosed(long institutionId, YearMonth month) {
        return !em.createNativeQuery("select 1 from care_month_closure where institution_id = ? and month = ?")
                .setParameter(1, institutionId).setParameter(2, month.toString()).getResultList().isEmpty();
    }

    /** The institution's closed months among {@code from..to}. */
    public List<String> closedMonths(long institutionId, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<String> months = em.createNativeQuery("select month from care_month_closure where institution_id = ? "
                + "and month between ? and ?").setParameter(1, institutionId).setParameter(2, from.toString())
                .setParameter(3, to.toString()).getResultList();
        return months;
    }

    /** Closes the month; false if it was closed already. */
    public boolean close(long institutionId, YearMonth month, String closedBy, Instant closedAt) {
        return em.createNativeQuery("insert ignore into care_month_closure (institution_id, month, closed_by, "
                + "closed_at) values (?, ?, ?, ?)").setParameter(1, institutionId).setParameter(2, month.toString())
                .setParameter(3, closedBy).setParameter(4, java.sql.Timestamp.from(closedAt)).executeUpdate() == 1;
    }

    /** Opens a closed month again (a returned claim is corrected before it is resubmitted). */
    public void reopen(long institutionId, YearMonth month) {
        em.createNativeQuery("delete from care_month_closure where institution_id = ? and month = ?")
                .setParameter(1, institutionId).setParameter(2, month.toString()).executeUpdate();
    }
}
