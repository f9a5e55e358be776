package org.ltcare.shared.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table as an Excel workbook (a screen's table view exported): a title row, a bold header row and the rows.
 * Text stays text; money (BigDecimal) is a number with two decimals so that it adds up in Excel — a double, exact
 * for yuan with two decimals at these sizes; other numbers are numbers.
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    /** One sheet of a workbook: its name, a title row, headers and rows. */
    public record Table(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
    }

    public static byte[] of(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        return of(List.of(new Table(sheetName, title, headers, rows)));
    }

    /** Several tables, a sheet each (sheet names must differ). */
    public static byte[] of(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            for (Table table : tables) {
                Sheet sheet = book.createSheet(table.sheetName());
                Cell titleCell = sheet.createRow(0).createCell(0);
                titleCell.setCellValue(table.title());
                titleCell.setCellStyle(bold);
                Row header = sheet.createRow(2);
                for (int c = 0; c < table.headers().size(); c++) {
                    header.createCell(c).setCellValue(table.headers().get(c));
                    header.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, 16 * 256);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(3 + r);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), money);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle money) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
