package org.ltcare.assessment;

import java.math.BigDecimal;
import org.ltcare.policy.rules.AssessmentProcedure;

/**
 * Who pays a re-assessment (rules.md §2.6): the applicant if the grade is unchanged, otherwise the agency; the
 * amount is the rule set's fee for where the applicant lives (at home or in an institution), recorded either way.
 */
record ReassessmentFee(FeePayer payer, BigDecimal amount) {

    static ReassessmentFee decide(int objectedGrade, int reassessedGrade, ResidenceKind residence,
                                  AssessmentProcedure procedure) {
        BigDecimal amount = residence == ResidenceKind.HOME
                ? procedure.reassessmentFeeHome() : procedure.reassessmentFeeInstitution();
        return new ReassessmentFee(objectedGrade == reassessedGrade ? FeePayer.APPLICANT : FeePayer.AGENCY, amount);
    }
}
