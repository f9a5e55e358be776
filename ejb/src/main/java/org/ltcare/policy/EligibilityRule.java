package org.ltcare.policy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A rule (row) of the care-type eligibility table, as a reviewer finds it in the table: its id, its row number
 * (1-based, in table order) and its description (说明). The table's hit policy is FIRST, so the first matching rule
 * is the one that answered; {@link #LISTENER} notes it while the engine evaluates, on the evaluating thread only.
 */
public record EligibilityRule(String id, int row, String description) implements Serializable {

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
            for (Rule rule : table.getRules()) {
                row++;
                String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
                rules.put(rule.getId(), new EligibilityRule(rule.getId(), row, description.strip()));
            }
        }
        return rules;
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
