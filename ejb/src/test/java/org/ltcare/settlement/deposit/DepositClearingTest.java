package org.ltcare.settlement.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.deposit.ReleaseSchedule;
import org.ltcare.shared.BusinessException;

/** Released = round(withheld × share, 2, HALF_UP), kept = the rest; the preparer does not approve. */
class DepositClearingTest {

    private static final Instant AT = Instant.parse("2027-01-15T02:00:00Z");

    @ParameterizedTest(name = "{0} × {1} → released {2}, kept {3}")
    @CsvSource({"208.63, 0.5, 104.32, 104.31", "208.63, 1, 208.63, 0.00", "208.63, 0, 0.00, 208.63",
            "0.01, 0.5, 0.01, 0.00", "1000.00, 0.8, 800.00, 200.00", "33.33, 0.3333, 11.11, 22.22"})
    void theReleasedShareIsRoundedOnceAndTheFundKeepsTheRest(BigDecimal withheld, BigDecimal share,
                                                               BigDecimal released, BigDecimal kept) {
        DepositClearing clearing = clearing(withheld, share);
        assertThat(clearing.getReleased()).isEqualByComparingTo(released);
        assertThat(clearing.getKept()).isEqualByComparingTo(kept);
        assertThat(clearing.getReleased().add(clearing.getKept())).isEqualByComparingTo(withheld);
    }

    @Test
    void thePreparerDoesNotApproveAndAnApprovalIsOnce() {
        DepositClearing clearing = clearing(new BigDecimal("100.00"), BigDecimal.ONE);
        assertThatThrownBy(() -> clearing.approve("officer", AT)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("clearing.fourEyes"));
        clearing.approve("approver", AT);
        assertThat(clearing.isApproved()).isTrue();
        assertThatThrownBy(() -> clearing.approve("approver2", AT)).isInstanceOf(BusinessException.class);
    }

    private static DepositClearing clearing(BigDecimal withheld, BigDecimal share) {
        return new DepositClearing(7, 2026, "SD-2025", new Withheld(7, withheld, 3), 85,
                new ReleaseSchedule.Band(80, share), "officer", AT);
    }
}
