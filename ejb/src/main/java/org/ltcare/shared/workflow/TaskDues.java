package org.ltcare.shared.workflow;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltcare.shared.calendar.DeadlineExplanation;
import org.ltcare.shared.calendar.DeadlineJson;

/**
 * A task's due date travels with how it was counted: the process variable a model's {@code camunda:dueDate="${x}"}
 * reads is set together with {@code xHow}, the count's explanation as JSON. The task list finds the explanation of
 * any task through its model's due-date expression, so no process has to be named here.
 */
public final class TaskDues {

    private static final Pattern ONE_VARIABLE = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");
    private static final DeadlineJson JSON = new DeadlineJson();

    private TaskDues() {
    }

    /** Sets {@code variable} to {@code due} and its explanation beside it (both null when there is no due date). */
    public static void put(Map<String, Object> variables, String variable, Date due, DeadlineExplanation how) {
        variables.put(variable, due);
        variables.put(howOf(variable), due == null ? null : JSON.convertToDatabaseColumn(how));
    }

    /** The variable holding the explanation of the due date kept in {@code variable}. */
    public static String howOf(String variable) {
        return variable + "How";
    }

    /** The variable a due-date expression such as {@code ${payoutDueAt}} reads, if it reads just one. */
    public static Optional<String> variableOf(String dueDateExpression) {
        if (dueDateExpression == null) {
            return Optional.empty();
        }
        Matcher matcher = ONE_VARIABLE.matcher(dueDateExpression.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The explanation kept as {@link #put} wrote it, or null for none. */
    public static DeadlineExplanation explanationOf(Object stored) {
        return stored instanceof String json && !json.isBlank() ? JSON.convertToEntityAttribute(json) : null;
    }
}
