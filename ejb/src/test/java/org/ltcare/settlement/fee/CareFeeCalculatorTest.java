package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.settlement.fee.RejectionReason.AFTER_DEATH;
import static org.ltcare.settlement.fee.RejectionReason.BEFORE_BENEFIT_START;
import static org.ltcare.settlement.fee.RejectionReason.DUPLICATE_DAY;
import static org.ltcare.settlement.fee.RejectionReason.INPATIENT_DAY;
import static org.ltcare.settlement.fee.RejectionReason.NOT_ENTITLED_GRADE;
import static org.ltcare.settlement.fee.RejectionReason.NO_SERVICE_RECORD;
import static org.ltcare.settlement.fee.RejectionReason.NO_VALID_CONCLUSION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;

class CareFeeCalculatorTest {

    private static final RuleSetContent SD_2025 = ReferenceRuleSets.sd2025();

    @Test
    void inTheMonthOfTheConclusionNoDayIsBillable() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").concluded("2025-03-10"));

        assertThat(result.billableDays()).isZero();
        assertThat(reasons(result, "2025-03-01", "2025-03-09")).containsOnly(NO_VALID_CONCLUSION);
        assertThat(reasons(result, "2025-03-10", "2025-03-31")).hasSize(22).containsOnly(BEFORE_BENEFIT_START);
        assertAmounts(result, "0.00", "0.00", "0.00");
    }

    @Test
    void benefitsStartOnTheFirstOfTheNextMonth() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-04").concluded("2025-03-31"));

        assertThat(result.billableDays()).isEqualTo(30);
        assertThat(result.rejectedDays()).isEmpty();
    }

    @Test
    void aConclusionExpiringMidMonthStopsBenefitsAfterItsLastDay() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").concluded("2023-03-10"));

        assertThat(result.billableDays()).isEqualTo(9);   // valid through 2025-03-09
        assertThat(result.rejectedDays()).first().isEqualTo(day("2025-03-10", NO_VALID_CONCLUSION));
        assertThat(result.rejectedDays()).hasSize(22).allMatch(d -> d.reason() == NO_VALID_CONCLUSION);
        assertAmounts(result, "720.00", "405.00", "315.00");
    }

    @Test
    void deathOnTheFirstRejectsTheWholeMonth() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-04").died("2025-04-01"));

        assertThat(result.billableDays()).isZero();
        assertThat(result.rejectedDays()).hasSize(30).allMatch(d -> d.reason() == AFTER_DEATH);
    }

    @Test
    void deathOnTheLastDayRejectsOnlyThatDay() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-04").died("2025-04-30"));

        assertThat(result.rejectedDays()).containsExactly(day("2025-04-30", AFTER_DEATH));
    }

    @ParameterizedTest(name = "{0} at {2} a day, {3} days: fund {4}")
    @CsvSource({
        "RESIDENTIAL,,50.00,10,375.00,500.00,125.00",     // charge below the limit: 0.75 × 50
        "RESIDENTIAL,,60.00,10,450.00,600.00,150.00",     // charge at the limit
        "RESIDENTIAL,,60.01,10,450.00,600.10,150.10",     // one fen above: the limit counts
        "SPECIALIZED,2,120.00,10,750.00,1200.00,450.00",  // 0.75 × min(120, 100)
        "SPECIALIZED,3,120.00,10,840.00,1200.00,360.00",  // 0.70 × 120
        "HOME,,0.00,10,0.00,0.00,0.00",                   // a free service costs the fund nothing
    })
    void theFundPaysItsShareOfTheChargeUpToTheLimit(CareType careType, Integer level, String charge, int days,
            String fund, String total, String personal) {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").care(careType, level).charge(charge)
                .careDays(firstDays(days)));

        assertThat(result.billableDays()).isEqualTo(days);
        assertAmounts(result, total, fund, personal);
    }

    /**
     * 0.75 × 50.06 = 37.545 a day. One day rounds HALF_UP to 37.55 (HALF_EVEN and HALF_DOWN would give 37.54);
     * two days are 75.09 exactly, where rounding per day would have given 75.10.
     */
    @ParameterizedTest(name = "{0} days: fund {1}")
    @CsvSource({"1,37.55,50.06,12.51", "2,75.09,100.12,25.03", "3,112.64,150.18,37.54"})
    void roundsOnceForTheLineHalfUp(int days, String fund, String total, String personal) {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").charge("50.06").careDays(firstDays(days)));

        assertAmounts(result, total, fund, personal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "inpatient after death → AFTER_DEATH,            AFTER_DEATH",
        "inpatient and claimed elsewhere → INPATIENT_DAY, INPATIENT_DAY",
        "claimed elsewhere without record → DUPLICATE_DAY, DUPLICATE_DAY",
        "before benefit start and dead → BEFORE_BENEFIT_START, BEFORE_BENEFIT_START",
        "no conclusion yet and inpatient → NO_VALID_CONCLUSION, NO_VALID_CONCLUSION",
    })
    void aDayFailingSeveralConditionsCarriesTheFirst(String description, RejectionReason expected) {
        CareFeeRequests request = CareFeeRequests.forMonth("2025-03").careDays("2025-03-20");
        switch (expected) {
            case AFTER_DEATH -> request.died("2025-03-15").inpatient("2025-03-20");
            case INPATIENT_DAY -> request.inpatient("2025-03-20").claimedElsewhere("2025-03-20");
            case DUPLICATE_DAY -> request.claimedElsewhere("2025-03-20").withoutServiceRecord("2025-03-20");
            case BEFORE_BENEFIT_START -> request.concluded("2025-03-01").died("2025-03-02");
            default -> request.concluded("2025-03-25").inpatient("2025-03-20");
        }

        assertThat(compute(request).rejectedDays()).containsExactly(day("2025-03-20", expected));
    }

    @Test
    void listsRejectedDaysInDateOrderWhateverOrderTheyCameIn() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03")
                .careDays("2025-03-30", "2025-03-02", "2025-03-17", "2025-03-09", "2025-03-25")
                .withoutServiceRecord("2025-03-30").claimedElsewhere("2025-03-17").inpatient("2025-03-02"));

        assertThat(result.claimedDays()).isEqualTo(5);
        assertThat(result.billableDays()).isEqualTo(2);
        assertThat(result.rejectedDays()).containsExactly(day("2025-03-02", INPATIENT_DAY),
                day("2025-03-17", DUPLICATE_DAY), day("2025-03-30", NO_SERVICE_RECORD));
    }

    @ParameterizedTest(name = "grade {0}")
    @CsvSource({"2", "0"})
    void aGradeOutsideTheEntitledGradesRejectsEveryDay(int grade) {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").grade(grade).inpatient("2025-03-05"));

        assertThat(result.claimedDays()).isEqualTo(31);
        assertThat(result.rejectedDays()).hasSize(31).allMatch(d -> d.reason() == NOT_ENTITLED_GRADE);
        assertAmounts(result, "0.00", "0.00", "0.00");
        assertThat(result.tariffApplied().careType()).isEqualTo(CareType.RESIDENTIAL);
    }

    @Test
    void aHospitalLevelSentWithResidentialCareIsIgnored() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-03").care(CareType.RESIDENTIAL, 3));

        assertThat(result.tariffApplied().dailyLimit()).isEqualTo(new BigDecimal("60.00"));
        assertThat(result.fundShare()).isEqualTo(new BigDecimal("1395.00"));
    }

    @Test
    void anEmptyListOfCareDaysClaimsNothing() {
        CareFeeResult result = compute(CareFeeRequests.forMonth("2025-02").careDays());

        assertThat(result.claimedDays()).isZero();
        assertAmounts(result, "0.00", "0.00", "0.00");
    }

    private static CareFeeResult compute(CareFeeRequests request) {
        return CareFeeCalculator.compute(SD_2025, request.build());
    }

    private static List<RejectionReason> reasons(CareFeeResult result, String from, String to) {
        return result.rejectedDays().stream()
                .filter(d -> !d.date().isBefore(LocalDate.parse(from)) && !d.date().isAfter(LocalDate.parse(to)))
                .map(RejectedDay::reason).toList();
    }

    private static RejectedDay day(String date, RejectionReason reason) {
        return new RejectedDay(LocalDate.parse(date), reason);
    }

    private static String[] firstDays(int count) {
        return LocalDate.parse("2025-03-01").datesUntil(LocalDate.parse("2025-03-01").plusDays(count))
                .map(LocalDate::toString).toArray(String[]::new);
    }

    private static void assertAmounts(CareFeeResult result, String total, String fund, String personal) {
        assertThat(result.totalFee()).isEqualTo(new BigDecimal(total));
        assertThat(result.fundShare()).isEqualTo(new BigDecimal(fund));
        assertThat(result.personalShare()).isEqualTo(new BigDecimal(personal));
    }
}
