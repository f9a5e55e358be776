package org.ltcare.overview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * The bureau's overview of its region (issue 9): read by every bureau role; the budget is set by an approver or an
 * administrator, audited.
 */
@Stateless
public class OverviewService {

    /** The spend chart's span, the current month included. */
    public static final int MONTHS = 24;
    /** Claims whose payout is due within this many days are listed (and every overdue one). */
    public static final int DUE_WITHIN_DAYS = 10;
    private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");
    private static final String ASSESSMENT_PROCESS = "disability-assessment";

    @Inject
    private OverviewRepository figures;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "ltcare")
    private EntityManager em;

    public Dashboard dashboard(Actor actor) {
        actor.requireBureau("overview.read");
        String region = accounts.regionOf(actor);
        LocalDate today = LocalDate.now(clock);
        List<YearMonth> months = months(today);
        YearMonth from = months.get(0);
        YearMonth to = months.get(months.size() - 1);
        return new Dashboard(figures.beneficiaries(region, today), cases(region), months,
                figures.spend(region, from, to), budget(region, from, to),
                figures.institutions(region, today, to.minusMonths(11), to),
                figures.dueBy(region, today, today.plusDays(DUE_WITHIN_DAYS)));
    }

    /** Who sets the fund's monthly budgets: the bureau's approvers and the system administrators. */
    public boolean mayEditBudget(Actor actor) {
        return actor.hasAny(Role.BUREAU_APPROVER, Role.SYSTEM_ADMIN);
    }

    /** Sets (or changes) a month's budget; a negative, missing or absurd amount changes nothing. */
    public void setBudget(Actor actor, YearMonth month, BigDecimal amount) {
        if (!mayEditBudget(actor)) {
            throw new AccessDeniedException("overview.budget");
        }
        if (month == null || amount == null || amount.signum() < 0 || amount.compareTo(MAX_BUDGET) >= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(List.of(month == null ? new FieldError("month", "validation.required")
                    : new FieldError("amount", "overview.budget.invalid")));
        }
        String region = accounts.regionOf(actor);
        Optional<FundBudget> stored = em.createQuery("select b from FundBudget b where b.regionCode = :r "
                + "and b.month = :m", FundBudget.class).setParameter("r", region).setParameter("m", month.toString())
                .getResultStream().findFirst();
        BigDecimal yuan = amount.setScale(2);
        if (stored.isPresent()) {
            Map<String, Object> before = stored.get().auditState();
            stored.get().change(yuan, actor.username(), clock.instant());
            audit.record(actor, "SET_BUDGET", before, stored.get());
        } else {
            FundBudget budget = new FundBudget(region, month, yuan, actor.username(), clock.instant());
            em.persist(budget);
            audit.record(actor, "SET_BUDGET", null, budget);
        }
    }

    private Map<YearMonth, BigDecimal> budget(String region, YearMonth from, YearMonth to) {
        Map<YearMonth, BigDecimal> budget = new LinkedHashMap<>();
        em.createQuery("select b from FundBudget b where b.regionCode = :r and b.month between :from and :to "
                + "order by b.month", FundBudget.class).setParameter("r", region).setParameter("from", from.toString())
                .setParameter("to", to.toString()).getResultList().forEach(b -> budget.put(b.getMonth(), b.getAmount()));
        return budget;
    }

    /**
     * The assessment workflow's open steps of the region's cases (overdue: past the step's due date), a case counted
     * once at each step it waits at. Steps are named by their task's key; the page names them from the bundles.
     */
    private List<CaseStageCount> cases(String region) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(ASSESSMENT_PROCESS).active()
                .orderByTaskCreateTime().asc().list();
        Map<String, String> caseOf = new HashMap<>();
        if (!open.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(open.stream().map(Task::getProcessInstanceId)
                    .collect(Collectors.toSet())).list().forEach(p -> caseOf.put(p.getId(), p.getBusinessKey()));
        }
        Set<String> regionCases = figures.applicationsOfRegion(region, caseOf.values());
        Date now = Date.from(clock.instant());
        Map<String, long[]> byStep = new LinkedHashMap<>();
        for (Task task : open) {
            if (!regionCases.contains(caseOf.get(task.getProcessInstanceId()))) {
                continue;
            }
            long[] counts = byStep.computeIfAbsent(task.getTaskDefinitionKey(), k -> new long[2]);
            counts[0]++;
            if (task.getDueDate() != null && task.getDueDate().before(now)) {
                counts[1]++;
            }
        }
        List<CaseStageCount> stages = new ArrayList<>();
        byStep.forEach((step, counts) -> stages.add(new CaseStageCount(step, counts[0], counts[1])));
        return stages;
    }

    private static List<YearMonth> months(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        return months;
    }
}
