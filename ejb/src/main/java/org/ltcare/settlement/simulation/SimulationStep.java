package org.ltcare.settlement.simulation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.shared.node.ThisNode;

/**
 * One month of a simulation in its own transaction: the region's approved and paid claim lines of the month, each
 * computed again under the draft, summed by institution and care type into result rows, each line the draft
 * changes kept with both sides' arithmetic; the run's progress in the same commit. It reads claims and writes only the simulation's tables.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SimulationStep {

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private AuditRuleService auditRules;

    @Inject
    private Clock clock;

    @Inject
    private ThisNode node;

    /**
     * Simulates the run's next month, if the run is still this node's and still running: false otherwise (taken over
     * by another node, which goes on with it) — so a month is never counted twice.
     */
    public boolean nextMonth(long runId) {
        SimulationRun run = em.find(SimulationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (!run.getRun().isRunning() || !run.isRunBy(node.bootId())) {
            return false;
        }
        YearMonth month = run.nextMonth();
        RuleSet draft = em.find(RuleSet.class, run.getRuleSetId());
        AppliedRules applied = auditRules.applied(draft.getId());
        List<Object[]> rows = em.createQuery("select l, c.institutionId from ClaimLine l, CareClaim c "
                + "where c.id = l.claimId and c.month = :month and c.status in :decided and c.institutionId in "
                + "(select o.id from Organisation o where o.regionCode = :region) order by c.institutionId, l.id",
                Object[].class).setParameter("month", month.toString())
                .setParameter("decided", List.of(ClaimStatus.APPROVED, ClaimStatus.PAID))
                .setParameter("region", run.getRegionCode()).getResultList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Object[] row : rows) {
            ClaimLine line = (ClaimLine) row[0];
            long institutionId = (Long) row[1];
            BigDecimal real = line.getAmounts().getFundShare();
            CareFeeResult computed = LineSimulation.compute(facts(line, month), month, draft.content(), applied);
            BigDecimal simulated = computed.fundShare();
            if (real.compareTo(simulated) != 0) {
                em.persist(new SimulationLine(runId, month, institutionId, line, computed));
            }
            tallies.computeIfAbsent(institutionId + "/" + line.getCareType(),
                    k -> new Tally(institutionId, line.getCareType())).add(line.getInsuredId(), real, simulated);
        }
        for (Tally tally : tallies.values()) {
            em.persist(new SimulationResult(runId, month, tally.institutionId, tally.careType, tally.lines,
                    tally.people.size(), tally.affected.size(), tally.real, tally.simulated));
        }
        run.monthDone();
        if (run.getRun().getDone() == run.getRun().getTotal()) {
            run.completed(clock.instant());
        }
        return true;
    }

    public void failed(long runId, String why) {
        em.find(SimulationRun.class, runId).failed(why, clock.instant());
    }

    private static LineSimulation.LineFacts facts(ClaimLine line, YearMonth month) {
        return new LineSimulation.LineFacts(line.getAdmissionId(), line.getInsuredId(), line.getCareType(),
                line.getGrade(), line.getHospitalLevel(), line.getConclusionOn(), line.getDailyCharge(),
                line.claimedDaysIn(month), line.getRejections(), line.rejectionFacts());
    }

    /** Sums of one institution and care type. */
    private static final class Tally {
        private final long institutionId;
        private final CareType careType;
        private final Set<Long> people = new HashSet<>();
        private final Set<Long> affected = new HashSet<>();
        private int lines;
        private BigDecimal real = BigDecimal.ZERO.setScale(2);
        private BigDecimal simulated = BigDecimal.ZERO.setScale(2);

        Tally(long institutionId, CareType careType) {
            this.institutionId = institutionId;
            this.careType = careType;
        }

        void add(long insuredId, BigDecimal realShare, BigDecimal simulatedShare) {
            lines++;
            people.add(insuredId);
            if (realShare.compareTo(simulatedShare) != 0) {
                affected.add(insuredId);
            }
            real = real.add(realShare);
            simulated = simulated.add(simulatedShare);
        }
    }
}
