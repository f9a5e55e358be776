package org.ltcare.settlement.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.rules.ReferenceRuleSets;

class CareFeeValueObjectsTest {

    @Test
    void theRequestCopiesItsDayListsAndMakesAbsentOnesEmpty() {
        Set<LocalDate> inpatient = new HashSet<>(Set.of(LocalDate.parse("2025-03-05")));
        CareFeeRequest request = new CareFeeRequest(null, null, null, 5, null, null, null, inpatient, null, null, null);
        inpatient.add(LocalDate.parse("2025-03-06"));

        assertThat(request.inpatientDays()).containsExactly(LocalDate.parse("2025-03-05"));
        assertThat(request.daysClaimedElsewhere()).isEmpty();
        assertThat(request.daysWithoutServiceRecord()).isEmpty();
        assertThat(request.claimsWholeMonth()).isTrue();
        assertThatThrownBy(() -> request.inpatientDays().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResultAccountsForEveryClaimedDay() {
        var tariff = ReferenceRuleSets.sd2025().care().tariffs().get(0);
        List<RejectedDay> oneRejected = List.of(new RejectedDay(LocalDate.parse("2025-03-01"),
                RejectionReason.INPATIENT_DAY));

        FeeArithmetic oneDay = FeeArithmetic.of(1, new BigDecimal("50.00"), tariff);

        assertThat(new CareFeeResult(2, oneRejected, oneDay, tariff).claimedDays()).isEqualTo(2);
        assertThatThrownBy(() -> new CareFeeResult(3, oneRejected, oneDay, tariff))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReasonsAreTheCatalogueOfTheRulesInItsOrder() {
        assertThat(RejectionReason.values()).extracting(Enum::name).containsExactly("NOT_ENTITLED_GRADE",
                "NO_VALID_CONCLUSION", "BEFORE_BENEFIT_START", "NOT_ENROLLED", "AFTER_DEATH", "INPATIENT_DAY",
                "DUPLICATE_DAY", "NO_AGREEMENT", "NO_SERVICE_RECORD", "OVER_ENTITLEMENT");
    }
}
