package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers of SD-2025, typed again from rules.md, so that a slip in the reference content shows here. */
class ReferenceRuleSetsTest {

    private final RuleSetContent sd2025 = ReferenceRuleSets.sd2025();

    @Test
    void isValid() {
        assertThat(RuleSetValidator.validate(sd2025)).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1} allows {2}")
    @CsvSource(delimiter = '|', value = {
        "ADL|eating|10,5,0", "ADL|dressing|10,5,0", "ADL|hygiene|5,0", "ADL|bowel|10,5,0",
        "ADL|bladder|10,5,0", "ADL|toilet|10,5,0", "ADL|walking|15,10,5,0", "ADL|transfer|15,10,5,0",
        "ADL|stairs|10,5,0", "ADL|bathing|5,0",
        "COGNITION|time|4,3,2,1,0", "COGNITION|person|4,3,2,1,0", "COGNITION|place|4,3,2,1,0",
        "COGNITION|memory|4,3,2,1,0",
        "PERCEPTION|vision|4,3,2,1,0", "PERCEPTION|hearing|4,3,2,1,0", "PERCEPTION|communication|4,3,2,1,0",
    })
    void hasTheNationalItems(Dimension dimension, String code, String allowed) {
        List<Integer> expected = Arrays.stream(allowed.split(",")).map(Integer::valueOf).toList();
        assertThat(sd2025.scale().item(dimension, code)).get()
                .extracting(ScaleItem::allowedScores).isEqualTo(expected);
    }

    @Test
    void hasSeventeenItemsWithTheNationalMaxima() {
        assertThat(sd2025.scale().items()).hasSize(17);
        assertThat(sd2025.scale().maxScore(Dimension.ADL)).isEqualTo(100);
        assertThat(sd2025.scale().maxScore(Dimension.COGNITION)).isEqualTo(16);
        assertThat(sd2025.scale().maxScore(Dimension.PERCEPTION)).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0} {1} is {2}–{3}")
    @CsvSource({
        "ADL,INTACT,100,100", "ADL,MILD,65,95", "ADL,MODERATE,45,60", "ADL,SEVERE,0,40",
        "COGNITION,INTACT,16,16", "COGNITION,MILD,4,15", "COGNITION,MODERATE,2,3", "COGNITION,SEVERE,0,1",
        "PERCEPTION,INTACT,12,12", "PERCEPTION,MILD,4,11", "PERCEPTION,MODERATE,2,3", "PERCEPTION,SEVERE,0,1",
    })
    void hasTheBands(Dimension dimension, ImpairmentLevel level, int min, int max) {
        assertThat(sd2025.scale().bandsOf(dimension).get(level)).isEqualTo(new ScoreRange(min, max));
    }

    @Test
    void hasTheMatrix() {
        assertThat(sd2025.scale().matrix().rows()).containsExactly(
                List.of(0, 0, 1, 1), List.of(1, 1, 1, 2), List.of(2, 2, 2, 3), List.of(3, 3, 4, 5));
    }

    @Test
    void entitlesGradesThreeToFiveForAdults() {
        assertThat(sd2025.entitlement().entitledGrades()).containsExactly(3, 4, 5);
        assertThat(sd2025.entitlement().minimumAge()).isEqualTo(18);
    }

    @ParameterizedTest(name = "{0} level {1}: {2} up to {3}")
    @CsvSource({
        "SPECIALIZED,1,0.80,80.00", "SPECIALIZED,2,0.75,100.00", "SPECIALIZED,3,0.70,120.00",
        "RESIDENTIAL,,0.75,60.00", "HOME,,0.90,45.00",
    })
    void hasTheTariffs(CareType type, Integer level, BigDecimal ratio, BigDecimal limit) {
        assertThat(sd2025.care().tariffFor(type, level)).contains(new CareTariff(type, level, ratio, limit));
    }

    @Test
    void doesNotOfferVisitingCareAndContractsSpecialisedCareFromLevelTwo() {
        assertThat(sd2025.care().offeredCareTypes())
                .containsExactlyInAnyOrder(CareType.SPECIALIZED, CareType.RESIDENTIAL, CareType.HOME);
        assertThat(sd2025.care().specializedMinimumHospitalLevel()).isEqualTo(2);
    }

    @Test
    void hasTheProcessNumbers() {
        AssessmentProcedure p = sd2025.procedure();
        assertThat(List.of(p.conclusionValidityMonths(), p.acceptanceWorkingDays(), p.dispatchWorkingDays(),
                p.publicNoticeWorkingDays(), p.objectionWorkingDaysAfterConclusion(), p.reassessmentWorkingDays(),
                p.expiryReminderDays())).containsExactly(24, 5, 10, 5, 10, 10, 60);
        assertThat(p.benefitStart()).isEqualTo(BenefitStartRule.FIRST_OF_NEXT_MONTH);
        assertThat(p.reassessmentFeeHome()).isEqualTo(new BigDecimal("300.00"));
        assertThat(p.reassessmentFeeInstitution()).isEqualTo(new BigDecimal("200.00"));
        SettlementTerms s = sd2025.settlement();
        assertThat(List.of(s.claimWindowFromDay(), s.claimWindowToDay(), s.payoutDeadlineWorkingDays()))
                .containsExactly(1, 10, 30);
        assertThat(s.qualityDepositRate()).isEqualTo(new BigDecimal("0.05"));
        assertThat(sd2025.homeCare()).isEqualTo(new HomeCareTerms(30, 8));
        assertThat(sd2025.contracting()).isEqualTo(new ContractingTerms(60, 10, 5, 3, 90));
    }

    @ParameterizedTest(name = "concluded {0}: valid through {1}")
    @CsvSource({
        "2023-03-10,2025-03-09",   // rules.md §2 example
        "2024-01-01,2025-12-31",
        "2024-02-29,2026-02-27",   // plusMonths lands on the 28th; the day before is the 27th (verify)
    })
    void conclusionIsValidUntilTheDayBeforeTwoYearsLater(LocalDate concluded, LocalDate validThrough) {
        assertThat(sd2025.procedure().conclusionValidThrough(concluded)).isEqualTo(validThrough);
    }

    @ParameterizedTest(name = "concluded {0}: benefits from {1}")
    @CsvSource({"2024-06-10,2024-07-01", "2024-12-15,2025-01-01", "2025-03-01,2025-04-01", "2025-01-31,2025-02-01"})
    void benefitsStartOnTheFirstOfTheNextMonth(LocalDate concluded, LocalDate firstDay) {
        assertThat(sd2025.procedure().firstBenefitDay(concluded)).isEqualTo(firstDay);
    }
}
