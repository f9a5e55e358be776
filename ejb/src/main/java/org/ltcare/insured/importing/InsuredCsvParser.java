package org.ltcare.insured.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ltcare.shared.time.ClockProducer;

/**
 * Reads an insured-person import file (参保人导入) into a preview of valid rows and coded
 * problems. Bad data never throws: it becomes {@link RowError}s with physical line numbers,
 * the header being line 1. The expected header is {@link InsuredCsvColumn#HEADERS}, comma
 * separated; text is UTF-8 with or without BOM, or GB18030/GBK (see {@link CsvTextDecoder}).
 * Blank lines, including lines of empty cells, are skipped.
 */
public final class InsuredCsvParser {

    public static final int MAX_DATA_ROWS = 50_000;
    /** Far above 50,000 rows of real data; keeps a wrong upload from filling the heap. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Clock clock;
    private final int maxDataRows;
    private final int maxBytes;

    public InsuredCsvParser() {
        this(Clock.system(ClockProducer.ZONE));
    }

    /** @param clock gives "today" for the birth-date and enrolment-date checks */
    public InsuredCsvParser(Clock clock) {
        this(clock, MAX_DATA_ROWS, MAX_BYTES);
    }

    InsuredCsvParser(Clock clock, int maxDataRows, int maxBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxDataRows = maxDataRows;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the whole stream; the caller closes it.
     *
     * @throws UncheckedIOException only if the stream itself cannot be read
     */
    public InsuredImportPreview parse(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import file", e);
        }
        if (bytes.length > maxBytes) {
            return InsuredImportPreview.rejected(0,
                    RowError.of(1, null, ImportProblem.FILE_TOO_LARGE, String.valueOf(maxBytes)));
        }
        String text = CsvTextDecoder.decode(bytes);
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            return new Reading(LocalDate.now(clock)).read(csv.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read text already in memory", e);
        }
    }

    /** The state of one pass over a file. */
    private final class Reading {
        private final InsuredRowValidator validator;
        private final List<InsuredRow> validRows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int dataRowCount;
        private boolean headerSeen;

        Reading(LocalDate today) {
            this.validator = new InsuredRowValidator(today);
        }

        InsuredImportPreview read(Iterator<CSVRecord> records) {
            int nextLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException malformed) {
                    errors.add(RowError.of(nextLine, null, ImportProblem.MALFORMED_CSV, null));
                    break;
                }
                int line = nextLine;
                List<String> cells = Arrays.asList(record.values());
                nextLine += 1 + lineBreaksIn(cells);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!headerSeen) {
                    RowError headerError = headerError(line, cells);
                    if (headerError != null) {
                        return InsuredImportPreview.rejected(0, headerError);
                    }
                    headerSeen = true;
                    continue;
                }
                dataRowCount++;
                if (dataRowCount > maxDataRows) {
                    return InsuredImportPreview.rejected(dataRowCount,
                            RowError.of(line, null, ImportProblem.TOO_MANY_ROWS, String.valueOf(maxDataRows)));
                }
                readDataRow(line, cells);
            }
            if (!headerSeen && errors.isEmpty()) {
                errors.add(RowError.of(1, null, ImportProblem.MISSING_HEADER, null));
            }
            return new InsuredImportPreview(dataRowCount, validRows, errors);
        }

        private void readDataRow(int line, List<String> cells) {
            if (cells.size() != InsuredCsvColumn.HEADERS.size()) {
                errors.add(RowError.of(line, null, ImportProblem.WRONG_COLUMN_COUNT, String.valueOf(cells.size())));
                return;
            }
            validator.validate(line, cells, errors).ifPresent(validRows::add);
        }
    }

    /**
     * Names the first expected column not found in its place; the detail is the number of
     * columns found when that is wrong. Found values are not echoed: a file without a header
     * has an ID number there.
     */
    private static RowError headerError(int line, List<String> cells) {
        List<String> expected = InsuredCsvColumn.HEADERS;
        String detail = cells.size() == expected.size() ? null : String.valueOf(cells.size());
        for (int i = 0; i < expected.size(); i++) {
            if (i >= cells.size() || !cells.get(i).strip().equals(expected.get(i))) {
                return new RowError(line, expected.get(i), ImportProblem.BAD_HEADER, detail);
            }
        }
        return detail == null ? null : new RowError(line, null, ImportProblem.BAD_HEADER, detail);
    }

    /** Line breaks inside quoted values, so that the next record's physical line is known. */
    private static int lineBreaksIn(List<String> cells) {
        int count = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n'))) {
                    count++;
                }
            }
        }
        return count;
    }
}
