package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ltcare.it.BenchReport.seconds;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.IdNumberConverter;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.settlement.run.ClaimRun;
import org.ltcare.settlement.run.ClaimRunService;
import org.ltcare.shared.crypto.FieldCipher;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * Benchmark (profile {@code bench}, not part of the test command): a city of 20,000 beneficiaries in 200 nursing
 * homes with last month in care (~600,000 care-days); times the city-wide claim generation with its audit (the
 * Jakarta Batch job), the submissions and reviews, and the payout batch, and prints the figures. The people are
 * copies of one real beneficiary made with JDBC batches (the services would take most of an hour to make them).
 * A smaller city of 30 homes goes through the same steps first, unmeasured, to warm the server up. It checks the
 * counts, never the times.
 */
class ClaimSettlementBench extends IntegrationTest {

    private static final int HOMES = 200;
    private static final int PER_HOME = 100;
    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);
    /** The smaller city settled first to warm the server up. */
    private static final int WARM_UP_HOMES = 30;

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    Institutions institutions;

    @Inject
    ClaimRunService runs;

    @Inject
    ClaimService claims;

    @Inject
    ClaimQueueService queue;

    @Inject
    ClaimReviewService reviews;

    @Inject
    PayoutService payouts;

    @Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    private final BenchReport report = new BenchReport();

    @Test
    void aCityIsGeneratedAuditedReviewedAndPaid() throws Exception {
        // A server just started compiles its hot code while it works, and on two cores the compiler takes most of
        // one: a smaller city of its own settles first, unmeasured, so that the figures are a running server's.
        report.warmUp(() -> settle(WARM_UP_HOMES, 7_000_000_000L));
        report.print("warm-up: a city of %d homes settled first, not measured", WARM_UP_HOMES);
        settle(HOMES, 8_000_000_000L);
    }

    private void settle(int homeCount, long baseId) throws Exception {
        long started = System.nanoTime();
        AssessmentWorld.World world = care.world();
        LocalDate since = MONTH.minusMonths(1).atDay(1);
        List<CareInstitution> homes = new ArrayList<>();
        for (int h = 0; h < homeCount; h++) {
            CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null,
                    CareType.RESIDENTIAL, 5, since); // the agreement's places do not limit claims
            institutions.withBankAccount(home);
            homes.add(home);
        }
        CareAdmission template = records.inCareSince(world, homes.get(0), CareType.RESIDENTIAL, since);
        copyBeneficiaries(template, homes, baseId);
        report.print("setup: %d homes, %d beneficiaries in %.1f s", homeCount, homeCount * PER_HOME, seconds(started));

        // The city's own bureau: its run generates its region's homes, its batch pays them.
        Actor officer = world.reviewer();
        care.login(officer); // the job acts as the officer's account
        StatementCounts generating = new StatementCounts(dataSource);
        long generation = System.nanoTime();
        ClaimRun run = runs.start(officer, MONTH);
        ClaimRun ended = Await.until(() -> runs.find(officer, run.getId()),
                r -> r.getRun().getStatus() != RunStatus.RUNNING, Duration.ofMinutes(30), "the claim-generation job");
        double generationSeconds = seconds(generation);
        long careDays = claimedDays(world.region());
        assertEquals(RunStatus.COMPLETED, ended.getRun().getStatus(), String.valueOf(ended.getRun().getFailure()));
        assertEquals(homeCount * PER_HOME, ended.getLineCount(), "a line per beneficiary, the region's only");
        report.print("generation + audit: %d claims, %d lines, %d care-days in %.1f s = %.0f care-days/s",
                ended.getRun().getDone(), ended.getLineCount(), careDays, generationSeconds,
                careDays / generationSeconds);
        report.print("  database statements: %s", generating.since(homeCount, "institution"));
        double floor = generationFloor(world.region());
        report.print("  raw-JDBC floor of the same reads and writes: %.1f s = %.0f care-days/s; the application "
                + "reaches %.0f %% of it", floor, careDays / floor, 100 * floor / generationSeconds);

        long submitting = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        YearMonth cycle = null;
        for (CareInstitution home : homes) {
            Actor staff = institutions.staffOf(home);
            CareClaim draft = claims.ofInstitution(staff, home.getId()).get(0);
            CareClaim submitted = claims.submit(staff, draft.getId());
            cycle = YearMonth.parse(submitted.getCycle());
            ids.add(submitted.getId());
        }
        report.print("submission of %d claims: %.1f s = %.1f claims/s", homeCount, seconds(submitting),
                homeCount / seconds(submitting));
        StatementCounts firstReviewing = new StatementCounts(dataSource);
        long firstReview = System.nanoTime();
        assertEquals(homeCount, queue.acceptClean(officer, ids));
        report.print("bulk first review of %d clean claims: %.1f s = %.1f claims/s", homeCount, seconds(firstReview),
                homeCount / seconds(firstReview));
        report.print("  database statements: %s", firstReviewing.since(homeCount, "claim"));
        StatementCounts secondReviewing = new StatementCounts(dataSource);
        long secondReview = System.nanoTime();
        // two officers at work side by side, as on a cycle's last days: each takes half the claims through its
        // second review and its approval (one by one, a transaction and a workflow step each)
        Actor reviewer2 = world.reviewer2();
        Actor approver = world.approver();
        List<java.util.concurrent.Future<?>> desks = new ArrayList<>();
        for (List<Long> half : List.of(ids.subList(0, ids.size() / 2), ids.subList(ids.size() / 2, ids.size()))) {
            desks.add(executor.submit(() -> half.forEach(id -> {
                reviews.secondReview(reviewer2, id);
                reviews.approve(approver, id);
            })));
        }
        for (java.util.concurrent.Future<?> desk : desks) {
            desk.get();
        }
        report.print("second review and approval of %d claims through the workflow, two officers at once: %.1f s = "
                + "%.1f claims/s", homeCount, seconds(secondReview), homeCount / seconds(secondReview));
        report.print("  database statements: %s", secondReviewing.since(homeCount, "claim"));

        long paying = System.nanoTime();
        PayoutBatch batch = payouts.run(officer, payouts.prepare(officer, cycle).getId());
        assertEquals(homeCount, batch.getRun().getDone());
        report.print("payout batch: %d claims, %s yuan paid, %s withheld in %.1f s", batch.getRun().getDone(),
                batch.getPaid().toPlainString(), batch.getDeposit().toPlainString(), seconds(paying));
        report.print("generation + audit + payout: %.1f s for %d care-days", generationSeconds + seconds(paying),
                careDays);
    }

    /** {@value #PER_HOME} people per home like the template's (who is the first), each with an application,
     * assessment, conclusion and admission, with ids from {@code baseId} on. */
    private void copyBeneficiaries(CareAdmission template, List<CareInstitution> homes, long baseId)
            throws SQLException {
        long conclusionId = template.getConclusionId();
        long assessmentId;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select assessment_id from assessment_conclusion where id = ?")) {
            q.setLong(1, conclusionId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assessmentId = rs.getLong(1);
            }
        }
        try (Connection c = dataSource.getConnection();
             RowCloner people = new RowCloner(c, "insured_person", template.getInsuredId());
             RowCloner applications = new RowCloner(c, "assessment_application", template.getApplicationId());
             RowCloner assessments = new RowCloner(c, "assessment", assessmentId);
             RowCloner conclusions = new RowCloner(c, "assessment_conclusion", conclusionId);
             RowCloner admissions = new RowCloner(c, "care_admission", template.getId())) {
            for (int i = 1; i < homes.size() * PER_HOME; i++) {
                long id = baseId + i;
                // a birth year per city (1937, 1938): ID numbers are unique
                LocalDate born = LocalDate.of(1930 + (int) (baseId / 1_000_000_000L), 1, 1).plusDays(i / 1000);
                IdNumber idNumber = IdNumber.fromFirst17("370202" + born.toString().replace("-", "")
                        + String.format("%03d", i % 1000));
                // Stored as the application stores it: encrypted, with its blind index.
                people.add(Map.of("id", id, "id_number", FieldCipher.encrypt(idNumber.value()),
                        "id_number_index", IdNumberConverter.index(idNumber), "name", "基准" + i));
                applications.add(Map.of("id", id, "insured_id", id));
                assessments.add(Map.of("id", id, "application_id", id));
                conclusions.add(Map.of("id", id, "application_id", id, "assessment_id", id, "insured_id", id,
                        "document_number", "BENCH-" + id));
                admissions.add(Map.of("id", id, "insured_id", id, "application_id", id, "conclusion_id", id,
                        "institution_id", homes.get(i % homes.size()).getId()));
            }
            for (RowCloner parentFirst : List.of(people, applications, assessments, conclusions, admissions)) {
                parentFirst.flush();
            }
        }
    }

    /**
     * The generation's reads (the region's admissions in the month, their people and conclusions, absences, visits
     * and hospital stays) and writes (claims, lines, rejected days, findings) in plain JDBC, in seconds.
     */
    private double generationFloor(String region) throws SQLException {
        String from = MONTH.atDay(1).toString();
        String to = MONTH.atEndOfMonth().toString();
        String inRegion = "join organisation o on o.id = a.institution_id where o.region_code = ?";
        String ofClaims = "join care_claim c on c.id = t.claim_id join organisation o on o.id = c.institution_id "
                + "where o.region_code = ? and c.month = ?";
        try (JdbcFloor floor = new JdbcFloor(dataSource)) {
            floor.read("select a.* from care_admission a " + inRegion + " and a.starts_on <= ? "
                    + "and (a.ends_on is null or a.ends_on >= ?)", region, to, from)
                    .read("select p.* from insured_person p join care_admission a on a.insured_id = p.id "
                            + inRegion, region)
                    .read("select k.* from assessment_conclusion k join care_admission a on a.conclusion_id = k.id "
                            + inRegion, region)
                    .read("select b.* from bed_day_absence b join organisation o on o.id = b.institution_id "
                            + "where o.region_code = ? and b.absent_on between ? and ?", region, from, to)
                    .read("select v.* from home_visit v join organisation o on o.id = v.institution_id "
                            + "where o.region_code = ? and v.visit_date between ? and ?", region, from, to)
                    .read("select h.* from hospital_stay h join care_admission a on a.insured_id = h.insured_id "
                            + inRegion + " and h.admitted_on <= ? and (h.discharged_on is null or "
                            + "h.discharged_on >= ?)", region, to, from)
                    .rewrite("care_claim", "join organisation o on o.id = t.institution_id where o.region_code = ? "
                            + "and t.month = ?", region, MONTH.toString())
                    .rewrite("care_claim_line", ofClaims, region, MONTH.toString())
                    .rewrite("care_claim_rejection", "join care_claim_line l on l.id = t.line_id "
                            + ofClaims.replace("t.claim_id", "l.claim_id"), region, MONTH.toString())
                    .rewrite("claim_finding", ofClaims, region, MONTH.toString());
            report.print("  (floor: %d rows read, %d written)", floor.rowsRead(), floor.rowsWritten());
            return floor.seconds();
        }
    }

    /** The care-days the region's claims of the month claim: the city's own, never the demo data's. */
    private long claimedDays(String region) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select coalesce(sum(c.claimed_days), 0) from care_claim c "
                     + "join organisation o on o.id = c.institution_id where c.month = ? and o.region_code = ?")) {
            q.setString(1, MONTH.toString());
            q.setString(2, region);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
