package org.ltcare.settlement.run;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ltcare.benefit.InCare;
import org.ltcare.settlement.payout.PayoutRepository;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.model.UniqueKeys;
import org.ltcare.shared.node.ThisNode;

/** The runs' rows and the institutions a month's run generates for; each method commits on its own. */
@Stateless
public class ClaimRuns {

    static final int RECENT = 20;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ThisNode node;

    /**
     * The region's institutions with someone admitted on a day of the month, by id (the order the job goes in).
     */
    public List<Long> institutionsInCare(YearMonth month, String region, long afterId) {
        return InCare.during(em.createQuery("select distinct a.institutionId from CareAdmission a where "
                + InCare.JPQL + " and a.institutionId > :after "
                + "and a.institutionId in (" + PayoutRepository.INSTITUTIONS_OF_REGION + ") "
                + "order by a.institutionId", Long.class), month.atDay(1), month.atEndOfMonth())
                .setParameter("region", region).setParameter("after", afterId).getResultList();
    }

    /**
     * A new running run of the month, to be run on this node.
     *
     * @throws BusinessException "claimRun.alreadyRunning" when a run of the region's month is running (on any node):
     *     the database keeps one running run per region and month (V52), so two started at once start once
     */
    public ClaimRun create(YearMonth month, String region, String username) {
        ClaimRun run = new ClaimRun(month, region, institutionsInCare(month, region, 0).size(), username,
                clock.instant(), node.bootId());
        em.persist(run);
        flushAsTheOnlyRunningRun(month);
        return run;
    }

    /**
     * Marks a failed or stopped run as started again on this node; false if it is not restartable (taken by someone
     * else).
     *
     * @throws BusinessException "claimRun.alreadyRunning" when another run of its month is running
     */
    public boolean restarting(long runId) {
        ClaimRun run = em.find(ClaimRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.isRestartable()) {
            return false;
        }
        run.restarting(node.bootId());
        flushAsTheOnlyRunningRun(run.getMonth());
        return true;
    }

    private void flushAsTheOnlyRunningRun(YearMonth month) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            throw new BusinessException("claimRun.alreadyRunning", month.toString());
        }
    }

    /** Records the execution; the status is left as it is (the job may already have ended and said so). */
    public ClaimRun executionStarted(long runId, long executionId) {
        ClaimRun run = em.find(ClaimRun.class, runId);
        run.execution(executionId);
        return run;
    }

    /** A chunk's institutions: generated, or left as they were because their claim is submitted. */
    public void progressed(long runId, int generated, int alreadySubmitted, int lines) {
        em.createQuery("update ClaimRun r set r.run.done = r.run.done + :done, r.skipped = r.skipped + :skipped, "
                + "r.lineCount = r.lineCount + :lines where r.id = :run").setParameter("done", generated + alreadySubmitted)
                .setParameter("skipped", alreadySubmitted).setParameter("lines", lines).setParameter("run", runId)
                .executeUpdate();
    }

    /**
     * Writes what one institution's generation changed and forgets everything the chunk's persistence context holds,
     * so the next institution's queries do not dirty-check the previous ones' hundreds of rows (issue 23).
     */
    public void release() {
        em.flush();
        em.clear();
    }

    public void ended(long runId, RunStatus status, String why) {
        em.find(ClaimRun.class, runId).ended(status, why, clock.instant());
    }

    public Optional<ClaimRun> find(long runId) {
        return Optional.ofNullable(em.find(ClaimRun.class, runId));
    }

    public List<ClaimRun> recent(String region) {
        return em.createQuery("select r from ClaimRun r where r.regionCode = :region "
                + "order by r.started.at desc, r.id desc", ClaimRun.class).setParameter("region", region)
                .setMaxResults(RECENT).getResultList();
    }
}
