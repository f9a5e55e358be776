package org.ltcare.policy.rules;

import java.time.LocalDate;

/**
 * When benefits begin after a conclusion. An enum, not a constant, because regions differ; the reference
 * rule set (and, so far, every region we know) starts on the 1st of the month after the conclusion date.
 */
public enum BenefitStartRule {
    FIRST_OF_NEXT_MONTH {
        @Override
        public LocalDate firstBenefitDay(LocalDate conclusionDate) {
            return conclusionDate.withDayOfMonth(1).plusMonths(1);
        }
    };

    public abstract LocalDate firstBenefitDay(LocalDate conclusionDate);
}
