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
            Align[] aligns = new Align[columns];
            // numbers to the right
            for (int c = 0; c < columns; c++) {
                aligns[c] = c == 0 || !(section.rows().get(0).get(c) instanceof Number) ? Align.LEFT : Align.RIGHT;
            }
            TableRows table = new TableRows(flow, shares(section), aligns, section.headers().toArray(String[]::new));
            for (List<Object> row : section.rows()) {
                table.row(row.stream().map(ReportFiles::text).toArray(String[]::new));
            }
        }
    }

    /**
     * Each column's share of the width, from what it holds: its widest value (a Chinese character counts two), at
     * least half its heading (a heading may take two lines), a name at most {@value #NAME_WIDTH}, and its padding. Equal shares
     * wrapped a city's six-figure amounts in the middle of the number.
     */
    static float[] shares(Report.Section section) {
        // layout proportions, not amounts: counted in whole character widths, made fractions for the PDF at the end
        int columns = section.headers().size();
        int[] widths = new int[columns];
        int total = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(4, (widthOf(section.headers().get(c)) + 1) / 2);
            for (List<Object> row : section.rows()) {
                widths[c] = Math.max(widths[c], Math.min(NAME_WIDTH, widthOf(text(row.get(c)))));
            }
            widths[c] += CELL_PADDING;
            total += widths[c];
        }
        float[] shares = new float[columns];
        for (int c = 0; c < columns; c++) {
            shares[c] = (float) widths[c] / total;
        }
        return shares;
    }

    private static final int NAME_WIDTH = 24;

    /** A cell's padding, in the same units: without it "已支付" and "0.00" wrapped in their own columns. */
    private static final int CELL_PADDING = 2;

    private static int widthOf(String text) {
        return text.codePoints().map(ch -> ch < 0x2E80 ? 1 : 2).sum();
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal amount ? amount.setScale(2).toPlainString() : String.valueOf(value);
    }
}
