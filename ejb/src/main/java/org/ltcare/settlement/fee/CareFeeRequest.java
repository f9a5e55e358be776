package org.ltcare.settlement.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ltcare.policy.rules.CareType;

/**
 * One beneficiary, one institution, one care type, one month: the input of a care-fee computation. It takes
 * the request as the client sent it, nulls and all, because {@link CareFeeCalculator} must name every bad
 * field at once; it only makes absent day lists empty and copies the sets so that they cannot change.
 *
 * @param careDays the days claimed; null means every day of the month ("ALL" in the API)
 * @param deathDate null if the person is alive
 * @param daysWithoutAgreement days the institution had no agreement in force for the care type (settlement)
 * @param daysNotEnrolled days the person was not enrolled: before enrolment or after its end (settlement)
 * @param monthlyDayCap at most this many billable days in the month, the later ones over the cap (settlement:
 *                      the rule set's cap for home care); null for no cap
 */
public record CareFeeRequest(
        YearMonth month,
        CareType careType,
        Integer hospitalLevel,
        Integer grade,
        BigDecimal dailyCharge,
        LocalDate conclusionDate,
        Set<LocalDate> careDays,
        Set<LocalDate> inpatientDays,
        LocalDate deathDate,
        Set<LocalDate> daysClaimedElsewhere,
        Set<LocalDate> daysWithoutServiceRecord,
        Set<LocalDate> daysWithoutAgreement,
        Set<LocalDate> daysNotEnrolled,
        Integer monthlyDayCap) {

    /** A request without agreement, enrolment or cap data (the trial API: the caller states an agreement by its charge). */
    public CareFeeRequest(YearMonth month, CareType careType, Integer hospitalLevel, Integer grade,
                          BigDecimal dailyCharge, LocalDate conclusionDate, Set<LocalDate> careDays,
                          Set<LocalDate> inpatientDays, LocalDate deathDate, Set<LocalDate> daysClaimedElsewhere,
                          Set<LocalDate> daysWithoutServiceRecord) {
        this(month, careType, hospitalLevel, grade, dailyCharge, conclusionDate, careDays, inpatientDays, deathDate,
                daysClaimedElsewhere, daysWithoutServiceRecord, null, null, null);
    }

    public CareFeeRequest {
        careDays = careDays == null ? null : copyOf(careDays);
        inpatientDays = inpatientDays == null ? Collections.emptySet() : copyOf(inpatientDays);
        daysClaimedElsewhere = daysClaimedElsewhere == null ? Collections.emptySet() : copyOf(daysClaimedElsewhere);
        daysWithoutServiceRecord = daysWithoutServiceRecord == null ? Collections.emptySet() : copyOf(daysWithoutServiceRecord);
        daysWithoutAgreement = daysWithoutAgreement == null ? Collections.emptySet() : copyOf(daysWithoutAgreement);
        daysNotEnrolled = daysNotEnrolled == null ? Collections.emptySet() : copyOf(daysNotEnrolled);
    }

    public boolean claimsWholeMonth() {
        return careDays == null;
    }

    /** Keeps null elements, which the calculator reports; Set.copyOf would throw instead. */
    private static Set<LocalDate> copyOf(Set<LocalDate> days) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(days));
    }
}
