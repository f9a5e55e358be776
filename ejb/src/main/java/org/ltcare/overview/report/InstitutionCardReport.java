package org.ltcare.overview.report;

import static org.ltcare.overview.report.ReportRows.printed;
import static org.ltcare.overview.report.ReportRows.whole;
import static org.ltcare.overview.report.ReportRows.withTotal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ltcare.benefit.InCare;
import org.ltcare.institution.CareInstitution;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.claim.ReviewReason;

/**
 * 定点机构年度报告卡: one institution's year — who it is and its agreements, people in care at the year's end (or
 * today), its claims month by month, the reviews' deductions by reason, the automatic audit's findings by rule, its
 * evaluation score and sanctions.
 */
@Stateless
public class InstitutionCardReport {

    static final String TITLE = "定点护理服务机构年度报告卡";

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Report build(CareInstitution institution, int year, LocalDate today) {
        long id = institution.getId();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = yearEnd.isBefore(today) ? yearEnd : today;
        List<List<Object>> profile = new ArrayList<>();
        profile.add(Arrays.asList("机构名称", institution.getName()));
        profile.add(Arrays.asList("机构类型", printed(institution.getKind())));
        profile.add(Arrays.asList("医院等级", institution.getHospitalLevel() == null ? "—"
                : institution.getHospitalLevel() + " 级"));
        profile.add(Arrays.asList("床位数", (long) institution.getBeds()));
        profile.add(Arrays.asList("统一社会信用代码", institution.getCreditCode()));
        profile.add(Arrays.asList("地址", institution.getAddress()));
        for (Object[] r : rows("select t.care_type, t.places, t.daily_charge, s.valid_from, s.valid_until "
                + "from service_agreement s join agreement_care_type t on t.agreement_id = s.id where "
                + "s.institution_id = ?1 and s.status = 'ACTIVE' and s.valid_from <= ?3 and s.valid_until >= ?2 "
                + "order by s.valid_from, t.care_type", id, year)) {
            profile.add(Arrays.asList("协议：" + printed(CareType.valueOf((String) r[0])), r[1] + " 张床位/名额，日收费 "
                    + r[2] + " 元，" + r[3] + " 至 " + r[4]));
        }
        profile.add(Arrays.asList("在护人数（" + asOf + "）", whole(em.createNativeQuery("select count(*) from "
                + "care_admission a where a.institution_id = ?1 and " + InCare.sql("?2", "?2")).setParameter(1, id).setParameter(2, asOf)
                .getSingleResult())));
        Object score = em.createNativeQuery("select max(score) from annual_evaluation where institution_id = ?1 "
                + "and year = ?2").setParameter(1, id).setParameter(2, year).getSingleResult();
        profile.add(Arrays.asList("年度考核得分", score == null ? "尚未考核" : String.valueOf(score)));
        profile.add(Arrays.asList("处理措施（件）", whole(em.createNativeQuery("select count(*) from "
                + "institution_sanction where institution_id = ?1 and year(effective_from) = ?2")
                .setParameter(1, id).setParameter(2, year).getSingleResult())));

        List<List<Object>> months = new ArrayList<>();
        for (Object[] r : rows("select c.month, c.status, c.line_count, c.billable_days, c.fund_share, c.deducted, "
                + "c.fund_share - c.deducted from care_claim c where c.institution_id = ?1 and c.month like "
                + "concat(?2, '-%') and c.status <> 'DRAFT' order by c.month", id, year)) {
            months.add(Arrays.asList(r[0], printed(ClaimStatus.valueOf((String) r[1])), whole(r[2]), whole(r[3]),
                    r[4], r[5], r[6]));
        }
        List<List<Object>> deductions = new ArrayList<>();
        for (Object[] r : rows("select l.review_reason, count(*), sum(l.deduction) from care_claim_line l join "
                + "care_claim c on c.id = l.claim_id where c.institution_id = ?1 and c.month like concat(?2, '-%') "
                + "and l.review = 'DEDUCTED' group by l.review_reason order by l.review_reason", id, year)) {
            deductions.add(Arrays.asList(r[0] == null ? "—" : printed(ReviewReason.valueOf((String) r[0])),
                    whole(r[1]), r[2]));
        }
        List<List<Object>> findings = new ArrayList<>();
        for (Object[] r : rows("select f.rule_code, count(*) from claim_finding f join care_claim c on c.id = "
                + "f.claim_id where c.institution_id = ?1 and c.month like concat(?2, '-%') group by f.rule_code "
                + "order by f.rule_code", id, year)) {
            findings.add(Arrays.asList(r[0], whole(r[1])));
        }
        return new Report(TITLE, institution.getName() + " · " + year + " 年度（金额单位：元）", List.of(
                new Report.Section("一、机构概况", List.of("项目", "内容"), profile),
                new Report.Section("二、月度结算", List.of("费用月份", "环节", "明细数", "可结算天数", "基金支付",
                        "审核扣减", "应支付基金"), withTotal(months, 2)),
                new Report.Section("三、审核扣减（按原因）", List.of("扣减原因", "明细数", "扣减金额"),
                        withTotal(deductions, 1)),
                new Report.Section("四、智能审核提示（按规则）", List.of("规则代码", "条数"), withTotal(findings, 1))));
    }

    private List<Object[]> rows(String sql, long institutionId, int year) {
        var query = em.createNativeQuery(sql).setParameter(1, institutionId);
        if (sql.contains("?3")) {
            query.setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31));
        } else {
            query.setParameter(2, String.valueOf(year));
        }
        return query.getResultList().stream().map(Object[].class::cast).toList();
    }
}
