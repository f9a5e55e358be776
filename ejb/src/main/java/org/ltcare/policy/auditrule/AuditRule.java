package org.ltcare.policy.auditrule;

/**
 * The catalogue of automatic-audit rules (智能审核, rules.md §5). Day codes reject days of a claim line; the
 * entitlement codes are the law's and always apply, the others a rule set may switch off (a city without the
 * hospital feed, say). Anomalies do not reject days: they are findings with evidence for the reviewers.
 */
public enum AuditRule {
    NOT_ENTITLED_GRADE(Kind.DAY_CODE, false),
    NO_VALID_CONCLUSION(Kind.DAY_CODE, false),
    BEFORE_BENEFIT_START(Kind.DAY_CODE, false),
    NOT_ENROLLED(Kind.DAY_CODE, false),
    AFTER_DEATH(Kind.DAY_CODE, false),
    INPATIENT_DAY(Kind.DAY_CODE, true),
    DUPLICATE_DAY(Kind.DAY_CODE, true),
    NO_AGREEMENT(Kind.DAY_CODE, true),
    NO_SERVICE_RECORD(Kind.DAY_CODE, true),
    /** Home care's billable days in a month above the cap (the threshold, in days). */
    OVER_ENTITLEMENT(Kind.DAY_CODE, true, 1, 31),
    /** One care worker in two visits at the same time. */
    WORKER_OVERLAP(Kind.ANOMALY, true),
    /** More visits a day by one worker than the rule set allows. */
    WORKER_DAILY_LIMIT(Kind.ANOMALY, true),
    /** A check-in farther (metres: the threshold) from the beneficiary's usual check-in place. */
    FAR_FROM_USUAL_PLACE(Kind.ANOMALY, true, 100, 100_000),
    /** A visit on or after the date of death. */
    SERVICE_AFTER_DEATH(Kind.ANOMALY, true),
    /** A visit on a day the person was a hospital inpatient. */
    HOSPITAL_OVERLAP(Kind.ANOMALY, true);

    /** Rejects days, or flags for review. */
    public enum Kind { DAY_CODE, ANOMALY }

    private final Kind kind;
    private final boolean switchable;
    private final int thresholdMin;
    private final int thresholdMax;

    AuditRule(Kind kind, boolean switchable) {
        this(kind, switchable, 0, 0);
    }

    AuditRule(Kind kind, boolean switchable, int thresholdMin, int thresholdMax) {
        this.kind = kind;
        this.switchable = switchable;
        this.thresholdMin = thresholdMin;
        this.thresholdMax = thresholdMax;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSwitchable() {
        return switchable;
    }

    /** Whether the rule takes a number (its threshold). */
    public boolean hasThreshold() {
        return thresholdMax > 0;
    }

    /** Whether a threshold is within the rule's range (the unit is the rule's: metres, days). */
    public boolean acceptsThreshold(Integer threshold) {
        return threshold != null && threshold >= thresholdMin && threshold <= thresholdMax;
    }

    public int thresholdMin() {
        return thresholdMin;
    }

    public int thresholdMax() {
        return thresholdMax;
    }
}
