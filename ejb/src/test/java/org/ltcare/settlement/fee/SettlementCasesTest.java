package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.ReferenceRuleSets;
import org.ltcare.policy.rules.RuleSetContent;

/** The public worked cases of shared/domain/cases/settlement.md and the api-trial.md example, with SD-2025. */
class SettlementCasesTest {

    private static final RuleSetContent SD_2025 = ReferenceRuleSets.sd2025();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case | month | care | level | grade | charge | inpatient from | to | death | claimed | billable | total | fund | personal | reason | rejected
        "S1  | 2025-03 | RESIDENTIAL | -  | 5 | 80 | -          | -          | -          | 31 | 31 | 2480.00 | 1395.00 | 1085.00 | -             | 0",
        "S2  | 2025-03 | RESIDENTIAL | -  | 5 | 80 | 2025-03-05 | 2025-03-14 | -          | 31 | 21 | 1680.00 | 945.00  | 735.00  | INPATIENT_DAY | 10",
        "S4  | 2025-04 | SPECIALIZED | 1  | 4 | 70 | -          | -          | -          | 30 | 30 | 2100.00 | 1680.00 | 420.00  | -             | 0",
        "S5  | 2025-03 | HOME        | -  | 3 | 40 | -          | -          | -          | 31 | 31 | 1240.00 | 1116.00 | 124.00  | -             | 0",
        "S6  | 2025-04 | RESIDENTIAL | -  | 5 | 80 | -          | -          | 2025-04-18 | 30 | 17 | 1360.00 | 765.00  | 595.00  | AFTER_DEATH   | 13",
        "API | 2025-03 | RESIDENTIAL | -  | 5 | 80.00 | 2025-03-05 | 2025-03-05 | -       | 31 | 30 | 2400.00 | 1350.00 | 1050.00 | INPATIENT_DAY | 1",
    })
    void computesTheWorkedCase(String name, String month, CareType careType, Integer level, int grade, String charge,
            String inpatientFrom, String inpatientTo, String death, int claimed, int billable, String total,
            String fund, String personal, RejectionReason reason, int rejected) {
        CareFeeRequests request = CareFeeRequests.forMonth(month).care(careType, level).grade(grade).charge(charge)
                .concluded("2024-06-10");
        if (inpatientFrom != null) {
            request.inpatientFromTo(inpatientFrom, inpatientTo);
        }
        if (death != null) {
            request.died(death);
        }

        CareFeeResult result = CareFeeCalculator.compute(SD_2025, request.build());

        assertThat(result.claimedDays()).isEqualTo(claimed);
        assertThat(result.billableDays()).isEqualTo(billable);
        assertThat(result.totalFee()).isEqualTo(new BigDecimal(total));
        assertThat(result.fundShare()).isEqualTo(new BigDecimal(fund));
        assertThat(result.personalShare()).isEqualTo(new BigDecimal(personal));
        assertThat(result.rejectedDays()).hasSize(rejected).allMatch(day -> day.reason() == reason);
        assertThat(result.tariffApplied()).isEqualTo(SD_2025.care().tariffFor(careType, level).orElseThrow());
    }
}
