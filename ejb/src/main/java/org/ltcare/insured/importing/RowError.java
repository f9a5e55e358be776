package org.ltcare.insured.importing;

import java.util.Objects;

/**
 * One problem found in an import file.
 *
 * @param lineNumber physical line in the file, the header being line 1
 * @param column     the Chinese header name of the column at fault, or null for the whole line or file
 * @param code       what is wrong
 * @param detail     the offending value or a parameter for the message (see {@link ImportProblem});
 *                   never a full ID number; may be null
 */
public record RowError(int lineNumber, String column, ImportProblem code, String detail) {

    public RowError {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("Line numbers start at 1, got " + lineNumber);
        }
        Objects.requireNonNull(code, "code");
    }

    static RowError of(int lineNumber, InsuredCsvColumn column, ImportProblem code, String detail) {
        return new RowError(lineNumber, column == null ? null : column.header(), code, detail);
    }
}
