package org.ltcare.overview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.benefit.AdmissionRepository;
import org.ltcare.benefit.InCare;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimStatus;

/**
 * The bureau overview's figures, aggregated in the database over one region (the institutions' organisations'
 * region). The fund's spend is what approved and paid claims owe: their lines' fund share less the reviews'
 * deductions.
 */
@Stateless
public class OverviewRepository {

    /** Claims the fund owes or has paid. */
    private static final String DECIDED = "('APPROVED', 'PAID')";
    /** Claims between submission and approval, whose payout deadline runs. */
    private static final String OPEN = "('SUBMITTED', 'RETURNED', 'FIRST_REVIEWED', 'SECOND_REVIEWED')";
    private static final String IN_CARE_ON = InCare.sql("?1", "?1");

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private AdmissionRepository admissions;

    /** People in care on {@code day} by grade and care type: the count the care overview (护理概览) shows too. */
    public List<GradeTypeCount> beneficiaries(String region, LocalDate day) {
        return admissions.inCareByTypeAndGrade(region, day).stream().map(r -> new GradeTypeCount((Integer) r[1],
                (CareType) r[0], (Long) r[2])).toList();
    }

    public List<MonthSpend> spend(String region, YearMonth from, YearMonth to) {
        // claim_spend: the approved claims' amounts per care type, written at approval (issue 23)
        List<?> rows = em.createNativeQuery("select c.month, l.care_type, sum(l.fund_share - l.deduction), "
                + "sum(l.personal_share) from claim_spend l join care_claim c on c.id = l.claim_id "
                + "join organisation o on o.id = c.institution_id where c.status in " + DECIDED
                + " and c.month between ?1 and ?2 and o.region_code = ?3 group by c.month, l.care_type "
                + "order by c.month, l.care_type").setParameter(1, from.toString()).setParameter(2, to.toString())
                .setParameter(3, region).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new MonthSpend(YearMonth.parse((String) r[0]),
                CareType.valueOf((String) r[1]), money(r[2]), money(r[3]))).toList();
    }

    /** Every institution of the region, the fund's spend over the months {@code from}–{@code to}. */
    public List<InstitutionRank> institutions(String region, LocalDate today, YearMonth from, YearMonth to) {
        String claimsOf = "from care_claim c where c.institution_id = o.id and c.status in " + DECIDED
                + " and c.month between ?2 and ?3";
        List<?> rows = em.createNativeQuery("select o.id, o.name, "
                + "(select count(*) from care_admission a where a.institution_id = o.id and " + IN_CARE_ON + "), "
                + "(select coalesce(sum(c.fund_share - c.deducted), 0) " + claimsOf + "), "
                + "(select coalesce(sum(c.deducted), 0) " + claimsOf + "), "
                + "(select e.score from annual_evaluation e where e.institution_id = o.id order by e.year desc limit 1) "
                + "from care_institution i join organisation o on o.id = i.organisation_id where o.region_code = ?4 "
                + "order by 4 desc, 3 desc, o.name").setParameter(1, today).setParameter(2, from.toString())
                .setParameter(3, to.toString()).setParameter(4, region).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new InstitutionRank(((Number) r[0]).longValue(),
                (String) r[1], ((Number) r[2]).longValue(), money(r[3]), money(r[4]),
                r[5] == null ? null : ((Number) r[5]).intValue())).toList();
    }

    /** Claims not yet approved whose payout is due on or before {@code until}, the soonest first. */
    public List<DeadlineClaim> dueBy(String region, LocalDate today, LocalDate until) {
        List<?> rows = em.createNativeQuery("select c.id, o.name, c.month, c.status, c.payout_due_on, "
                + "c.fund_share - c.deducted from care_claim c join organisation o on o.id = c.institution_id "
                + "where c.status in " + OPEN + " and c.payout_due_on <= ?1 and o.region_code = ?2 "
                + "order by c.payout_due_on, c.id").setParameter(1, until).setParameter(2, region).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            LocalDate due = r[4] instanceof LocalDate day ? day : ((java.sql.Date) r[4]).toLocalDate();
            return new DeadlineClaim(((Number) r[0]).longValue(), (String) r[1], YearMonth.parse((String) r[2]),
                    ClaimStatus.valueOf((String) r[3]), due, money(r[5]), ChronoUnit.DAYS.between(today, due));
        }).toList();
    }

    /** Which of the given applications (by id, the workflow's business key) are of the region's people. */
    public Set<String> applicationsOfRegion(String region, Collection<String> applicationIds) {
        List<Long> ids = applicationIds.stream().filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return ((List<?>) em.createNativeQuery("select a.id from assessment_application a "
                + "join insured_person p on p.id = a.insured_id where a.id in (:ids) and p.region_code = :region")
                .setParameter("ids", ids).setParameter("region", region).getResultList()).stream()
                .map(String::valueOf).collect(Collectors.toSet());
    }

    private static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) value).setScale(2);
    }
}
