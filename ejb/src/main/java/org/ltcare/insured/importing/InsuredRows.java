package org.ltcare.insured.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One insured person's fields checked exactly as a CSV row is, so that registering one person through the API
 * accepts and refuses the same values as the import screen.
 */
public final class InsuredRows {

    /** The row when every field is good; otherwise the problems, each naming its column. */
    public record Checked(Optional<InsuredRow> row, List<RowError> problems) {
    }

    private InsuredRows() {
    }

    /** @param cells one value per {@link InsuredCsvColumn}, in the CSV's column order (null for empty) */
    public static Checked check(LocalDate today, List<String> cells) {
        List<String> values = cells.stream().map(v -> v == null ? "" : v).toList();
        List<RowError> problems = new ArrayList<>();
        Optional<InsuredRow> row = new InsuredRowValidator(today).validate(1, values, problems);
        return new Checked(row, problems);
    }
}
