package org.ltcare.overview;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the bureau's dashboard shows for its region: people in care by grade and care type today; open cases by
 * step with the overdue ones; the fund's spend by month and care type over {@code months} against the budget; the
 * institutions' figures; claims whose payout is due within the warning days.
 */
public record Dashboard(List<GradeTypeCount> beneficiaries, List<CaseStageCount> cases, List<YearMonth> months,
                        List<MonthSpend> spend, Map<YearMonth, BigDecimal> budget, List<InstitutionRank> institutions,
                        List<DeadlineClaim> dueSoon) implements Serializable {
}
