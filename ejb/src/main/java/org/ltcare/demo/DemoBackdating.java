package org.ltcare.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.time.ClockProducer;

/**
 * Moves demo records back in time, past the services (which date what they do today): a demo beneficiary has been
 * in care for months, and its institution's earlier claims were submitted, reviewed and paid in their own cycles.
 * Only the demo loader calls it.
 */
@Stateless
public class DemoBackdating {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    /** In care since {@code since}; concluded on the 1st of the month before, so the benefit has started by then. */
    public void inCareSince(long admissionId, long conclusionId, LocalDate since) {
        em.createNativeQuery("update care_admission set admitted_on = ?1, starts_on = ?1 where id = ?2")
                .setParameter(1, since).setParameter(2, admissionId).executeUpdate();
        LocalDate concluded = since.minusMonths(1).withDayOfMonth(1);
        em.createNativeQuery("update assessment_conclusion set concluded_on = ?1, benefit_from = ?2, valid_through = ?3 "
                + "where id = ?4").setParameter(1, concluded).setParameter(2, concluded.plusMonths(1))
                .setParameter(3, concluded.plusYears(2).minusDays(1)).setParameter(4, conclusionId).executeUpdate();
    }

    /** Submitted on the 5th of the month after its care month: in the window, so into that month's cycle. */
    public void submittedInItsCycle(long claimId, YearMonth month, DeadlineExplanation payoutDue) {
        // JPQL, so that instants are written in the persistence unit's time zone as every other one.
        em.createQuery("update CareClaim c set c.submitted.at = :at, c.cycle = :cycle, c.payoutDueOn = :due, "
                + "c.payoutDueBasis = :basis where c.id = :id").setParameter("at", submittedAt(month))
                .setParameter("cycle", month.plusMonths(1).toString()).setParameter("due", payoutDue.due())
                .setParameter("basis", payoutDue).setParameter("id", claimId).executeUpdate();
    }

    /** Reviewed, reviewed again and approved three, six and nine days after that submission. */
    public void reviewedAfterSubmission(long claimId, YearMonth month) {
        Instant submitted = submittedAt(month);
        em.createQuery("update CareClaim c set c.firstReviewed.at = :first, c.secondReviewed.at = :second, "
                + "c.approved.at = :approved where c.id = :id").setParameter("first", submitted.plus(Duration.ofDays(3)))
                .setParameter("second", submitted.plus(Duration.ofDays(6)))
                .setParameter("approved", submitted.plus(Duration.ofDays(9))).setParameter("id", claimId)
                .executeUpdate();
    }

    private static Instant submittedAt(YearMonth month) {
        return month.plusMonths(1).atDay(5).atTime(10, 0).atZone(ClockProducer.ZONE).toInstant();
    }

    /** A cycle's batch prepared and paid at {@code paidAt} (China Standard Time). */
    public void paidOn(long batchId, LocalDateTime paidAt) {
        Instant at = paidAt.atZone(ClockProducer.ZONE).toInstant();
        em.createQuery("update PayoutBatch b set b.prepared.at = :at, b.completedAt = :at where b.id = :id")
                .setParameter("at", at).setParameter("id", batchId).executeUpdate();
        em.createQuery("update Payout p set p.paidAt = :at where p.batchId = :id")
                .setParameter("at", at).setParameter("id", batchId).executeUpdate();
        em.createQuery("update CareClaim c set c.paidAt = :at where c.payoutBatchId = :id")
                .setParameter("at", at).setParameter("id", batchId).executeUpdate();
    }

    /** Whether the demo institution already has people in care (the history is loaded once). */
    public boolean hasAdmissions(long institutionId) {
        return ((Number) em.createNativeQuery("select count(*) from care_admission where institution_id = ?1")
                .setParameter(1, institutionId).getSingleResult()).longValue() > 0;
    }
}
