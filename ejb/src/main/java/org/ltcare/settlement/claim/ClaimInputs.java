package org.ltcare.settlement.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * What one claim line is computed from, as read from the records: the admission and its person, grade and
 * conclusion date, the institution's hospital level and daily charge, the days claimed (days in care for 专护/院护,
 * days with a visit for 家护/巡护), the days that fail a rule of the records (inpatient, claimed elsewhere, without
 * agreement, without service record, not enrolled) each with the record behind it, and the date of death. The
 * monthly cap of billable days is the rule set's, set by {@link #under}; as read from the records it is null.
 */
public record ClaimInputs(long admissionId, long insuredId, CareType careType, int grade, Integer hospitalLevel,
                          LocalDate conclusionOn, BigDecimal dailyCharge, Set<LocalDate> claimed, DayFacts facts,
                          LocalDate diedOn, Integer monthlyDayCap) {

    /**
     * These inputs as a rule set that switched some day codes off sees them: the facts behind a code it does not
     * apply are left out, so those days fall to the next code or are billable. Home care (家护/巡护) gets the rule
     * set's monthly cap of billable days when it applies OVER_ENTITLEMENT; bed-based care is capped by the month.
     */
    public ClaimInputs under(AppliedRules rules) {
        boolean capped = careType.isVisitBased() && rules.applies(AuditRule.OVER_ENTITLEMENT);
        DayFacts applied = facts.only(reason -> switch (reason) {
            case INPATIENT_DAY -> rules.applies(AuditRule.INPATIENT_DAY);
            case DUPLICATE_DAY -> rules.applies(AuditRule.DUPLICATE_DAY);
            case NO_SERVICE_RECORD -> rules.applies(AuditRule.NO_SERVICE_RECORD);
            case NO_AGREEMENT -> rules.applies(AuditRule.NO_AGREEMENT);
            default -> true;
        });
        return new ClaimInputs(admissionId, insuredId, careType, grade, hospitalLevel, conclusionOn, dailyCharge,
                claimed, applied, diedOn, capped ? Integer.valueOf(rules.threshold(AuditRule.OVER_ENTITLEMENT)) : null);
    }

    /** The same request the trial API computes: one domain code for both. */
    public CareFeeRequest request(YearMonth month) {
        return new CareFeeRequest(month, careType, careType.isTariffedByHospitalLevel() ? hospitalLevel : null, grade,
                dailyCharge, conclusionOn, claimed, facts.days(RejectionReason.INPATIENT_DAY), diedOn,
                facts.days(RejectionReason.DUPLICATE_DAY), facts.days(RejectionReason.NO_SERVICE_RECORD),
                facts.days(RejectionReason.NO_AGREEMENT), facts.days(RejectionReason.NOT_ENROLLED), monthlyDayCap);
    }

    /** The record behind a day the calculator rejected for {@code reason}; the cap is the rule set's, set here. */
    public Optional<RejectionFact> factOf(RejectionReason reason, LocalDate day) {
        if (reason == RejectionReason.OVER_ENTITLEMENT && monthlyDayCap != null) {
            return Optional.of(RejectionFact.of(FactKind.MONTHLY_CAP, monthlyDayCap.longValue()));
        }
        return facts.of(reason, day);
    }
}
