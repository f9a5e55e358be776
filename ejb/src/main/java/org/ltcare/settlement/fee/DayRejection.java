package org.ltcare.settlement.fee;

import java.time.LocalDate;
import java.util.Optional;
import org.ltcare.policy.rules.AssessmentProcedure;

/**
 * Decides whether one claimed day is billable for an entitled grade. A day failing several conditions carries
 * the first in the order of rules.md §5: no valid conclusion, before benefit start, (for settlement) not
 * enrolled, after death, inpatient, duplicate, (for settlement) no agreement, no service record; the monthly cap
 * comes last, in {@link CareFeeCalculator}, because it counts the days that pass all of these. The order makes the reason stable when a client sends more data.
 */
final class DayRejection {

    private final LocalDate conclusionDate;
    private final LocalDate conclusionValidThrough;
    private final LocalDate firstBenefitDay;
    private final CareFeeRequest request;

    DayRejection(AssessmentProcedure procedure, CareFeeRequest request) {
        this.request = request;
        this.conclusionDate = request.conclusionDate();
        this.conclusionValidThrough = procedure.conclusionValidThrough(conclusionDate);
        this.firstBenefitDay = procedure.firstBenefitDay(conclusionDate);
    }

    Optional<RejectionReason> reasonFor(LocalDate day) {
        if (day.isBefore(conclusionDate) || day.isAfter(conclusionValidThrough)) {
            return Optional.of(RejectionReason.NO_VALID_CONCLUSION);
        }
        if (day.isBefore(firstBenefitDay)) {
            return Optional.of(RejectionReason.BEFORE_BENEFIT_START);
        }
        if (request.daysNotEnrolled().contains(day)) {
            return Optional.of(RejectionReason.NOT_ENROLLED);
        }
        if (request.deathDate() != null && !day.isBefore(request.deathDate())) {
            return Optional.of(RejectionReason.AFTER_DEATH);
        }
        if (request.inpatientDays().contains(day)) {
            return Optional.of(RejectionReason.INPATIENT_DAY);
        }
        if (request.daysClaimedElsewhere().contains(day)) {
            return Optional.of(RejectionReason.DUPLICATE_DAY);
        }
        if (request.daysWithoutAgreement().contains(day)) {
            return Optional.of(RejectionReason.NO_AGREEMENT);
        }
        if (request.daysWithoutServiceRecord().contains(day)) {
            return Optional.of(RejectionReason.NO_SERVICE_RECORD);
        }
        return Optional.empty();
    }
}
