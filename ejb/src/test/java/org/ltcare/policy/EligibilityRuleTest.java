package org.ltcare.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.EligibilityRule.Condition;

/** The table says which of its rules answered, and the rule is found by its row and description. */
class EligibilityRuleTest {

    private static final String TABLE = EligibilityTable.reference();
    private static final DmnDecision DECISION = EligibilityTable.parse(TABLE);

    @Test
    void theRulesAreReadInTableOrderWithTheirDescriptions() {
        Map<String, EligibilityRule> rules = EligibilityRule.of(TABLE, EligibilityTable.DECISION_KEY);

        assertThat(rules.keySet()).startsWith("Rule_NotEntitled", "Rule_SpecializedGrade");
        assertThat(rules.get("Rule_SpecializedGrade"))
                .isEqualTo(new EligibilityRule("Rule_SpecializedGrade", 2, "专护须失能等级 4 级及以上", List.of(
                        new Condition("Input_CareType", "护理类型", "\"SPECIALIZED\""),
                        new Condition("Input_Grade", "失能等级", "< 4"))));
        assertThat(rules.values()).extracting(EligibilityRule::row).doesNotHaveDuplicates();
    }

    @Test
    void aRuleSaysTheConditionsItTestsInTheReadersLanguage() {
        Map<String, EligibilityRule> rules = EligibilityRule.of(TABLE, EligibilityTable.DECISION_KEY);

        assertThat(rules.get("Rule_SpecializedGrade").conditions(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("护理类型为专护；失能等级 < 4");
        assertThat(rules.get("Rule_Residential").conditions(Locale.ENGLISH))
                .isEqualTo("care type is Residential care; institution kind is nursing home or township hospital "
                        + "with nursing home");
        assertThat(rules.get("Rule_NotEntitled").conditions(Locale.ENGLISH)).isEqualTo("grade and age entitled: no");
    }

    @Test
    void aCitysOwnColumnKeepsTheTablesLabelAndARowTestingNothingSaysSo() {
        EligibilityRule own = new EligibilityRule("Rule_Own", 3, "", List.of(
                new Condition("Input_Dementia", "认知障碍", "true"), new Condition("Input_Level", "等级", "[1..2]")));
        assertThat(own.conditions(Locale.ENGLISH)).isEqualTo("认知障碍: yes; 等级 [1..2]");
        assertThat(new EligibilityRule("Rule_Else", 9, "", List.of()).conditions(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("其余任何情形");
    }

    @Test
    void theAnswerNamesTheFirstMatchingRule() {
        Map<String, Object> grade3AtAHospital = question("SPECIALIZED", 3, "HOSPITAL");
        EligibilityTable.Answer refused = EligibilityTable.answer(DECISION, grade3AtAHospital);
        assertThat(refused.ruleId()).isEqualTo("Rule_SpecializedGrade");
        assertThat(refused.entries().<String>getEntry("reason")).isEqualTo("SPECIALIZED_GRADE");

        EligibilityTable.Answer offered = EligibilityTable.answer(DECISION, question("RESIDENTIAL", 3, "NURSING_HOME"));
        assertThat(offered.ruleId()).isEqualTo("Rule_Residential");
        assertThat(offered.entries().<Boolean>getEntry("eligible")).isTrue();
    }

    private static Map<String, Object> question(String careType, int grade, String kind) {
        Map<String, Object> variables = new HashMap<>(EligibilityTable.sample(careType));
        variables.put("grade", grade);
        variables.put("institutionKind", kind);
        variables.put("hospitalLevel", "HOSPITAL".equals(kind) ? 2 : null);
        return variables;
    }
}
