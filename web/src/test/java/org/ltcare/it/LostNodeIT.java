package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.overview.report.ReportJob;
import org.ltcare.overview.report.ReportKind;
import org.ltcare.overview.report.ReportRequest;
import org.ltcare.overview.report.ReportService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.payout.Payout;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.settlement.payout.PayoutStep;
import org.ltcare.settlement.run.ClaimRun;
import org.ltcare.settlement.run.ClaimRunService;
import org.ltcare.settlement.run.ClaimRuns;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.node.ThisNode;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * Issue 24: a background run whose node is lost — killed, cut off, or started again — is taken over by a live node
 * and goes on from where it stood: a claim generation from its last checkpoint, a payout batch from the next
 * institution, each claim paid once; a report is ended to be asked again; runs of live nodes are left alone. A node
 * here is a row of app_node (a start and its heartbeats), written as another node would write it; the sweeps that
 * every node runs every ten seconds are also called directly (either may take a run over first: one does). And one
 * month's generation runs once, however many times it is started at once.
 */
class LostNodeIT extends IntegrationTest {

    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ClaimService claims;

    @Inject
    ClaimReviewService reviews;

    @Inject
    ClaimRunService claimRuns;

    @Inject
    ClaimRuns runRows;

    @Inject
    CutClaimRuns cutRuns;

    @Inject
    PayoutService payouts;

    @Inject
    PayoutStep payoutSteps;

    @Inject
    Institutions institutions;

    @Inject
    InstitutionRepository institutionRepository;

    @Inject
    ReportService reports;

    @Inject
    ThisNode thisNode;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    @Test
    void aClaimRunWhoseNodeWasLostGoesOnFromItsCheckpointHere() throws SQLException {
        AssessmentWorld.World world = care.world();
        Actor officer = world.reviewer();
        CutClaimRuns.Cut cutOff = cutRuns.atTheSixthInstitution(world, officer, MONTH);
        ClaimRun cut = cutOff.run();
        CareInstitution last = cutOff.last();
        assertEquals(5, cut.getRun().getDone(), "the first chunk committed before the sixth institution");
        // as a node killed in the sixth institution leaves it: the job's execution and the run still running
        sql("update JOB_EXECUTION set BATCHSTATUS = 'STARTED', ENDTIME = null where JOBEXECUTIONID = ?",
                cut.getExecutionId());
        sql("update STEP_EXECUTION set BATCHSTATUS = 'STARTED', ENDTIME = null where JOBEXECUTIONID = ?",
                cut.getExecutionId());
        sql("update claim_run set status = 'RUNNING', failure = null, node_boot = ? where id = ?",
                aNode(Duration.ofMinutes(10), Duration.ofMinutes(2)), cut.getId());
        long runId = cut.getId();
        BusinessException notByHand = assertThrows(BusinessException.class, () -> claimRuns.restart(officer, runId));
        assertEquals("claimRun.notRestartable", notByHand.messageKey(), "a running run is not restarted by hand");

        claimRuns.resumeRunsOfLostNodes();

        ClaimRun resumed = cutRuns.untilEnded(officer, cut);
        assertEquals(RunStatus.COMPLETED, resumed.getRun().getStatus(), String.valueOf(resumed.getRun().getFailure()));
        assertEquals(6, resumed.getRun().getDone(), "went on from the checkpoint: the first five counted once");
        assertNotEquals(cut.getExecutionId(), resumed.getExecutionId(), "a new execution of the same job");
        assertEquals(thisNode.bootId(), text("select node_boot from claim_run where id = ?", runId));
        Actor staff = care.staffOf(last);
        List<CareClaim> lastClaims = claims.ofInstitution(staff, last.getId());
        assertEquals(1, lastClaims.size());
        assertEquals(1, claims.lines(staff, lastClaims.get(0).getId()).size());
    }

