package org.ltcare.settlement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;

/** Each anomaly rule finds what it should, nothing where the visits are in order, nothing when switched off. */
class VisitAnomaliesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);
    private static final AppliedRules ALL = new AppliedRules(EnumSet.allOf(AuditRule.class),
            Map.of(AuditRule.FAR_FROM_USUAL_PLACE, 1_000));
    private static final BigDecimal LAT = new BigDecimal("36.066000");
    private static final BigDecimal LON = new BigDecimal("120.382000");

    @Test
    void aWorkerInTwoVisitsAtOnceIsFlaggedAndBackToBackVisitsAreNot() {
        List<VisitFact> visits = List.of(visit(1, 100, 7, "09:00", "10:00"), visit(2, 101, 7, "09:30", "10:30"),
                visit(3, 102, 7, "10:30", "11:00"), visit(4, 103, 8, "09:15", "09:45"));

        List<Finding> found = of(visits, ALL, 8);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(AuditRule.WORKER_OVERLAP);
            assertThat(f.insuredId()).isEqualTo(101L);
            assertThat(f.evidence()).containsExactly("护理员7", "09:00–10:00", "09:30–10:30", "1", "2");
        });
    }

    @Test
    void aVisitInsideALongerOneOverlapsItAndTheOneAfterItToo() {
        List<VisitFact> visits = List.of(visit(1, 100, 7, "08:00", "12:00"), visit(2, 101, 7, "09:00", "09:30"),
                visit(3, 102, 7, "10:00", "10:30"));

        assertThat(of(visits, ALL, 8)).extracting(f -> f.evidence().get(4)).containsExactly("2", "3");
    }

    @Test
    void moreVisitsADayThanTheRuleSetAllowsAreFlaggedOnce() {
        List<VisitFact> visits = List.of(visit(1, 100, 7, "08:00", "08:40"), visit(2, 101, 7, "09:00", "09:40"),
                visit(3, 102, 7, "10:00", "10:40"));

        assertThat(of(visits, ALL, 3)).isEmpty();
        assertThat(of(visits, ALL, 2)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(AuditRule.WORKER_DAILY_LIMIT);
            assertThat(f.evidence()).containsExactly("护理员7", "3", "2");
        });
    }

    @Test
    void aCheckInFarFromThePersonsUsualPlaceIsFlaggedOnceThereIsAUsualPlace() {
        List<VisitFact> usual = List.of(at(1, LAT, LON), at(2, LAT, LON), at(3, LAT.add(new BigDecimal("0.001")), LON));
        VisitFact far = at(4, LAT.add(new BigDecimal("0.018")), LON);

        assertThat(of(List.of(usual.get(0), far), ALL, 8)).as("two check-ins give no usual place").isEmpty();
        List<VisitFact> withUsual = new java.util.ArrayList<>(usual);
        withUsual.add(far);
        assertThat(of(withUsual, ALL, 8)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(AuditRule.FAR_FROM_USUAL_PLACE);
            assertThat(Integer.parseInt(f.evidence().get(0))).isBetween(1_900, 2_000); // 0.0175° of latitude from the median
            assertThat(f.evidence().subList(1, 3)).containsExactly("1000", "4");
        });
        AppliedRules wider = new AppliedRules(EnumSet.allOf(AuditRule.class),
                Map.of(AuditRule.FAR_FROM_USUAL_PLACE, 3_000));
        assertThat(of(withUsual, wider, 8)).isEmpty();
    }

    @Test
    void aVisitOnOrAfterDeathAndOneOnAnInpatientDayAreFlagged() {
        List<VisitFact> visits = List.of(visit(1, 100, 7, "09:00", "10:00"));

        assertThat(VisitAnomalies.of(visits, Map.of(100L, DAY.plusDays(1)), Map.of(), 8, ALL)).isEmpty();
        assertThat(VisitAnomalies.of(visits, Map.of(100L, DAY), Map.of(100L, Set.of(DAY)), 8, ALL))
                .extracting(Finding::rule)
                .containsExactly(AuditRule.SERVICE_AFTER_DEATH, AuditRule.HOSPITAL_OVERLAP);
    }

    @Test
    void aRuleSwitchedOffFindsNothing() {
        List<VisitFact> visits = List.of(visit(1, 100, 7, "09:00", "10:00"), visit(2, 101, 7, "09:30", "10:30"));
        AppliedRules withoutOverlap = new AppliedRules(EnumSet.complementOf(EnumSet.of(AuditRule.WORKER_OVERLAP)),
                Map.of());

        assertThat(of(visits, withoutOverlap, 8)).isEmpty();
        assertThat(withoutOverlap.applies(AuditRule.AFTER_DEATH)).as("the law's codes always apply").isTrue();
    }

    private static List<Finding> of(List<VisitFact> visits, AppliedRules rules, int limit) {
        return VisitAnomalies.of(visits, Map.of(), Map.of(), limit, rules);
    }

    private static VisitFact visit(long id, long insured, long worker, String in, String out) {
        return new VisitFact(id, insured, worker, "护理员" + worker, DAY.atTime(java.time.LocalTime.parse(in)),
                DAY.atTime(java.time.LocalTime.parse(out)), null, null);
    }

    private static VisitFact at(long id, BigDecimal latitude, BigDecimal longitude) {
        LocalDateTime in = DAY.plusDays(id).atTime(9, 0);
        return new VisitFact(id, 100, 7, "护理员7", in, in.plusMinutes(45), latitude, longitude);
    }
}
