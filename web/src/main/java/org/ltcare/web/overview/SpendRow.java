package org.ltcare.web.overview;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.overview.Dashboard;
import org.ltcare.overview.MonthSpend;
import org.ltcare.policy.rules.CareType;

/**
 * A month of the spend table: the fund's spend per care type (in CareType order) and in total, the personal share,
 * and the budget (null if none was set) — every month of the span, zeros where nothing was claimed.
 */
public record SpendRow(YearMonth month, List<BigDecimal> fund, BigDecimal totalFund, BigDecimal personal,
                       BigDecimal budget) implements Serializable {

    static List<SpendRow> of(Dashboard dashboard) {
        List<SpendRow> rows = new ArrayList<>();
        for (YearMonth month : dashboard.months()) {
            List<BigDecimal> fund = new ArrayList<>();
            BigDecimal personal = BigDecimal.ZERO.setScale(2);
            for (CareType type : CareType.values()) {
                BigDecimal sum = BigDecimal.ZERO.setScale(2);
                for (MonthSpend cell : dashboard.spend()) {
                    if (cell.month().equals(month) && cell.careType() == type) {
                        sum = sum.add(cell.fundSpend());
                        personal = personal.add(cell.personalShare());
                    }
                }
                fund.add(sum);
            }
            BigDecimal total = fund.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            rows.add(new SpendRow(month, fund, total, personal, dashboard.budget().get(month)));
        }
        return rows;
    }

    public boolean isOverBudget() {
        return budget != null && totalFund.compareTo(budget) > 0;
    }
}
