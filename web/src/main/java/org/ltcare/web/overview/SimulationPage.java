package org.ltcare.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.RuleSet;
import org.ltcare.settlement.simulation.SimulationLine;
import org.ltcare.settlement.simulation.SimulationResult;
import org.ltcare.settlement.simulation.SimulationRun;
import org.ltcare.settlement.simulation.SimulationService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.xlsx.TableWorkbook;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * 基金测算: pick a draft rule-set version and a past period, run the simulation in the background (progress polled)
 * and read the difference by month, care type and institution, with the people affected, and line by line with
 * both sides' arithmetic; Excel export.
 */
@Named
@ViewScoped
public class SimulationPage extends Page {

    @Inject
    private SimulationService simulations;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private Messages messages;

    @Inject
    private InsuredRepository insured;

    private Long ruleSetId;
    private String from;
    private String to;
    private List<RuleSet> drafts = List.of();
    private List<SimulationRun> runs = List.of();
    private Long selected;
    private List<SimulationResult> results = List.of();
    private final Map<Long, String> names = new TreeMap<>();
    private final Map<Long, String> personNames = new TreeMap<>();

    /** 逐行差异: the lines the selected run's draft changes, the largest differences first. */
    private final LazyDataModel<SimulationLine> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selected == null ? 0 : (int) simulations.lineCount(actor, selected);
        }

        @Override
        public List<SimulationLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            List<SimulationLine> page = selected == null ? List.of()
                    : simulations.lines(actor, selected, first, pageSize);
            namePeople(page);
            return page;
        }

        @Override
        public String getRowKey(SimulationLine line) {
            return String.valueOf(line.getId());
        }
    };

    @PostConstruct
    public void load() {
        drafts = simulations.drafts(actor);
        refresh();
        if (from == null) {
            YearMonth last = YearMonth.now(org.ltcare.shared.time.ClockProducer.ZONE).minusMonths(1);
            from = last.minusMonths(5).toString();
            to = last.toString();
        }
    }

    public void refresh() {
        runs = simulations.recent(actor);
        if (selected == null && !runs.isEmpty()) {
            selected = runs.get(0).getId();
        }
        results = selected == null ? List.of() : simulations.results(actor, selected);
    }

    public void start() {
        try {
            if (ruleSetId == null) {
                throw new ValidationException(List.of(new ValidationException.FieldError("ruleSet",
                        "validation.required")));
            }
            SimulationRun run = simulations.start(actor, ruleSetId, MonthField.parse("from", from), MonthField.parse("to", to));
            selected = run.getId();
            errors.info("simulation.started", run.getRuleSetCode());
            refresh();
        } catch (BusinessException e) {
            errors.show(e, "simulationForm", field -> messages.get("simulation." + field));
        }
    }

    public void show(SimulationRun run) {
        selected = run.getId();
        refresh();
    }

    /** Why it stopped, in the user's language where the run gave a reason of the bundles (a lost node). */
    public String failureText(SimulationRun run) {
        return messages.runFailure(run.getRun().getFailure());
    }

    public boolean isRunning() {
        return runs.stream().anyMatch(r -> r.getRun().isRunning());
    }

    public boolean isMayStart() {
        return simulations.mayStart(actor);
    }

    public SimulationRun getSelectedRun() {
        return runs.stream().filter(r -> r.getId().equals(selected)).findFirst().orElse(null);
    }

    /** The whole period: real, simulated, difference, lines, people affected. */
    public Row getTotal() {
        return sum(results, r -> "").values().stream().findFirst().orElse(Row.empty(""));
    }

    public List<Row> getByMonth() {
        return new ArrayList<>(sum(results, r -> r.getMonth().toString()).values());
    }

    public List<Row> getByCareType() {
        return new ArrayList<>(sum(results, r -> messages.careType(r.getCareType())).values());
    }

    public List<Row> getByInstitution() {
        return new ArrayList<>(sum(results, r -> nameOf(r.getInstitutionId())).values());
    }

    public LazyDataModel<SimulationLine> getLines() {
        return lines;
    }

    public String personOf(SimulationLine line) {
        return personNames.getOrDefault(line.getInsuredId(), String.valueOf(line.getInsuredId()));
    }

    public String institutionOf(SimulationLine line) {
        return nameOf(line.getInstitutionId());
    }

    private void namePeople(List<SimulationLine> page) {
        List<Long> unknown = page.stream().map(SimulationLine::getInsuredId).filter(id -> !personNames.containsKey(id))
                .distinct().toList();
        if (!unknown.isEmpty()) {
            personNames.putAll(insured.namesOf(unknown));
        }
    }

    public StreamedContent export() {
        List<List<Object>> rows = new ArrayList<>();
        for (SimulationResult r : results) {
            rows.add(List.of(r.getMonth().toString(), nameOf(r.getInstitutionId()),
                    messages.careType(r.getCareType()),
                    r.getLineCount(), r.getPeople(), r.getPeopleAffected(), r.getRealFund(), r.getSimulatedFund(),
                    r.getDifference()));
        }
        SimulationRun run = getSelectedRun();
        String title = messages.format("simulation.exportTitle", run.getRuleSetCode(), run.getFromMonth().toString(),
                run.getToMonth().toString());
        byte[] book = TableWorkbook.of(List.of(new TableWorkbook.Table(messages.get("dashboard.table"), title, List.of(
                messages.get("spend.month"), messages.get("due.institution"), messages.get("simulation.careType"),
                messages.get("simulation.lines"), messages.get("simulation.people"),
                messages.get("simulation.affected"), messages.get("simulation.real"),
                messages.get("simulation.simulated"), messages.get("simulation.difference")), rows),
                lineSheet(run, title)));
        return DefaultStreamedContent.builder().name("simulation-" + run.getId() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(book)).build();
    }

    /** Every line the draft changes, with both sides' arithmetic. */
    private TableWorkbook.Table lineSheet(SimulationRun run, String title) {
        List<SimulationLine> changed = simulations.lines(actor, run.getId(), 0, -1);
        namePeople(changed);
        List<List<Object>> rows = new ArrayList<>();
        for (SimulationLine line : changed) {
            rows.add(List.of(line.getMonth().toString(), institutionOf(line), personOf(line),
                    messages.careType(line.getCareType()), line.getGrade(), line.real().formula(),
                    line.simulated().formula(), line.getRealFund(), line.getSimulatedFund(), line.getDifference()));
        }
        return new TableWorkbook.Table(messages.get("simulation.changedLines"), title, List.of(
                messages.get("spend.month"), messages.get("due.institution"), messages.get("simulation.person"),
                messages.get("simulation.careType"), messages.get("simulation.grade"),
                messages.get("simulation.realHow"), messages.get("simulation.simulatedHow"),
                messages.get("simulation.real"), messages.get("simulation.simulated"),
                messages.get("simulation.difference")), rows);
    }

    private String nameOf(long institutionId) {
        return names.computeIfAbsent(institutionId, id -> institutions.find(id).map(i -> i.getName())
                .orElse(String.valueOf(id)));
    }

    private static Map<String, Row> sum(List<SimulationResult> results, Function<SimulationResult, String> key) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (SimulationResult r : results) {
            rows.merge(key.apply(r), new Row(key.apply(r), r.getRealFund(), r.getSimulatedFund(), r.getLineCount(),
                    r.getPeopleAffected()), Row::plus);
        }
        return rows;
    }

    /** A summed row of the results; people affected add up over institutions and months (a person may count twice). */
    public record Row(String label, BigDecimal real, BigDecimal simulated, int lines, int affected) {

        static Row empty(String label) {
            return new Row(label, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, 0);
        }

        Row plus(Row other) {
            return new Row(label, real.add(other.real), simulated.add(other.simulated), lines + other.lines,
                    affected + other.affected);
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getReal() {
            return real;
        }

        public BigDecimal getSimulated() {
            return simulated;
        }

        public BigDecimal getDifference() {
            return simulated.subtract(real);
        }

        public int getLines() {
            return lines;
        }

        public int getAffected() {
            return affected;
        }
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public void setRuleSetId(Long ruleSetId) {
        this.ruleSetId = ruleSetId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<RuleSet> getDrafts() {
        return drafts;
    }

    public List<SimulationRun> getRuns() {
        return runs;
    }

    public List<SimulationResult> getResults() {
        return results;
    }
}
