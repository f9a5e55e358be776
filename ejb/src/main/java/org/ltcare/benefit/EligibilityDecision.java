package org.ltcare.benefit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.ltcare.institution.CareInstitution;
import org.ltcare.policy.EligibilityRule;
import org.ltcare.policy.EligibilityTable;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.rules.CareType;

/**
 * Evaluates {@code care-type-eligibility.dmn} (rules.md §3) for one care type at one institution: the rule set
 * version's own copy of the table when it has one, otherwise the reference table shipped in the processes module.
 * Parsed tables are kept per version (a version's table never changes once it is in force).
 */
@ApplicationScoped
public class EligibilityDecision {

    private final Map<String, Table> parsed = new ConcurrentHashMap<>();

    /** A version's table, parsed once, with its rules by id. */
    private record Table(DmnDecision decision, Map<String, EligibilityRule> rules) {
    }

    public Eligibility decide(RuleSet rules, int grade, int age, Set<MedicalIndication> indications, CareType careType,
                              CareInstitution institution) {
        boolean entitled = rules.content().entitlement().entitles(grade)
                && age >= rules.content().entitlement().minimumAge();
        Map<String, Object> variables = new HashMap<>();
        variables.put("careType", careType.name());
        variables.put("entitled", entitled);
        variables.put("grade", grade);
        for (MedicalIndication indication : MedicalIndication.values()) {
            variables.put(indication.variable(), indications.contains(indication));
        }
        variables.put("institutionKind", institution.getKind().name());
        variables.put("hospitalLevel", institution.getHospitalLevel());
        variables.put("minimumHospitalLevel", rules.content().care().specializedMinimumHospitalLevel());
        Table table = tableOf(rules);
        EligibilityTable.Answer answer = EligibilityTable.answer(table.decision(), variables);
        DmnDecisionResultEntries result = answer.entries();
        return new Eligibility(Boolean.TRUE.equals(result.getEntry("eligible")), result.getEntry("reason"),
                table.rules().get(answer.ruleId()));
    }

    private Table tableOf(RuleSet rules) {
        String own = rules.getCareEligibilityDmn();
        String key = own == null ? "reference" : rules.getId() + ":" + own.hashCode();
        return parsed.computeIfAbsent(key, k -> parse(own));
    }

    private Table parse(String own) {
        String xml = own == null ? EligibilityTable.reference() : own;
        return new Table(EligibilityTable.parse(xml), EligibilityRule.of(xml, EligibilityTable.DECISION_KEY));
    }
}
