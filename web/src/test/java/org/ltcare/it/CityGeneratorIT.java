package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.scale.GradeCalculator;
import org.ltcare.assessment.scale.ItemScoresJson;
import org.ltcare.care.visit.HomeVisitRepository;
import org.ltcare.care.visit.VisitCheckIn;
import org.ltcare.demo.city.CityActors;
import org.ltcare.demo.city.CityGenerator;
import org.ltcare.demo.city.CityPlan;
import org.ltcare.demo.city.CityReport;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.AssessmentScale;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * The city generator (issue 23) on a small city of its own region: it makes what its plan says; every grade is
 * what the scale gives the stored item scores; the claims claim exactly the days the generated records hold; the
 * month before last is paid once; last month's drafts come out the same when the application generates them
 * again; and a second generation of the same plan (a restarted server's) makes and pays nothing more.
 */
class CityGeneratorIT extends IntegrationTest {

    private static final YearMonth LAST = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CityGenerator generator;

    @Inject
    ClaimService claims;

    @Inject
    RuleSetService ruleSets;

    @Inject
    HomeVisitRepository homeVisits;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    @Test
    void aSmallCityIsGeneratedAndSettledAsTheApplicationComputesIt() throws SQLException {
        AssessmentWorld.World world = care.world();
        for (Actor bureau : List.of(world.reviewer(), world.reviewer2(), world.approver())) {
            care.login(bureau); // the payout batch and the claim run read the region from the account
        }
        String region = world.region();
        CityReport report = generator.generate(new CityPlan(region, 1_000, 3, 7L),
                new CityActors(world.reviewer(), world.reviewer2(), world.approver()));

        assertEquals(4, report.institutions());
        assertEquals(1_000, count("select count(*) from insured_person where region_code = ?", region));
        assertEquals(250, count("select count(*) from assessment_conclusion k join insured_person p "
                + "on p.id = k.insured_id where p.region_code = ?", region));
        assertEquals(report.inCare(), count("select count(*) from care_admission a join insured_person p "
                + "on p.id = a.insured_id where p.region_code = ?", region));
        assertTrue(report.inCare() > 100 && report.visits() > 1_000, report.summary());
        assertTrue(generator.exists(region));
        everyGradeIsTheScales(region);

        YearMonth paid = LAST.minusMonths(1);
        long paidClaims = count(CLAIMS + "and c.month = ? and c.status = 'PAID'", region, paid.toString());
        assertEquals(count(CLAIMS + "and c.month = ?", region, paid.toString()), paidClaims);
        assertEquals(4, paidClaims, "each institution has people in care in the month before last");
        assertEquals(paidClaims, count("select count(*) from payout p join care_claim c on c.id = p.claim_id "
                + "join organisation o on o.id = c.institution_id where o.region_code = ? and c.month = ?", region,
                paid.toString()), "each claim paid once");
        for (YearMonth month : List.of(paid, LAST)) {
            assertEquals(0, count(BED_DAYS_MISMATCH, region, month.toString(), month.atEndOfMonth(),
                    month.atEndOfMonth(), month.atDay(1)), "bed-based lines claim the days in care of " + month);
            assertEquals(0, count(VISIT_DAYS_MISMATCH, region, month.toString(), month.atDay(1),
                    month.atEndOfMonth()), "home-care lines claim the visited days of " + month);
        }
        assertEquals(0, count("select count(*) from claim_finding f join care_claim c on c.id = f.claim_id "
                + "join organisation o on o.id = c.institution_id where o.region_code = ? and f.rule_code in "
                + "('WORKER_OVERLAP', 'WORKER_DAILY_LIMIT', 'FAR_FROM_USUAL_PLACE', 'OVER_ENTITLEMENT')", region),
                "the care workers' rounds keep the rules: no overlap, the daily limit, at the person's home, "
                        + "within the monthly cap of home-care days");
        visitsAreReadBackAtTheirTime(region);
        lastMonthsDraftsComeOutTheSame(region, world.reviewer());

        // asked again (a server restarted during a generation asks again): nothing more is made or paid
        long payouts = count(PAYOUTS, region);
        CityReport again = generator.generate(new CityPlan(region, 1_000, 3, 7L),
                new CityActors(world.reviewer(), world.reviewer2(), world.approver()));
        assertEquals(0, again.claims() + again.insured(), again.summary());
        assertEquals(payouts, count(PAYOUTS, region));
        assertEquals(1_000, count("select count(*) from insured_person where region_code = ?", region));
    }

    private static final String PAYOUTS = "select count(*) from payout p join organisation o "
            + "on o.id = p.institution_id where o.region_code = ?";

    private static final String CLAIMS = "select count(*) from care_claim c join organisation o "
            + "on o.id = c.institution_id where o.region_code = ? ";

    /** Lines of 专护/院护 whose claimed days are not the admission's days in the month. */
    private static final String BED_DAYS_MISMATCH = "select count(*) from care_claim_line l "
            + "join care_claim c on c.id = l.claim_id join organisation o on o.id = c.institution_id "
            + "join care_admission a on a.id = l.admission_id where o.region_code = ? and c.month = ? "
            + "and l.care_type <> 'HOME' and l.claimed_days <> datediff(least(?, coalesce(a.ends_on, ?)), "
            + "greatest(?, a.starts_on)) + 1";

    /** Lines of 家护 whose claimed days are not the days with a visit. */
    private static final String VISIT_DAYS_MISMATCH = "select count(*) from care_claim_line l "
            + "join care_claim c on c.id = l.claim_id join organisation o on o.id = c.institution_id "
            + "where o.region_code = ? and c.month = ? and l.care_type = 'HOME' and l.claimed_days <> "
            + "(select count(distinct v.visit_date) from home_visit v where v.admission_id = l.admission_id "
            + "and v.visit_date between ? and ?)";

    /** The application reads a generated visit at the hour it was generated for: mornings from 8, afternoons to 19. */
    private void visitsAreReadBackAtTheirTime(String region) throws SQLException {
        long agency = count("select min(o.id) from organisation o join care_institution i on i.organisation_id = o.id "
                + "where o.region_code = ? and i.institution_kind = 'HOME_CARE_AGENCY'", region);
        List<VisitCheckIn> visits = homeVisits.checkInsOf(agency, LAST.atDay(1), LAST.atEndOfMonth(), 10_000);
        assertTrue(!visits.isEmpty());
        for (VisitCheckIn visit : visits) {
            int hour = visit.checkIn().getHour();
            assertTrue(hour >= 8 && hour < 19 && visit.checkOut().getHour() < 20, visit.toString());
        }
    }

    private void everyGradeIsTheScales(String region) throws SQLException {
        AssessmentScale scale = ruleSets.inForce(region, LAST.atDay(1)).content().scale();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select k.item_scores, k.grade from assessment_conclusion k "
                     + "join insured_person p on p.id = k.insured_id where p.region_code = ?")) {
            q.setString(1, region);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    assertEquals(rs.getInt(2), GradeCalculator.compute(scale, ItemScoresJson.read(rs.getString(1)))
                            .grade().number());
                }
            }
        }
    }

    /** A third of last month's claims are drafts: generated again by the application, they claim the same. */
    private void lastMonthsDraftsComeOutTheSame(String region, Actor officer) throws SQLException {
        List<long[]> drafts = new ArrayList<>();
        List<BigDecimal> shares = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select c.institution_id, c.billable_days, c.fund_share "
                     + "from care_claim c join organisation o on o.id = c.institution_id where o.region_code = ? "
                     + "and c.month = ? and c.status = 'DRAFT'")) {
            q.setString(1, region);
            q.setString(2, LAST.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    drafts.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    shares.add(rs.getBigDecimal(3));
                }
            }
        }
        assertTrue(!drafts.isEmpty(), "last month keeps drafts");
        for (int i = 0; i < drafts.size(); i++) {
            CareClaim again = claims.generateByBureau(officer, drafts.get(i)[0], LAST).orElseThrow();
            assertEquals(drafts.get(i)[1], again.getAmounts().getBillableDays());
            assertEquals(0, shares.get(i).compareTo(again.getAmounts().getFundShare()), "fund share " + shares.get(i));
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
