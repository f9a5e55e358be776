package org.ltcare.policy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.i18n.Explanations;

/**
 * A rule (row) of the care-type eligibility table, as a reviewer finds it in the table: its id, its row number
 * (1-based, in table order), its description (说明, the table's own words) and the conditions it tests (its input
 * entries other than "-"), which {@link #conditions(Locale)} says in the reader's language. The table's hit policy
 * is FIRST, so the first matching rule is the one that answered; {@link #LISTENER} notes it while the engine
 * evaluates, on the evaluating thread only.
 */
public record EligibilityRule(String id, int row, String description, List<Condition> tested)
        implements Serializable {

    /** One tested input: the column's id and label (for a column the bundle does not name) and the entry. */
    public record Condition(String inputId, String inputLabel, String entry) implements Serializable {
    }

    /** Columns whose string entries are enum constants, named by the enum's labels. */
    private static final Map<String, String> ENUM_OF_INPUT = Map.of("Input_CareType", "CareType",
            "Input_InstitutionKind", "InstitutionKind");

    private static final Pattern STRING_LIST = Pattern.compile("\\s*\"[^\"]*\"(\\s*,\\s*\"[^\"]*\")*\\s*");

    public EligibilityRule {
        tested = List.copyOf(tested);
    }

    /** "护理类型 为 专护；失能等级 < 4": the conditions the rule tests, in {@code locale}. */
    public String conditions(Locale locale) {
        if (tested.isEmpty()) {
            return Explanations.format(locale, "eligibility.otherwise");
        }
        return tested.stream().map(condition -> said(condition, locale))
                .collect(Collectors.joining(Explanations.format(locale, "eligibility.separator")));
    }

    private static String said(Condition condition, Locale locale) {
        String name = Explanations.find(locale, "eligibility.input." + condition.inputId())
                .orElse(condition.inputLabel());
        String entry = condition.entry().strip();
        if (entry.equals("true") || entry.equals("false")) {
            return Explanations.format(locale, "eligibility.condition." + entry, name);
        }
        if (STRING_LIST.matcher(entry).matches()) {
            String values = Stream.of(entry.split(",")).map(value -> value.strip().replace("\"", ""))
                    .map(value -> valueName(condition.inputId(), value, locale))
                    .collect(Collectors.joining(Explanations.format(locale, "eligibility.or")));
            return Explanations.format(locale, "eligibility.condition.oneOf", name, values);
        }
        return Explanations.format(locale, "eligibility.condition.expression", name, entry);
    }

    private static String valueName(String inputId, String value, Locale locale) {
        String enumName = ENUM_OF_INPUT.get(inputId);
        return enumName == null ? value : EnumLabels.find(enumName + "." + value, locale).orElse(value);
    }

    private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

    /** Registered with the table's engine: records the matching rules of the evaluation under way, if any asks. */
    static final DmnDecisionTableEvaluationListener LISTENER = event -> {
        List<String> matched = MATCHED.get();
        if (matched != null) {
            event.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
        }
    };

    /** The rules of a table's decision by id, in table order. */
    public static Map<String, EligibilityRule> of(String xml, String decisionKey) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Decision decision = model.getModelElementById(decisionKey);
        Map<String, EligibilityRule> rules = new LinkedHashMap<>();
        if (decision != null && decision.getExpression() instanceof DecisionTable table) {
            int row = 0;
            List<Input> inputs = List.copyOf(table.getInputs());
            for (Rule rule : table.getRules()) {
                row++;
                String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
                rules.put(rule.getId(), new EligibilityRule(rule.getId(), row, description.strip(),
                        testedBy(inputs, List.copyOf(rule.getInputEntries()))));
            }
        }
        return rules;
    }

    private static List<Condition> testedBy(List<Input> inputs, List<InputEntry> entries) {
        List<Condition> tested = new ArrayList<>();
        for (int i = 0; i < entries.size() && i < inputs.size(); i++) {
            String entry = entries.get(i).getTextContent().strip();
            if (!entry.isEmpty() && !entry.equals("-")) {
                Input input = inputs.get(i);
                tested.add(new Condition(input.getId(), input.getLabel() == null ? input.getId() : input.getLabel(),
                        entry));
            }
        }
        return tested;
    }

    /** Runs {@code evaluation} and returns the id of the first rule that matched in it, or null. */
    static String firstMatchOf(Runnable evaluation) {
        List<String> matched = new ArrayList<>();
        MATCHED.set(matched);
        try {
            evaluation.run();
        } finally {
            MATCHED.remove();
        }
        return matched.isEmpty() ? null : matched.get(0);
    }
}
