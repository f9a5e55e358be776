package org.ltcare.settlement.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.fee.CareFeeRequest;

/**
 * What one claim line is computed from, as read from the records: the admission and its person, grade and
 * conclusion date, the institution's hospital level and daily charge, the days claimed (days in care for 专护/院护,
 * days with a visit for 家护/巡护) and the days that fail a rule (inpatient, claimed elsewhere, without agreement,
 * without service record, not enrolled), and the date of death. The monthly cap of billable days is the rule
 * set's, set by {@link #under}; as read from the records it is null.
 */
public record ClaimInputs(long admissionId, long insuredId, CareType careType, int grade, Integer hospitalLevel,
                          LocalDate conclusionOn, BigDecimal dailyCharge, Set<LocalDate> claimed,
                          Set<LocalDate> inpatient, LocalDate diedOn, Set<LocalDate> claimedElsewhere,
                          Set<LocalDate> withoutServiceRecord, Set<LocalDate> withoutAgreement,
                          Set<LocalDate> notEnrolled, Integer monthlyDayCap) {

    /**
     * These inputs as a rule set that switched some day codes off sees them: the facts behind a code it does not
     * apply are left out, so those days fall to the next code or are billable. Home care (家护/巡护) gets the rule
     * set's monthly cap of billable days when it applies OVER_ENTITLEMENT; bed-based care is capped by the month.
     */
    public ClaimInputs under(AppliedRules rules) {
        boolean capped = careType.isVisitBased() && rules.applies(AuditRule.OVER_ENTITLEMENT);
        return new ClaimInputs(admissionId, insuredId, careType, grade, hospitalLevel, conclusionOn, dailyCharge,
                claimed, rules.applies(AuditRule.INPATIENT_DAY) ? inpatient : Set.of(), diedOn,
                rules.applies(AuditRule.DUPLICATE_DAY) ? claimedElsewhere : Set.of(),
                rules.applies(AuditRule.NO_SERVICE_RECORD) ? withoutServiceRecord : Set.of(),
                rules.applies(AuditRule.NO_AGREEMENT) ? withoutAgreement : Set.of(), notEnrolled,
                capped ? Integer.valueOf(rules.threshold(AuditRule.OVER_ENTITLEMENT)) : null);
    }

    /** The same request the trial API computes: one domain code for both. */
    public CareFeeRequest request(YearMonth month) {
        return new CareFeeRequest(month, careType, careType.isTariffedByHospitalLevel() ? hospitalLevel : null, grade,
                dailyCharge, conclusionOn, claimed, inpatient, diedOn, claimedElsewhere, withoutServiceRecord,
                withoutAgreement, notEnrolled, monthlyDayCap);
    }
}
