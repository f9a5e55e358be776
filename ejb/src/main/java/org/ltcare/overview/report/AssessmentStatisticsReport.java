package org.ltcare.overview.report;

import static org.ltcare.overview.report.ReportRows.whole;
import static org.ltcare.overview.report.ReportRows.withTotal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 评估统计: the conclusions issued in a period for the region's people — by grade, by assessment agency, by assessor
 * (rounds scored as first or second assessor) — and the objection and re-assessment rates: objections lodged in
 * the period and re-assessment rounds (objection, expiry, bureau's order) concluded in it, per conclusion issued.
 */
@Stateless
public class AssessmentStatisticsReport {

    static final String TITLE = "长期护理保险失能评估统计表";
    private static final String CONCLUDED = "from assessment_conclusion k join assessment a on a.id = k.assessment_id "
            + "join assessment_application ap on ap.id = k.application_id join insured_person p on p.id = ap.insured_id "
            + "where k.concluded_on between ?1 and ?2 and p.region_code = ?3";

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Report build(String region, YearMonth from, YearMonth to) {
        List<Report.Section> sections = new ArrayList<>();
        long concluded = 0;
        List<List<Object>> grades = new ArrayList<>();
        for (Object[] r : rows("select k.grade, count(*) " + CONCLUDED + " group by k.grade order by k.grade",
                region, from, to)) {
            grades.add(Arrays.asList(r[0] + " 级", whole(r[1])));
            concluded += whole(r[1]);
        }
        sections.add(new Report.Section("一、按失能等级", List.of("失能等级", "评估结论数"), withTotal(grades, 1)));
        List<List<Object>> agencies = new ArrayList<>();
        for (Object[] r : rows("select o.name, count(*) " + CONCLUDED.replace("where", "join organisation o on "
                + "o.id = a.agency_id where") + " group by o.name order by o.name", region, from, to)) {
            agencies.add(Arrays.asList(r[0], whole(r[1])));
        }
        sections.add(new Report.Section("二、按评估机构", List.of("评估机构", "评估结论数"), withTotal(agencies, 1)));
        List<List<Object>> assessors = new ArrayList<>();
        for (Object[] r : rows("select s.name, sum(case when a.assessor_a_id = s.id then 1 else 0 end), "
                + "sum(case when a.assessor_b_id = s.id then 1 else 0 end) " + CONCLUDED.replace("where",
                "join assessor s on s.id in (a.assessor_a_id, a.assessor_b_id) where")
                + " group by s.id, s.name order by s.name", region, from, to)) {
            assessors.add(Arrays.asList(r[0], whole(r[1]), whole(r[2]), whole(r[1]) + whole(r[2])));
        }
        sections.add(new Report.Section("三、按评估员", List.of("评估员", "主评次数", "复核次数", "合计"),
                withTotal(assessors, 1)));
        long objections = count("select count(*) from objection j join assessment_application ap on ap.id = "
                + "j.application_id join insured_person p on p.id = ap.insured_id where j.lodged_at >= ?1 "
                + "and j.lodged_at < ?2 and p.region_code = ?3", region, from.atDay(1).atStartOfDay(),
                to.plusMonths(1).atDay(1).atStartOfDay());
        long reassessed = count("select count(*) " + CONCLUDED + " and a.purpose <> 'INITIAL'", region,
                from.atDay(1), to.atEndOfMonth());
        sections.add(new Report.Section("四、异议与复评", List.of("项目", "件数", "占评估结论比例"), List.of(
                Arrays.asList("评估结论", concluded, "100.0%"),
                Arrays.asList("提出异议", objections, rate(objections, concluded)),
                Arrays.asList("复评（异议、到期、责令）", reassessed, rate(reassessed, concluded)))));
        return new Report(TITLE, "评估结论日期 " + from + " 至 " + to, sections);
    }

    private List<Object[]> rows(String sql, String region, YearMonth from, YearMonth to) {
        return em.createNativeQuery(sql).setParameter(1, from.atDay(1)).setParameter(2, to.atEndOfMonth())
                .setParameter(3, region).getResultList().stream().map(Object[].class::cast).toList();
    }

    private long count(String sql, String region, Object from, Object to) {
        return whole(em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).setParameter(3, region)
                .getSingleResult());
    }

    /** A share in percent with one decimal (HALF_UP); "—" without conclusions. */
    static String rate(long part, long whole) {
        return whole == 0 ? "—" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP) + "%";
    }
}
