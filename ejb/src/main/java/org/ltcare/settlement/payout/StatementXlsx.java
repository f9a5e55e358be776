package org.ltcare.settlement.payout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ltcare.settlement.claim.CareClaim;

/**
 * An institution's statement of a payout batch as an Excel workbook: a sheet of its claims with totals, a sheet
 * of the deducted lines with their reasons, and a sheet saying how each line's fund share came to be. Money cells are numbers with two decimals, so they add up in Excel.
 */
final class StatementXlsx {

    private StatementXlsx() {
    }

    static byte[] render(Statement s) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));

            Sheet summary = book.createSheet("结算汇总");
            text(summary.createRow(0), 0, Statement.TITLE, bold);
            text(summary.createRow(1), 0, s.institution().getName() + " · 批次 B" + s.batch().getId() + " · 结算周期 "
                    + s.batch().getCycle(), null);
            header(summary.createRow(3), Statement.CLAIM_HEADER, bold);
            int r = 4;
            for (CareClaim claim : s.claims()) {
                Row row = summary.createRow(r++);
                text(row, 0, claim.getMonth().toString(), null);
                row.createCell(1).setCellValue(claim.getLineCount());
                row.createCell(2).setCellValue(claim.getAmounts().getBillableDays());
                BigDecimal[] amounts = s.amounts(claim);
                for (int i = 0; i < amounts.length; i++) {
                    number(row, 3 + i, amounts[i], money);
                }
            }
            Row total = summary.createRow(r);
            text(total, 0, "合计", bold);
            for (int c = 3; c < 8; c++) {
                String column = String.valueOf((char) ('A' + c));
                total.createCell(c).setCellFormula("SUM(" + column + "5:" + column + r + ")");
                total.getCell(c).setCellStyle(money);
            }
            text(summary.createRow(r + 2), 0, s.note(), null);

            Sheet deductions = table(book.createSheet("审核扣减明细"), Statement.DEDUCTION_HEADER, s.deductions(),
                    bold, money);
            Sheet explanations = table(book.createSheet("计算过程"), Statement.EXPLANATION_HEADER,
                    s.explanations("；"), bold, money);
            for (Sheet sheet : List.of(summary, deductions, explanations)) {
                for (int c = 0; c < 8; c++) {
                    sheet.setColumnWidth(c, 14 * 256);
                }
            }
            deductions.setColumnWidth(4, 40 * 256);
            explanations.setColumnWidth(6, 34 * 256);
            explanations.setColumnWidth(7, 120 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A header and one row per value array: amounts as money cells, everything else as text. */
    private static Sheet table(Sheet sheet, String[] titles, List<? extends Object[]> rows, CellStyle bold,
            CellStyle money) {
        header(sheet.createRow(0), titles, bold);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            Object[] values = rows.get(i);
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof BigDecimal amount) {
                    number(row, c, amount, money);
                } else {
                    text(row, c, (String) values[c], null);
                }
            }
        }
        return sheet;
    }

    private static void header(Row row, String[] titles, CellStyle bold) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], bold);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Money as a number cell; the workbook keeps doubles, exact for yuan with two decimals at these sizes. */
    private static void number(Row row, int column, BigDecimal value, CellStyle money) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
    }
}
