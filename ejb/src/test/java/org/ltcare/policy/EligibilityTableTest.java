package org.ltcare.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException.FieldError;

class EligibilityTableTest {

    @Test
    void theReferenceTablePassesItsOwnCheck() {
        assertThat(EligibilityTable.problems(EligibilityTable.reference())).isEmpty();
    }

    @Test
    void refusesWhatIsNotADecisionTable() {
        assertThat(EligibilityTable.problems("<html/>")).map(FieldError::messageKey)
                .contains("ruleSet.dmn.unreadable");
    }

    @Test
    void refusesATableOfAnotherDecision() {
        String renamed = EligibilityTable.reference().replace("id=\"careTypeEligibility\"", "id=\"somethingElse\"");
        assertThat(EligibilityTable.problems(renamed)).map(FieldError::messageKey).contains("ruleSet.dmn.unreadable");
    }

    @Test
    void refusesATableWithoutTheOutputsCareAssignmentReads() {
        String renamed = EligibilityTable.reference().replace("name=\"eligible\"", "name=\"allowed\"");
        assertThat(EligibilityTable.problems(renamed)).map(FieldError::messageKey)
                .contains("ruleSet.dmn.outputsMissing");
    }

    @Test
    void refusesATableWhoseExpressionsFailOnTheQuestionsAsked() {
        String broken = EligibilityTable.reference().replace("<text>grade</text>", "<text>grade.nope()</text>");
        assertThat(EligibilityTable.problems(broken)).map(FieldError::messageKey)
                .hasValueSatisfying(key -> assertThat(key).startsWith("ruleSet.dmn."));
    }
}
