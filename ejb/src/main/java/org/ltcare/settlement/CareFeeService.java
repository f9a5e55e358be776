package org.ltcare.settlement;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.settlement.fee.CareFeeCalculator;
import org.ltcare.settlement.fee.CareFeeRequest;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.shared.security.Actor;

/** One month's care fee with the rule set in force; monthly settlement and the trial API both call it. */
@Stateless
public class CareFeeService {

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Clock clock;

    /** A fee and the rule-set version it was computed with. */
    public record Computed(String ruleSetCode, CareFeeResult result) {
    }

    /**
     * The version in force on the first day of the month applies to the whole month (a version never starts
     * mid-month in practice; rule changes take effect on the 1st).
     *
     * @throws org.ltcare.settlement.fee.InvalidCareFeeRequestException naming every bad field
     */
    public Computed trial(Actor actor, String ruleSetCode, CareFeeRequest request) {
        LocalDate on = request.month() == null ? LocalDate.now(clock) : request.month().atDay(1);
        RuleSet ruleSet = ruleSets.forCalculation(actor, ruleSetCode, on);
        return new Computed(ruleSet.getCode(), CareFeeCalculator.compute(ruleSet.content(), request));
    }
}
