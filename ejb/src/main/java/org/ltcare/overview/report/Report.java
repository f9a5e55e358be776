package org.ltcare.overview.report;

import java.util.List;

/**
 * A report as tables: its title, what it covers, and sections each with a heading, column headers and rows
 * (text, whole numbers, or yuan as BigDecimal). Rendered the same way to Excel (a sheet per section) and PDF.
 */
public record Report(String title, String subtitle, List<Section> sections) {

    public record Section(String heading, List<String> headers, List<List<Object>> rows) {
    }
}
