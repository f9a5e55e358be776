package org.ltcare.web.records;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * {@code <ltc:bedDayRows value="#{…rows}"/>}: the bed-day grid's body, written straight from its row views. A home
 * has some 2,000 cells a month; as {@code ui:repeat}s with expressions per cell they made 床日登记 the heaviest page
 * of a city (issue 23). The markup is the one the grid's script and tests know: a link per editable cell carrying its
 * admission and day, a span otherwise. Everything written goes through the response writer, which escapes it.
 */
@FacesComponent(value = BedDayRowsComponent.TYPE, createTag = true, tagName = "bedDayRows",
        namespace = BedDayRowsComponent.NAMESPACE)
public class BedDayRowsComponent extends UIComponentBase {

    static final String TYPE = "org.ltcare.BedDayRows";
    static final String NAMESPACE = "ltcare";

    @Override
    public String getFamily() {
        return "org.ltcare";
    }

    @Override
    public String getRendererType() {
        return null;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<BedDayRowView> rows = (List<BedDayRowView>) getAttributes().get("value");
        if (rows == null) {
            return;
        }
        ResponseWriter out = context.getResponseWriter();
        for (BedDayRowView row : rows) {
            out.startElement("tr", this);
            writePerson(out, row);
            cell(out, null, row.careType());
            String admission = Long.toString(row.admissionId());
            for (BedDayCellView cell : row.cells()) {
                writeCell(out, admission, cell);
            }
            cell(out, "ltc-num", Long.toString(row.presentDays()));
            cell(out, "ltc-num", Long.toString(row.absentDays()));
            out.endElement("tr");
        }
    }

    private void writePerson(ResponseWriter out, BedDayRowView row) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("class", "ltc-bedday-person", null);
        out.startElement("strong", this);
        out.writeText(row.name(), null);
        out.endElement("strong");
        out.startElement("br", this);
        out.endElement("br");
        out.startElement("span", this);
        out.writeAttribute("class", "ltc-muted", null);
        out.writeText(row.idNumber(), null);
        out.endElement("span");
        out.endElement("td");
    }

    private void writeCell(ResponseWriter out, String admission, BedDayCellView cell) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("class", cell.css(), null);
        out.writeAttribute("title", cell.title(), null);
        String element = cell.link() ? "a" : "span";
        out.startElement(element, this);
        if (cell.link()) {
            out.writeAttribute("href", "#", null);
            out.writeAttribute("class", "ltc-day-link", null);
        }
        out.writeAttribute("data-admission", admission, null);
        out.writeAttribute("data-day", cell.day(), null);
        out.writeText(cell.mark(), null);
        out.endElement(element);
        out.endElement("td");
    }

    private void cell(ResponseWriter out, String css, String text) throws IOException {
        out.startElement("td", this);
        if (css != null) {
            out.writeAttribute("class", css, null);
        }
        out.writeText(text, null);
        out.endElement("td");
    }
}
