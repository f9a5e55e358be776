package org.ltcare.assessment.scale;

import java.util.List;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.shared.ValidationException;

/**
 * Item scores that cannot be graded, with every bad field at once. A {@link ValidationException}, so the
 * REST layer answers 400 with the fields; {@link #problems()} adds the codes' arguments (e.g. allowed scores).
 */
public class InvalidScoresException extends ValidationException {

    private final transient List<FieldProblem> problems;

    public InvalidScoresException(List<FieldProblem> problems) {
        super(fieldErrors(problems));
        this.problems = List.copyOf(problems);
    }

    private static List<FieldError> fieldErrors(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidScoresException names at least one bad field");
        }
        return problems.stream()
                .map(p -> new FieldError(p.field(), ScoreProblemCode.valueOf(p.code()).messageKey(), p.arguments()))
                .toList();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
