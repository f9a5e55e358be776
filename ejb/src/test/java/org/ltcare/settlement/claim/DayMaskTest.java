package org.ltcare.settlement.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayMaskTest {

    @Test
    void daysRoundTripThroughTheBitsIncludingTheThirtyFirst() {
        YearMonth month = YearMonth.of(2025, 3);
        List<LocalDate> days = List.of(month.atDay(1), month.atDay(15), month.atDay(31));
        int mask = DayMask.of(days);
        assertThat(mask).isEqualTo(1 | 1 << 14 | 1 << 30);
        assertThat(DayMask.days(month, mask)).containsExactlyElementsOf(days);
    }

    @Test
    void aMonthHasOnlyItsOwnDays() {
        assertThat(DayMask.days(YearMonth.of(2024, 2), -1)).hasSize(29);
        assertThat(DayMask.days(YearMonth.of(2025, 2), -1)).hasSize(28);
        assertThat(DayMask.days(YearMonth.of(2025, 4), 0)).isEqualTo(Set.of());
    }
}
