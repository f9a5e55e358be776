package org.ltcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.policy.rules.AssessmentProcedure;
import org.ltcare.policy.rules.BenefitStartRule;

class ReassessmentFeeTest {

    /** Not the reference fees, so a fee taken from anywhere but the rule set shows. */
    private static final AssessmentProcedure PROCEDURE = new AssessmentProcedure(BenefitStartRule.FIRST_OF_NEXT_MONTH,
            24, 5, 10, 5, 10, 10, 60, new BigDecimal("310.50"), new BigDecimal("180.00"));

    @ParameterizedTest(name = "{0} → {1}, {2}: {3} pays {4}")
    @CsvSource({
            "3, 3, HOME,        APPLICANT, 310.50",
            "3, 3, INSTITUTION, APPLICANT, 180.00",
            "2, 3, HOME,        AGENCY,    310.50",
            "4, 3, INSTITUTION, AGENCY,    180.00",
            "0, 5, HOME,        AGENCY,    310.50"
    })
    void theApplicantPaysOnlyWhenTheGradeIsUnchanged(int objected, int reassessed, ResidenceKind residence,
                                                     FeePayer payer, String amount) {
        ReassessmentFee fee = ReassessmentFee.decide(objected, reassessed, residence, PROCEDURE);

        assertThat(fee.payer()).isEqualTo(payer);
        assertThat(fee.amount()).isEqualByComparingTo(amount);
    }
}
