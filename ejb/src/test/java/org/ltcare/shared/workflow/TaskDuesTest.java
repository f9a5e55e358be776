package org.ltcare.shared.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.DeadlineExplanation.ListedDay;

class TaskDuesTest {

    private static final DeadlineExplanation OVER_NEW_YEAR = new DeadlineExplanation(LocalDate.of(2026, 12, 28), 5,
            LocalDate.of(2027, 1, 5), List.of(new ListedDay(LocalDate.of(2027, 1, 1), "元旦")), List.of(), 2,
            List.of(2026, 2027));

    @Test
    void aDueDateTravelsWithItsCountUnderTheVariableBesideIt() {
        Map<String, Object> variables = new HashMap<>();
        Date due = new Date(0);
        TaskDues.put(variables, "payoutDueAt", due, OVER_NEW_YEAR);
        assertEquals(due, variables.get("payoutDueAt"));
        assertEquals(OVER_NEW_YEAR, TaskDues.explanationOf(variables.get(TaskDues.howOf("payoutDueAt"))));
    }

    @Test
    void noDueDateKeepsNoCountButStillSetsBothVariables() {
        Map<String, Object> variables = new HashMap<>();
        TaskDues.put(variables, "acceptanceDue", null, OVER_NEW_YEAR);
        assertEquals(2, variables.size(), "a due-date expression needs its variable even when null");
        assertNull(TaskDues.explanationOf(variables.get("acceptanceDueHow")));
    }

    @Test
    void theVariableIsReadFromAModelsDueDateExpressionOfOneVariableOnly() {
        assertEquals(Optional.of("assessmentDue"), TaskDues.variableOf("${assessmentDue}"));
        assertEquals(Optional.of("payoutDueAt"), TaskDues.variableOf(" ${ payoutDueAt } "));
        assertEquals(Optional.empty(), TaskDues.variableOf("${dueOf(claim)}"));
        assertEquals(Optional.empty(), TaskDues.variableOf("2026-12-31T17:00:00"));
        assertEquals(Optional.empty(), TaskDues.variableOf(null));
    }
}
