package org.ltcare.institution.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * An annual evaluation as entered: the year evaluated, the points per sheet item and remarks. {@link #check} names
 * every problem at once: a year before 2000 or after the current one, too long remarks, each wrong sheet item.
 */
public record AnnualEvaluationForm(int year, ScoreSheet sheet, String remarks) {

    public static final int FIRST_YEAR = 2000;
    public static final int REMARKS_LENGTH = 500;

    public AnnualEvaluationForm {
        sheet = sheet == null ? new ScoreSheet(Map.of()) : sheet;
        remarks = remarks == null || remarks.isBlank() ? null : remarks.trim();
    }

    /** @param today the bureau's today: the current year may be evaluated, a later one not yet */
    public AnnualEvaluationForm check(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (year < FIRST_YEAR) {
            errors.add(new FieldError("year", "evaluation.year.tooEarly", List.of(String.valueOf(FIRST_YEAR))));
        } else if (year > today.getYear()) {
            errors.add(new FieldError("year", "evaluation.year.future", List.of(String.valueOf(today.getYear()))));
        }
        errors.addAll(sheet.problems());
        if (remarks != null && remarks.length() > REMARKS_LENGTH) {
            errors.add(new FieldError("remarks", "evaluation.remarks.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
