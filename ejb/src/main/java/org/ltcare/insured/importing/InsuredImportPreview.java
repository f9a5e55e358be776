package org.ltcare.insured.importing;

import java.util.List;

/**
 * What an import file would bring in: the rows that passed every check and the problems found.
 * A row with any problem is not among the valid rows.
 *
 * @param dataRowCount the non-blank lines after the header that were read
 */
public record InsuredImportPreview(int dataRowCount, List<InsuredRow> validRows, List<RowError> errors) {

    public InsuredImportPreview {
        validRows = List.copyOf(validRows);
        errors = List.copyOf(errors);
    }

    static InsuredImportPreview rejected(int dataRowCount, RowError error) {
        return new InsuredImportPreview(dataRowCount, List.of(), List.of(error));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int validRowCount() {
        return validRows.size();
    }

    public int errorCount() {
        return errors.size();
    }

    /** Distinct lines with at least one problem. */
    public int invalidLineCount() {
        return (int) errors.stream().mapToInt(RowError::lineNumber).distinct().count();
    }
}
