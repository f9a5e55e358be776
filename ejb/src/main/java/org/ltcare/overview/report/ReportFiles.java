package org.ltcare.overview.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PageFlow.Align;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.pdf.TableRows;
import org.ltcare.shared.xlsx.TableWorkbook;

/** A report as an Excel workbook (a sheet per section) and as a PDF (Chinese, the CJK font embedded). */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static byte[] xlsx(Report report) {
        List<TableWorkbook.Table> tables = new ArrayList<>();
        int n = 1;
        for (Report.Section section : report.sections()) {
            // Excel's sheet names: at most 31 characters, unique.
            String name = (n++) + " " + section.heading();
            tables.add(new TableWorkbook.Table(name.length() > 31 ? name.substring(0, 31) : name,
                    report.title() + " · " + section.heading(), section.headers(), section.rows()));
        }
        return TableWorkbook.of(tables);
    }

    public static byte[] pdf(Report report) {
        try {
            return PrintedDocument.render(report.title(), "医疗保障经办机构", flow -> write(flow, report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PageFlow flow, Report report) throws IOException {
        flow.title(report.title(), report.subtitle());
        for (Report.Section section : report.sections()) {
            flow.heading(section.heading());
            if (section.rows().isEmpty()) {
                flow.paragraph("（无）", 10f, 14f);
                continue;
            }
            int columns = section.headers().size();
            float[] shares = new float[columns];
            Align[] aligns = new Align[columns];
            // The first column (a name or a month) twice as wide; numbers to the right.
            for (int c = 0; c < columns; c++) {
                shares[c] = (c == 0 ? 2f : 1f) / (columns + 1);
                aligns[c] = c == 0 || !(section.rows().get(0).get(c) instanceof Number) ? Align.LEFT : Align.RIGHT;
            }
            TableRows table = new TableRows(flow, shares, aligns, section.headers().toArray(String[]::new));
            for (List<Object> row : section.rows()) {
                table.row(row.stream().map(ReportFiles::text).toArray(String[]::new));
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal amount ? amount.setScale(2).toPlainString() : String.valueOf(value);
    }
}
