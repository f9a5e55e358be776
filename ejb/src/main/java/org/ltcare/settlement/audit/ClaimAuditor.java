package org.ltcare.settlement.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.care.visit.VisitCheckIn;
import org.ltcare.care.visit.HomeVisitRepository;
import org.ltcare.institution.CareInstitution;
import org.ltcare.care.worker.CareWorkerRepository;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.auditrule.AppliedRules;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * The automatic audit of a claim (智能审核), run each time it is generated so the institution sees the findings
 * before it submits: the rejected days of each line by code (the day codes' evidence is the days and the record
 * behind them) and the anomaly rules over the month's home visits, each kept with the rule-set version and the
 * threshold it was checked with. The findings replace the previous run's.
 */
@Stateless
public class ClaimAuditor {

    /** A month of an institution's visits is read at once; beyond this the city-wide job pages. */
    static final int MAX_VISITS = 50_000;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    @Inject
    private HomeVisitRepository visits;

    @Inject
    private CareWorkerRepository workers;

    @Inject
    private InsuredRepository insured;

    @Inject
    private HospitalStayService stays;

    /**
     * Audits a claim's lines computed under {@code ruleSet} (the one in force on the month's first day, whose home-care
     * terms give a worker's daily visit limit).
     */
    public List<Finding> audit(long claimId, CareInstitution institution, YearMonth month, List<ClaimLine> lines,
                               RuleSet ruleSet, AppliedRules rules) {
        String ruleSetCode = ruleSet.getCode();
        List<Finding> findings = new ArrayList<>();
        lines.forEach(line -> findings.addAll(dayCodes(line, rules)));
        int dailyLimit = ruleSet.content().homeCare().maxVisitsPerWorkerPerDay();
        findings.addAll(anomalies(institution, month, rules, dailyLimit));
        em.createQuery("delete from ClaimFinding f where f.claimId = :claim").setParameter("claim", claimId)
                .executeUpdate();
        findings.forEach(f -> em.persist(new ClaimFinding(claimId, f, ruleSetCode,
                thresholdOf(f.rule(), rules, dailyLimit))));
        return findings;
    }

    /** The threshold a rule was checked with: the rule set's, or for a worker's day the visit rules' limit. */
    private static Integer thresholdOf(AuditRule rule, AppliedRules rules, int dailyLimit) {
        if (rule == AuditRule.WORKER_DAILY_LIMIT) {
            return dailyLimit;
        }
        return rule.hasThreshold() ? rules.threshold(rule) : null;
    }

    public List<ClaimFinding> of(long claimId) {
        return em.createQuery("select f from ClaimFinding f where f.claimId = :claim order by f.rule, f.day, f.id",
                ClaimFinding.class).setParameter("claim", claimId).getResultList();
    }

    /** "5、10、11、12" per code of the line's rejected days and per record behind them. */
    private static List<Finding> dayCodes(ClaimLine line, AppliedRules rules) {
        List<Finding> findings = new ArrayList<>();
        line.explanation().rejectedByFact().forEach((reason, byFact) -> {
            AuditRule rule = ruleOf(reason);
            if (rule != null && rules.applies(rule)) {
                byFact.forEach((fact, days) -> findings.add(Finding.ofDays(rule, line.getInsuredId(), days.stream()
                        .map(day -> String.valueOf(day.getDayOfMonth())).collect(Collectors.joining("、")), fact)));
            }
        });
        return findings;
    }

    private static AuditRule ruleOf(RejectionReason reason) {
        for (AuditRule rule : AuditRule.values()) {
            if (rule.name().equals(reason.name())) {
                return rule;
            }
        }
        return null;
    }

    private List<Finding> anomalies(CareInstitution institution, YearMonth month, AppliedRules rules,
                                    int dailyLimit) {
        List<VisitCheckIn> monthVisits = visits.checkInsOf(institution.getId(), month.atDay(1),
                month.atEndOfMonth(), MAX_VISITS);
        if (monthVisits.isEmpty()) {
            return List.of();
        }
        Map<Long, String> workerNames = workers.namesOf(institution.getId());
        Set<Long> people = new HashSet<>();
        List<VisitFact> facts = new ArrayList<>();
        for (VisitCheckIn v : monthVisits) {
            people.add(v.insuredId());
            facts.add(new VisitFact(v.visitId(), v.insuredId(), v.workerId(),
                    workerNames.getOrDefault(v.workerId(), String.valueOf(v.workerId())), v.checkIn(), v.checkOut(),
                    v.latitude(), v.longitude()));
        }
        Map<Long, LocalDate> deaths = new HashMap<>();
        insured.enrolmentDates(people).forEach((id, person) -> {
            if (person.diedOn() != null) {
                deaths.put(id, person.diedOn());
            }
        });
        Map<Long, Set<LocalDate>> inpatient = stays.inpatientDays(people, month.atDay(1), month.atEndOfMonth());
        return VisitAnomalies.of(facts, deaths, inpatient, dailyLimit, rules);
    }
}
