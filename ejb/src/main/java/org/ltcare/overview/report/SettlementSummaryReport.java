package org.ltcare.overview.report;

import static org.ltcare.overview.report.ReportRows.printed;
import static org.ltcare.overview.report.ReportRows.whole;
import static org.ltcare.overview.report.ReportRows.withTotal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimStatus;

/**
 * 月度结算汇总: a month of care's submitted claims in a region — by institution (with its step), by care type and by
 * disability grade: lines, people, billable days, total fee, fund share, deductions, the fund's payable, personal
 * share; each table with its total.
 */
@Stateless
public class SettlementSummaryReport {

    static final String TITLE = "长期护理保险月度结算汇总表";
    private static final String LINES_OF_MONTH = "from care_claim_line l join care_claim c on c.id = l.claim_id "
            + "join organisation o on o.id = c.institution_id where c.month = ?1 and c.status <> 'DRAFT' "
            + "and o.region_code = ?2";

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Report build(String region, YearMonth month) {
        List<Report.Section> sections = new ArrayList<>();
        List<List<Object>> institutions = new ArrayList<>();
        for (Object[] r : rows("select o.name, c.status, c.line_count, c.billable_days, c.total_fee, c.fund_share, "
                + "c.deducted, c.fund_share - c.deducted, c.personal_share from care_claim c join organisation o "
                + "on o.id = c.institution_id where c.month = ?1 and c.status <> 'DRAFT' and o.region_code = ?2 "
                + "order by o.name", region, month)) {
            institutions.add(Arrays.asList(r[0], printed(ClaimStatus.valueOf((String) r[1])), whole(r[2]), whole(r[3]),
                    r[4], r[5], r[6], r[7], r[8]));
        }
        sections.add(new Report.Section("一、按定点机构", List.of("机构", "环节", "明细数", "可结算天数", "护理费总额",
                "基金支付", "审核扣减", "应支付基金", "个人负担"), withTotal(institutions, 2)));
        List<List<Object>> types = new ArrayList<>();
        for (Object[] r : rows("select l.care_type, count(*), count(distinct l.insured_id), sum(l.billable_days), "
                + "sum(l.total_fee), sum(l.fund_share), sum(l.deduction), sum(l.fund_share - l.deduction) "
                + LINES_OF_MONTH + " group by l.care_type order by l.care_type", region, month)) {
            types.add(Arrays.asList(printed(CareType.valueOf((String) r[0])), whole(r[1]), whole(r[2]), whole(r[3]),
                    r[4], r[5], r[6], r[7]));
        }
        sections.add(new Report.Section("二、按护理类型", List.of("护理类型", "明细数", "人数", "可结算天数",
                "护理费总额", "基金支付", "审核扣减", "应支付基金"), withTotal(types, 1, 2)));
        List<List<Object>> grades = new ArrayList<>();
        for (Object[] r : rows("select l.grade, count(*), count(distinct l.insured_id), sum(l.billable_days), "
                + "sum(l.fund_share), sum(l.fund_share - l.deduction) " + LINES_OF_MONTH
                + " group by l.grade order by l.grade", region, month)) {
            grades.add(Arrays.asList(r[0] + " 级", whole(r[1]), whole(r[2]), whole(r[3]), r[4], r[5]));
        }
        sections.add(new Report.Section("三、按失能等级", List.of("失能等级", "明细数", "人数", "可结算天数",
                "基金支付", "应支付基金"), withTotal(grades, 1, 2)));
        return new Report(TITLE, "费用月份 " + month + " · 已提交的结算申请（金额单位：元）", sections);
    }

    private List<Object[]> rows(String sql, String region, YearMonth month) {
        return em.createNativeQuery(sql).setParameter(1, month.toString()).setParameter(2, region).getResultList()
                .stream().map(Object[].class::cast).toList();
    }
}
