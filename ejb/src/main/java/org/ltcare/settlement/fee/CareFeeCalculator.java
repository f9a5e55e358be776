package org.ltcare.settlement.fee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.policy.rules.RuleSetContent;

/**
 * Computes one month's care-fee line (rules.md §5): which claimed days are billable, and the amounts
 * ({@link FeeArithmetic}: ratio × min(daily charge, per-bed-day limit) per billable day, rounded once for the whole
 * line, never per day, so that a line's fund share does not depend on how its days are split). With a monthly
 * cap, the days past the cap-th billable day (in date order) are over the entitlement. The rule set must be valid ({@code RuleSetValidator}).
 */
public final class CareFeeCalculator {

    private CareFeeCalculator() {
    }

    /** @throws InvalidCareFeeRequestException naming every bad field of the request */
    public static CareFeeResult compute(RuleSetContent rules, CareFeeRequest request) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(request, "request");
        List<FieldProblem> problems = CareFeeRequestCheck.check(rules, request);
        if (!problems.isEmpty()) {
            throw new InvalidCareFeeRequestException(problems);
        }
        CareTariff tariff = rules.care().tariffFor(request.careType(), request.hospitalLevel()).orElseThrow();
        List<LocalDate> claimed = claimedDays(request);
        if (!rules.entitlement().entitles(request.grade())) {
            List<RejectedDay> all = claimed.stream()
                    .map(day -> new RejectedDay(day, RejectionReason.NOT_ENTITLED_GRADE)).toList();
            return new CareFeeResult(claimed.size(), all, FeeArithmetic.of(0, request.dailyCharge(), tariff), tariff);
        }
        DayRejection rejection = new DayRejection(rules.procedure(), request);
        List<RejectedDay> rejected = new ArrayList<>();
        int passed = 0;
        for (LocalDate day : claimed) {
            Optional<RejectionReason> reason = rejection.reasonFor(day);
            if (reason.isEmpty() && request.monthlyDayCap() != null && passed >= request.monthlyDayCap()) {
                reason = Optional.of(RejectionReason.OVER_ENTITLEMENT);
            }
            if (reason.isPresent()) {
                rejected.add(new RejectedDay(day, reason.get()));
            } else {
                passed++;
            }
        }
        FeeArithmetic arithmetic = FeeArithmetic.of(claimed.size() - rejected.size(), request.dailyCharge(), tariff);
        return new CareFeeResult(claimed.size(), rejected, arithmetic, tariff);
    }

    /** In date order, whether the client sent "ALL" or a list. */
    private static List<LocalDate> claimedDays(CareFeeRequest request) {
        if (request.claimsWholeMonth()) {
            return IntStream.rangeClosed(1, request.month().lengthOfMonth()).mapToObj(request.month()::atDay).toList();
        }
        return request.careDays().stream().sorted().toList();
    }
}
