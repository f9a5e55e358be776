package org.ltcare.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.overview.CaseStageCount;
import org.ltcare.overview.Dashboard;
import org.ltcare.overview.InstitutionRank;
import org.ltcare.overview.OverviewService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.ltcare.web.overview.ChartConfig.Series;

/**
 * 统计看板: the region's overview for the bureau — each panel a chart, its table and an Excel export of the table
 * ({@link DashboardExports}); approvers and administrators set monthly budgets here.
 */
@Named
@ViewScoped
public class DashboardPage extends Page {

    /** One colour per care type (专护, 院护, 家护, 巡护), the budget line in red. */
    private static final String[] COLOURS = {"#1f6fb2", "#3aa676", "#f0a202", "#8e5ea2"};
    private static final String BUDGET_COLOUR = "#d9534f";
    private static final int TOP_INSTITUTIONS = 10;

    @Inject
    private OverviewService overview;

    @Inject
    private Messages messages;

    private Dashboard dashboard;
    private List<GradeRow> grades;
    private List<SpendRow> spend;
    private String budgetMonth;
    private BigDecimal budgetAmount;

    @PostConstruct
    public void load() {
        dashboard = overview.dashboard(actor);
        grades = GradeRow.of(dashboard.beneficiaries());
        spend = SpendRow.of(dashboard);
        if (budgetMonth == null) {
            budgetMonth = dashboard.months().get(dashboard.months().size() - 1).toString();
        }
    }

    public void saveBudget() {
        try {
            YearMonth month = MonthField.parse("month", budgetMonth);
            overview.setBudget(actor, month, budgetAmount);
            errors.info("budget.saved", month.toString());
            load();
        } catch (BusinessException e) {
            errors.show(e, "budgetForm", field -> messages.get("budget." + field));
        }
    }

    public boolean isMayEditBudget() {
        return overview.mayEditBudget(actor);
    }

    public String getBeneficiariesChart() {
        List<Series> series = new ArrayList<>();
        CareType[] types = CareType.values();
        for (int t = 0; t < types.length; t++) {
            int type = t;
            series.add(new Series(messages.careType(types[t]), grades.stream().map(g -> g.counts().get(type)).toList(),
                    COLOURS[t % COLOURS.length]));
        }
        return ChartConfig.bars(grades.stream().map(g -> messages.format("beneficiaries.gradeValue", g.grade()))
                .toList(), series, null, false);
    }

    public String getCasesChart() {
        List<CaseStageCount> cases = dashboard.cases();
        List<String> labels = cases.stream().map(this::stepName).toList();
        return ChartConfig.bars(labels, List.of(
                new Series(messages.get("cases.open"), cases.stream().map(c -> c.open() - c.overdue()).toList(),
                        COLOURS[0]),
                new Series(messages.get("cases.overdue"), cases.stream().map(CaseStageCount::overdue).toList(),
                        BUDGET_COLOUR)), null, true);
    }

    public String getSpendChart() {
        List<Series> series = new ArrayList<>();
        CareType[] types = CareType.values();
        for (int t = 0; t < types.length; t++) {
            int type = t;
            series.add(new Series(messages.careType(types[t]), spend.stream().map(r -> r.fund().get(type)).toList(),
                    COLOURS[t % COLOURS.length]));
        }
        Series budget = new Series(messages.get("spend.budget"), spend.stream().map(SpendRow::budget).toList(),
                BUDGET_COLOUR);
        return ChartConfig.bars(spend.stream().map(r -> r.month().toString()).toList(), series, budget, false);
    }

    public String getInstitutionsChart() {
        List<InstitutionRank> top = dashboard.institutions().stream()
                .filter(i -> i.fundSpend().signum() > 0).limit(TOP_INSTITUTIONS).toList();
        return ChartConfig.bars(top.stream().map(InstitutionRank::name).toList(), List.of(
                new Series(messages.get("institutions.spend"), top.stream().map(InstitutionRank::fundSpend).toList(),
                        COLOURS[0])), null, true);
    }

    public String stepName(CaseStageCount stage) {
        return messages.get("step." + stage.step());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    public List<SpendRow> getSpend() {
        return spend;
    }

    public List<CareType> getCareTypes() {
        return List.of(CareType.values());
    }

    public int getDueWithinDays() {
        return OverviewService.DUE_WITHIN_DAYS;
    }

    public String getBudgetMonth() {
        return budgetMonth;
    }

    public void setBudgetMonth(String budgetMonth) {
        this.budgetMonth = budgetMonth;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(BigDecimal budgetAmount) {
        this.budgetAmount = budgetAmount;
    }
}
