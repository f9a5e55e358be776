package org.ltcare.overview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.pdf.PrintedDocument;

/** What the reports' tables share: counts read from SQL, names of coded values, and a 合计 row. */
final class ReportRows {

    private ReportRows() {
    }

    /** A status, care type or reason as the report prints it, whatever the language of who asks for it. */
    static String printed(Enum<?> value) {
        return EnumLabels.of(value, PrintedDocument.LOCALE);
    }

    static Long whole(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    /**
     * The rows and a 合计 row summing every column from {@code firstSummed} on (whole numbers and yuan) but the
     * {@code blank} ones: people are not added up across care types or grades (one person may be in two).
     */
    static List<List<Object>> withTotal(List<List<Object>> rows, int firstSummed, int... blank) {
        if (rows.isEmpty()) {
            return rows;
        }
        int columns = rows.get(0).size();
        List<Object> total = new ArrayList<>(List.of("合计"));
        for (int c = 1; c < columns; c++) {
            int column = c;
            boolean left = c < firstSummed || java.util.Arrays.stream(blank).anyMatch(b -> b == column);
            total.add(left ? "" : sum(rows, c));
        }
        List<List<Object>> all = new ArrayList<>(rows);
        all.add(total);
        return all;
    }

    private static Object sum(List<List<Object>> rows, int column) {
        if (rows.get(0).get(column) instanceof BigDecimal) {
            return rows.stream().map(r -> (BigDecimal) r.get(column)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2);
        }
        return rows.stream().mapToLong(r -> ((Number) r.get(column)).longValue()).sum();
    }
}
