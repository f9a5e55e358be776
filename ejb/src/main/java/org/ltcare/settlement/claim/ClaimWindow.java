package org.ltcare.settlement.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.ltcare.policy.rules.SettlementTerms;

/**
 * The claim window of rules.md §5: a month's claim is submitted from day {@code claimWindowFromDay} to day
 * {@code claimWindowToDay} of the following month; a claim submitted later is taken into the next cycle. Nothing is
 * submitted before the window opens (the month's care is not complete).
 */
public final class ClaimWindow {

    private ClaimWindow() {
    }

    /** The cycle (month of processing) a claim for {@code month} submitted on {@code day} goes into; empty if early. */
    public static Optional<YearMonth> cycleOf(YearMonth month, LocalDate day, SettlementTerms terms) {
        YearMonth following = month.plusMonths(1);
        if (day.isBefore(following.atDay(terms.claimWindowFromDay()))) {
            return Optional.empty();
        }
        YearMonth submitted = YearMonth.from(day);
        boolean inWindow = day.getDayOfMonth() >= terms.claimWindowFromDay()
                && day.getDayOfMonth() <= terms.claimWindowToDay();
        return Optional.of(inWindow ? submitted : submitted.plusMonths(1));
    }

    /** The first day a claim for {@code month} may be submitted. */
    public static LocalDate opensOn(YearMonth month, SettlementTerms terms) {
        return month.plusMonths(1).atDay(terms.claimWindowFromDay());
    }

    /**
     * The last day a claim returned on {@code day} may be corrected and resubmitted: the end of the claim window
     * then open, or of the next one if this month's has closed.
     */
    public static LocalDate correctionEndsOn(LocalDate day, SettlementTerms terms) {
        LocalDate thisWindowEnds = day.withDayOfMonth(terms.claimWindowToDay());
        return day.isAfter(thisWindowEnds) ? day.plusMonths(1).withDayOfMonth(terms.claimWindowToDay())
                : thisWindowEnds;
    }
}
