package org.ltcare.overview.report;

import java.time.YearMonth;

/**
 * What a report is asked for: its kind and what it covers — a month (settlement summary), a period (assessment
 * statistics), an institution and a year (report card). Fields a kind does not use are null.
 */
public record ReportRequest(ReportKind kind, YearMonth from, YearMonth to, Long institutionId, Integer year) {

    /** How the request reads on the page and in the job list. */
    String describe(String institutionName) {
        return switch (kind) {
            case SETTLEMENT_SUMMARY -> from.toString();
            case ASSESSMENT_STATISTICS -> from + " – " + to;
            case INSTITUTION_CARD -> institutionName + " · " + year;
        };
    }
}
