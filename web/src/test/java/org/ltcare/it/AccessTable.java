package org.ltcare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The expectation table of {@code AccessMatrixIT} (access-matrix.tsv): one row per request — the page or REST
 * operation it belongs to, the request itself with {object} placeholders, the object whose name the answer must
 * (200+) or must not (200-) show — and one column per caller with the answer expected.
 *
 * <p>A cell is a status, with "+"/"-" after a 200 on a row with an object, and for a redirect where to:
 * "302" goes to the login page, "302>/apply/" to a URL containing "/apply/". No cell may expect 500.
 */
record AccessTable(List<String> callers, List<Row> rows) {

    static final String NONE = "-";
    private static final Pattern CELL = Pattern.compile("200[+-]?|302(>\\S+)?|40[0-9]|41[0-9]|42[0-9]");

    /** One request and what each caller gets. */
    record Row(int line, String operation, String request, String object, Map<String, String> expected) {

        /** The request line with the objects' ids put in: "GET /x?id=12", or "POST /api/v1/y {}". */
        String requestWith(Map<String, String> ids) {
            String text = NONE.equals(request) ? (operation.startsWith("/") ? "GET " + operation : operation) : request;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                text = text.replace("{" + id.getKey() + "}", id.getValue());
            }
            return text;
        }

        boolean hasObject() {
            return !NONE.equals(object);
        }
    }

    static AccessTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> callers = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t"));
            if (callers == null) {
                callers = List.copyOf(cells.subList(3, cells.size()));
                continue;
            }
            if (cells.size() != callers.size() + 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.size() + " cells, expected "
                        + (callers.size() + 3));
            }
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            for (int c = 0; c < callers.size(); c++) {
                String cell = cells.get(c + 3).trim();
                if (!CELL.matcher(cell).matches()) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an answer: " + cell);
                }
                expected.put(callers.get(c), cell);
            }
            rows.add(new Row(i + 1, cells.get(0), cells.get(1), cells.get(2), expected));
        }
        return new AccessTable(callers == null ? List.of() : callers, List.copyOf(rows));
    }

    /** The table as observed, in the same layout, for a maintainer to compare with or adopt. */
    static String format(List<String> callers, List<Row> rows, Map<Row, Map<String, String>> observed) {
        StringBuilder text = new StringBuilder("operation\trequest\tobject\t" + String.join("\t", callers) + "\n");
        for (Row row : rows) {
            text.append(row.operation()).append('\t').append(row.request()).append('\t').append(row.object());
            for (String caller : callers) {
                text.append('\t').append(observed.getOrDefault(row, Map.of()).getOrDefault(caller, "?"));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
