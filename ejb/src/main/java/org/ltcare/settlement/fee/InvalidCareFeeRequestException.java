package org.ltcare.settlement.fee;

import java.util.List;
import org.ltcare.policy.rules.FieldProblem;
import org.ltcare.shared.ValidationException;

/**
 * A care-fee request that cannot be computed, with every bad field at once. A {@link ValidationException}, so
 * the REST layer answers 400 with the fields; {@link #problems()} adds the codes' arguments.
 */
public class InvalidCareFeeRequestException extends ValidationException {

    private final transient List<FieldProblem> problems;

    public InvalidCareFeeRequestException(List<FieldProblem> problems) {
        super(fieldErrors(problems));
        this.problems = List.copyOf(problems);
    }

    private static List<FieldError> fieldErrors(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidCareFeeRequestException names at least one bad field");
        }
        return problems.stream()
                .map(p -> new FieldError(p.field(), CareFeeProblemCode.valueOf(p.code()).messageKey(), p.arguments()))
                .toList();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
