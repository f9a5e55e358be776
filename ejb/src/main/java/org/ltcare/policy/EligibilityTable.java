package org.ltcare.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * The care-type eligibility decision table (DMN) a rule-set version uses: its own copy, or the reference table
 * shipped with the application. {@link #problems} checks an uploaded table before a draft takes it: it must parse,
 * hold the decision {@value #DECISION_KEY} with the outputs {@code eligible} and {@code reason}, and answer a sample
 * question for every care type.
 */
public final class EligibilityTable {

    public static final String DECISION_KEY = "careTypeEligibility";
    public static final String REFERENCE_TABLE = "/dmn/care-type-eligibility.dmn";
    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionTableEvaluationListeners(List.of(EligibilityRule.LISTENER)).buildEngine();
    private static final List<String> CARE_TYPES = List.of("SPECIALIZED", "RESIDENTIAL", "HOME", "VISITING");

    private EligibilityTable() {
    }

    public static String reference() {
        try (InputStream xml = EligibilityTable.class.getResourceAsStream(REFERENCE_TABLE)) {
            if (xml == null) {
                throw new IllegalStateException("the reference table " + REFERENCE_TABLE + " is not on the classpath");
            }
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DmnDecision parse(String xml) {
        return ENGINE.parseDecision(DECISION_KEY, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The table's answer (its first matching rule's outputs) to the variables. */
    public static DmnDecisionResultEntries evaluate(DmnDecision decision, Map<String, Object> variables) {
        return ENGINE.evaluateDecision(decision, variables).getSingleResult();
    }

    /** The answer and the id of the rule that gave it (null if none matched). */
    public static Answer answer(DmnDecision decision, Map<String, Object> variables) {
        DmnDecisionResultEntries[] entries = new DmnDecisionResultEntries[1];
        String rule = EligibilityRule.firstMatchOf(() -> entries[0] = evaluate(decision, variables));
        return new Answer(entries[0], rule);
    }

    /** The outputs of the first matching rule, and that rule's id. */
    public record Answer(DmnDecisionResultEntries entries, String ruleId) {
    }

    /** What is wrong with an uploaded table, if anything (one problem: the first found). */
    public static Optional<FieldError> problems(String xml) {
        DmnDecision decision;
        try {
            decision = parse(xml);
        } catch (RuntimeException e) {
            return Optional.of(new FieldError("eligibilityTable", "ruleSet.dmn.unreadable",
                    List.of(shortMessage(e))));
        }
        for (String careType : CARE_TYPES) {
            try {
                DmnDecisionResultEntries answer = ENGINE.evaluateDecision(decision, sample(careType)).getSingleResult();
                Map<String, Object> entries = answer == null ? Map.of() : answer.getEntryMap();
                if (!(entries.get("eligible") instanceof Boolean) || !(entries.get("reason") instanceof String)) {
                    return Optional.of(new FieldError("eligibilityTable", "ruleSet.dmn.outputsMissing",
                            List.of(careType)));
                }
            } catch (RuntimeException e) {
                return Optional.of(new FieldError("eligibilityTable", "ruleSet.dmn.evaluationFailed",
                        List.of(careType, shortMessage(e))));
            }
        }
        return Optional.empty();
    }

    /** A complete question for {@code careType} (grade 4 with a tracheostomy at a level-2 hospital). */
    static Map<String, Object> sample(String careType) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("careType", careType);
        variables.put("entitled", true);
        variables.put("grade", 4);
        variables.put("tracheostomy", true);
        variables.put("indwellingTube", false);
        variables.put("pressureInjury34", false);
        variables.put("continuousMedicalNursing", false);
        variables.put("institutionKind", "HOSPITAL");
        variables.put("hospitalLevel", 2);
        variables.put("minimumHospitalLevel", 2);
        return variables;
    }

    private static String shortMessage(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
