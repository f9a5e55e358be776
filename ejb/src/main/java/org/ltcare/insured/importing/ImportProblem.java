package org.ltcare.insured.importing;

/**
 * Coded reasons an insured-person import file or row is rejected. The web layer turns a code
 * (plus {@link RowError#detail()}) into a message from its resource bundles.
 */
public enum ImportProblem {
    /** The file is empty or holds only blank lines. */
    MISSING_HEADER,
    /** The first line is not exactly the expected header; column names the first expected column not found in place. */
    BAD_HEADER,
    /** Detail: the number of columns found. */
    WRONG_COLUMN_COUNT,
    /** The CSV syntax is broken (e.g. an unclosed quote); parsing stops at that line. */
    MALFORMED_CSV,
    REQUIRED,
    /** Detail: the {@link org.ltcare.insured.IdNumberProblem} name. */
    ID_NUMBER_INVALID,
    /** Detail: the line number where the ID number first appears. */
    DUPLICATE_IN_FILE,
    BAD_INSURANCE_TYPE,
    BAD_REGION_CODE,
    BAD_DATE,
    DATE_IN_FUTURE,
    BAD_NAME,
    BAD_PHONE,
    /** Detail: the maximum length in characters. */
    TOO_LONG,
    /** Detail: the maximum number of data rows; the file is rejected as a whole. */
    TOO_MANY_ROWS,
    /** Detail: the maximum size in bytes; the file is rejected as a whole. */
    FILE_TOO_LARGE,
    /** Set by the import service when the person is already in the database; never by the parser. */
    ALREADY_REGISTERED
}
