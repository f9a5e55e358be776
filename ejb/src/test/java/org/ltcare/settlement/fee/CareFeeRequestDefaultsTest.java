package org.ltcare.settlement.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.ReferenceRuleSets;

/** Values left out (null), as an API client leaves them out of its JSON. */
class CareFeeRequestDefaultsTest {

    @Test
    void leftOutDayListsMeanNoSuchDays() {
        CareFeeRequest request = new CareFeeRequest(YearMonth.of(2025, 3), CareType.RESIDENTIAL, null, 5,
                new BigDecimal("80.00"), LocalDate.of(2024, 6, 10), null, null, null, null, null);

        CareFeeResult result = CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), request);

        assertEquals(31, result.billableDays());
        assertEquals(new BigDecimal("1395.00"), result.fundShare(), "31 days × 60.00 × 0.75");
    }

    @Test
    void aGradeLeftOutIsNamedAsMissing() {
        CareFeeRequest request = new CareFeeRequest(YearMonth.of(2025, 3), CareType.RESIDENTIAL, null, null,
                new BigDecimal("80.00"), LocalDate.of(2024, 6, 10), null, null, null, null, null);

        InvalidCareFeeRequestException refused = assertThrows(InvalidCareFeeRequestException.class,
                () -> CareFeeCalculator.compute(ReferenceRuleSets.sd2025(), request));

        assertEquals(List.of(new FieldProblem("grade", "MISSING")), refused.problems());
    }
}