    @Test
    void aPayoutBatchWhoseNodeWasLostIsPaidOnHereEachClaimOnce() throws SQLException {
        AssessmentWorld.World world = care.world();
        Actor officer = world.reviewer();
        List<CareClaim> approved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null,
                    CareType.RESIDENTIAL, 5, MONTH.minusMonths(1).atDay(1));
            records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
            institutions.withBankAccount(institutionRepository.find(home.getId()).orElseThrow());
            approved.add(approvedClaim(world, home));
        }
        PayoutBatch batch = payouts.prepare(officer, YearMonth.parse(approved.get(0).getCycle()));
        payoutSteps.start(officer, batch.getId());
        assertTrue(payoutSteps.payInstitution(officer, batch.getId(), approved.get(0).getInstitutionId()));
        // this node is killed; its batch is still running, named after it
        sql("update payout_batch set node_boot = ? where id = ?", aNode(Duration.ofMinutes(10), Duration.ofMinutes(1)),
                batch.getId());
        assertFalse(payoutSteps.payInstitution(officer, batch.getId(), approved.get(1).getInstitutionId()),
                "a node pays nothing of a batch that is not (any longer) its own");

        payouts.resumeRunsOfLostNodes();

        PayoutBatch paid = Await.until(() -> payouts.find(officer, batch.getId()), b -> b.getRun().isCompleted(),
                Duration.ofSeconds(60), "the batch, resumed");
        assertEquals(3, paid.getRun().getDone());
        List<Payout> rows = payouts.rows(officer, batch.getId());
        assertEquals(approved.stream().map(CareClaim::getId).sorted().toList(),
                rows.stream().map(Payout::getClaimId).sorted().toList(), "one row per claim");
        assertTrue(rows.stream().allMatch(Payout::isPaid));
        assertEquals(0, paid.getPaid().compareTo(rows.stream().map(Payout::getPaid).reduce(BigDecimal.ZERO,
                BigDecimal::add)), "the batch's total is its rows', each paid once");
        for (CareClaim claim : approved) {
            assertEquals(ClaimStatus.PAID, claims.find(officer, claim.getId()).getStatus());
        }
        assertEquals(1, count("select count(*) from audit_log where entity_type = 'PayoutBatch' and entity_id = ? "
                + "and action = 'RUN_PAYOUT' and actor_username = 'node-recovery'", String.valueOf(batch.getId())),
                "the audit trail names the recovery");
    }

    @Test
    void onlyRunsOfNodesSilentTooLongOrStartedAgainAreTakenOver() throws SQLException {
        String region = care.world().region();
        ReportJob ofThisNode = aRunningReport(region, null);
        ReportJob ofALiveNode = aRunningReport(region, aNode(Duration.ofMinutes(5), Duration.ZERO));
        ReportJob ofASilentNode = aRunningReport(region, aNode(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        String restartedName = "it-restarted-" + UUID.randomUUID().toString().substring(0, 8);
        String before = aNode(restartedName, Duration.ofMinutes(5), Duration.ZERO);
        aNode(restartedName, Duration.ofSeconds(5), Duration.ZERO);
        ReportJob ofARestartedNode = aRunningReport(region, before);

        reports.endJobsOfLostNodes();

        assertEquals("RUNNING", status(ofThisNode));
        assertEquals("RUNNING", status(ofALiveNode), "its node beats");
        assertEquals("FAILED", status(ofASilentNode), "its node has not beaten for a minute");
        assertEquals("FAILED", status(ofARestartedNode), "its node has started again since");
        assertEquals(ReportService.NODE_LOST, text("select failure from report_job where id = ?",
                ofASilentNode.getId()));
        reports.failed(ofThisNode.getId(), "test over");
        reports.failed(ofALiveNode.getId(), "test over");
    }

    @Test
    void aMonthsGenerationStartedWhileItRunsIsRefused() {
        AssessmentWorld.World world = care.world();
        Actor officer = world.reviewer();
        care.login(officer);
        ClaimRun running = runRows.create(MONTH, world.region(), officer.username()); // as if its job were under way

        BusinessException twice = assertThrows(BusinessException.class, () -> claimRuns.start(officer, MONTH));

        assertEquals("claimRun.alreadyRunning", twice.messageKey());
        runRows.ended(running.getId(), RunStatus.FAILED, "test: cut off");
        ClaimRun again = runRows.create(MONTH, world.region(), officer.username());
        BusinessException restart = assertThrows(BusinessException.class,
                () -> claimRuns.restart(officer, running.getId()));
        assertEquals("claimRun.alreadyRunning", restart.messageKey(), "nor restarted while another runs");
        runRows.ended(again.getId(), RunStatus.FAILED, "test: cut off");
        ClaimRun restarted = cutRuns.untilEnded(officer, claimRuns.restart(officer, running.getId()));
        assertEquals(RunStatus.COMPLETED, restarted.getRun().getStatus(), "once none runs, it does");
    }

    private CareClaim approvedClaim(AssessmentWorld.World world, CareInstitution home) {
        Actor staff = care.staffOf(home);
        CareClaim claim = claims.submit(staff, claims.generate(staff, home.getId(), MONTH).getId());
        reviews.firstReview(world.reviewer(), claim.getId(), List.of());
        reviews.secondReview(world.reviewer2(), claim.getId());
        return reviews.approve(world.approver(), claim.getId());
    }

    private ReportJob aRunningReport(String region, String nodeBoot) throws SQLException {
        ReportJob job = reports.create(region, new ReportRequest(ReportKind.SETTLEMENT_SUMMARY, MONTH, MONTH, null,
                null), null, "it-lost-node");
        if (nodeBoot != null) {
            sql("update report_job set node_boot = ? where id = ?", nodeBoot, job.getId());
        }
        return job;
    }

    /** Another node's start, {@code started} ago, that last beat {@code silent} ago: its boot id. */
    private String aNode(Duration started, Duration silent) throws SQLException {
        return aNode("it-node-" + UUID.randomUUID().toString().substring(0, 8), started, silent);
    }

    private String aNode(String name, Duration started, Duration silent) throws SQLException {
        String boot = UUID.randomUUID().toString();
        sql("insert into app_node (boot_id, node_name, started_at, seen_at) values (?, ?, "
                + "now(3) - interval ? second, now(3) - interval ? second)", boot, name, started.toSeconds(),
                silent.toSeconds());
        return boot;
    }

    private String status(ReportJob job) throws SQLException {
        return text("select status from report_job where id = ?", job.getId());
    }

    private long count(String select, Object... parameters) throws SQLException {
        return Long.parseLong(text(select, parameters));
    }

    private String text(String select, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = prepared(connection, select, parameters);
             ResultSet rs = query.executeQuery()) {
            assertTrue(rs.next(), select);
            return rs.getString(1);
        }
    }

    private void sql(String update, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, update, parameters)) {
            assertEquals(1, statement.executeUpdate(), update);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
