package org.ltcare.demo.city;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.security.PasswordHasher;
import org.ltcare.shared.time.ClockProducer;

/**
 * Generates a city (issue 23): its institutions, insured people, assessments, admissions and service records
 * written with JDBC batches in a few minutes, then every month of its history settled through the application's own
 * services ({@link CitySettlement}). Demo and benchmark data only: the run command asks for it with
 * {@code LTC_DEMO_CITY}, never a production server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CityGenerator {

    /** The password of every generated institution's staff login (README). */
    public static final String STAFF_PASSWORD = "city-demo";

    private static final Logger LOG = Logger.getLogger(CityGenerator.class.getName());

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    private DataSource dataSource;

    @Inject
    private CitySettlement settlement;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditRuleService auditRules;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    /** Parts of the service records written at once (a core each for the database and this code). */
    private static final int LOADERS = 2;

    /** Whether the region already has a generated city (it is generated once). */
    public boolean exists(String region) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from organisation where code like ?")) {
            q.setString(1, CityInstitutions.codePrefix(region));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Asynchronous
    public void generateInBackground(CityPlan plan, CityActors actors) {
        try {
            LOG.info("城市数据 / city data: " + generate(plan, actors).summary());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "城市数据生成失败 / the city could not be generated", e);
        }
    }

    /**
     * Writes the city's base data unless the region has it already, then settles every month of its history not
     * settled yet (a generation cut short goes on where it stood).
     */
    public CityReport generate(CityPlan plan, CityActors actors) {
        YearMonth current = YearMonth.now(clock);
        RegionFacts region = regionFacts(plan.regionCode());
        YearMonth first = plan.firstMonth(current, YearMonth.from(region.firstRulesDay()));
        CityReport base = exists(plan.regionCode()) ? CityReport.ALREADY_THERE : base(plan, region, first);
        long settling = System.nanoTime();
        int claims = 0;
        YearMonth last = current.minusMonths(1);
        for (YearMonth month = first; month.isBefore(last); month = month.plusMonths(1)) {
            if (!settlement.isPaid(plan.regionCode(), month)) {
                claims += settlement.paidMonth(plan.regionCode(), month, actors);
                log("%s settled and paid (%,d claims so far)", month, claims);
            }
        }
        if (!settlement.isStarted(plan.regionCode(), last)) {
            claims += settlement.workingMonth(plan.regionCode(), last, actors);
        }
        int months = (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L
                - first.getMonthValue()) + 1;
        return base.settled(claims, months, (System.nanoTime() - settling) / 1e9);
    }

    private CityReport base(CityPlan plan, RegionFacts region, YearMonth first) {
        long started = System.nanoTime();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ClockProducer.ZONE);
        Random random = new Random(plan.seed());
        LocalDate firstDay = first.atDay(1);
        // read before the loading connection is taken: the rule-set service has a transaction of its own
        RuleSet rules = ruleSets.inForce(plan.regionCode(), firstDay);
        String passwordHash = hasher.hash(STAFF_PASSWORD.toCharArray());
        List<CityInstitution> institutions;
        List<CityAdmission> admitted;
        try (BulkSession session = new BulkSession(dataSource)) {
            Connection c = session.connection();
            CityIdNumbers idNumbers = new CityIdNumbers(c, random);
            int agencies = Math.max(1, plan.institutions() * 3 / 10);
            int clientsPerAgency = plan.inCare() / 2 / agencies + 1;
            int workers = (int) Math.ceil(clientsPerAgency * 1.2 / CityRecords.roundSize(rules.content().homeCare()));
            institutions = new CityInstitutions(c, plan, random).write(firstDay, rules.getCode(), passwordHash,
                    workers, idNumbers, now);
            log("%d institutions", institutions.size());
            Map<CareType, List<CityInstitution>> byType = new EnumMap<>(CareType.class);
            for (CareType type : List.of(CareType.SPECIALIZED, CareType.RESIDENTIAL, CareType.HOME)) {
                byType.put(type, institutions.stream().filter(i -> i.careType == type).toList());
            }
            admitted = new CityPopulation(c, plan, random, idNumbers).write(new CityPopulation.Setting(
                    rules.getId(), rules.getCode(), rules.content(), region.agencyId(), region.assessingId(),
                    firstDay, yesterday, now, byType));
            log("%,d insured, %,d in care", plan.insured(), admitted.size());
        } catch (SQLException e) {
            throw new IllegalStateException("the city's base data could not be written", e);
        }
        long[] written = records(plan, admitted, rules, firstDay, yesterday, now);
        log("%,d home visits, %,d absences, %,d hospital stays", written[0], written[1], written[2]);
        return new CityReport(institutions.size(), plan.insured(), plan.concluded(), admitted.size(), written[0],
                written[1], written[2], 0, 0, (System.nanoTime() - started) / 1e9, 0);
    }

    /**
     * The service records in {@value #LOADERS} parts at once, institution by institution (each part its own
     * connection and random source): the database and the generating code each keep a core busy. Returns the visits,
     * absences and stays written.
     */
    private long[] records(CityPlan plan, List<CityAdmission> admitted, RuleSet rules, LocalDate firstDay,
                           LocalDate yesterday, LocalDateTime now) {
        AppliedRules audit = auditRules.applied(rules.getId());
        int visitDays = audit.applies(AuditRule.OVER_ENTITLEMENT) ? audit.threshold(AuditRule.OVER_ENTITLEMENT) : 31;
        List<Future<long[]>> parts = new ArrayList<>();
        for (int p = 0; p < LOADERS; p++) {
            int part = p;
            List<CityAdmission> mine = admitted.stream().filter(a -> a.institution().id % LOADERS == part).toList();
            parts.add(executor.submit(() -> {
                try (BulkSession session = new BulkSession(dataSource)) {
                    CityRecords records = new CityRecords(session.connection(), new Random(plan.seed() + 1 + part),
                            rules.content().homeCare(), visitDays);
                    records.write(mine, firstDay, yesterday, now);
                    return new long[] {records.visitsWritten(), records.absencesWritten(), records.staysWritten()};
                }
            }));
        }
        long[] total = new long[3];
        for (Future<long[]> part : parts) {
            try {
                long[] counts = part.get();
                for (int i = 0; i < total.length; i++) {
                    total[i] += counts[i];
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the city's records", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the city's records could not be written", e.getCause());
            }
        }
        return total;
    }

    /** The region's first day with rules and the organisations its applications and assessments belong to. */
    private record RegionFacts(LocalDate firstRulesDay, long agencyId, long assessingId) {
    }

    private RegionFacts regionFacts(String region) {
        try (Connection c = dataSource.getConnection()) {
            return new RegionFacts(firstRulesDay(c, region), organisation(c, region, "AGENCY"),
                    organisation(c, region, "ASSESSMENT_AGENCY"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String format, Object... arguments) {
        LOG.info("城市数据 / city data: " + String.format(format, arguments));
    }

    private static LocalDate firstRulesDay(Connection c, String region) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select min(effective_from) from rule_set "
                + "where region_code = ? and status = 'ACTIVE'")) {
            q.setString(1, region);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getDate(1) == null) {
                    throw new IllegalStateException("region " + region + " has no rule set in force");
                }
                return rs.getDate(1).toLocalDate();
            }
        }
    }

    private static long organisation(Connection c, String region, String kind) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select min(id) from organisation where region_code = ? "
                + "and kind = ?")) {
            q.setString(1, region);
            q.setString(2, kind);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new IllegalStateException("region " + region + " has no organisation of kind " + kind);
                }
                return id;
            }
        }
    }
}
