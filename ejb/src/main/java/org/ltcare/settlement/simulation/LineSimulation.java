package org.ltcare.settlement.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.settlement.claim.ClaimInputs;
import org.ltcare.settlement.claim.DayFacts;
import org.ltcare.settlement.fee.CareFeeCalculator;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * A claim line computed again under another rule set, from what the line recorded (never from today's records):
 * its person's grade, conclusion date, care type, hospital level, daily charge, claimed days, and the days it
 * rejected for facts of the records — inpatient, duplicate, without agreement or service record, not enrolled,
 * after death (the first such day is taken as the date of death). Codes that depend on the rule set (grade,
 * conclusion validity, benefit start, the monthly cap) are decided again by the other rule set. A day that failed
 * two fact codes recorded only the first: if the other rule set switches that one off, the second is not known.
 */
public final class LineSimulation {

    private LineSimulation() {
    }

    /** The fund share the line would have had under {@code rules} with {@code applied} audit rules. */
    public static BigDecimal fundShare(LineFacts line, YearMonth month, RuleSetContent rules, AppliedRules applied) {
        return compute(line, month, rules, applied).fundShare();
    }

    /** The line computed under {@code rules}: its days, the tariff the draft looks up and its arithmetic. */
    public static CareFeeResult compute(LineFacts line, YearMonth month, RuleSetContent rules, AppliedRules applied) {
        ClaimInputs inputs = inputs(line).under(applied);
        return CareFeeCalculator.compute(rules, inputs.request(month));
    }

    static ClaimInputs inputs(LineFacts line) {
        DayFacts facts = new DayFacts();
        LocalDate diedOn = null;
        for (Map.Entry<LocalDate, RejectionReason> rejected : line.rejections().entrySet()) {
            LocalDate day = rejected.getKey();
            RejectionReason reason = rejected.getValue();
            switch (reason) {
                case INPATIENT_DAY, DUPLICATE_DAY, NO_SERVICE_RECORD, NO_AGREEMENT, NOT_ENROLLED ->
                        facts.add(reason, day, line.facts().get(day));
                case AFTER_DEATH -> diedOn = diedOn == null || day.isBefore(diedOn) ? day : diedOn;
                default -> {
                    // Decided by the rule set itself: computed again.
                }
            }
        }
        return new ClaimInputs(line.admissionId(), line.insuredId(), line.careType(), line.grade(),
                line.hospitalLevel(), line.conclusionOn(), line.dailyCharge(), line.claimed(), facts, diedOn, null);
    }

    /** What a claim line recorded, as the simulation reads it. */
    public record LineFacts(long admissionId, long insuredId, CareType careType, int grade, Integer hospitalLevel,
                            LocalDate conclusionOn, BigDecimal dailyCharge, Set<LocalDate> claimed,
                            Map<LocalDate, RejectionReason> rejections, Map<LocalDate, RejectionFact> facts) {
    }
}
