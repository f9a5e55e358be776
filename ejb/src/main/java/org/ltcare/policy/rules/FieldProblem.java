package org.ltcare.policy.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One bad field of a request computed with a rule set (scores of an assessment, a care-fee trial): the
 * field as the API names it ("adl.hygiene", "inpatientDays"), a code from the calculator's catalogue
 * ("SCORE_NOT_ALLOWED"), and the values the message needs, as strings. It lives here, the lowest package
 * both calculators may depend on; it is a shared-kernel type and may move to {@code org.ltcare.shared}.
 */
public record FieldProblem(String field, String code, List<String> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, String code) {
        this(field, code, List.of());
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
