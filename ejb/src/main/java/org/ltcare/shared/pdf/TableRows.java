package org.ltcare.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.pdf.PageFlow.Align;

/**
 * A ruled table written row by row across the text width: columns as shares of the width, a shaded header row
 * repeated at the top of every page the table continues on, rows as tall as their most wrapped cell.
 */
public final class TableRows {

    private static final float SIZE = 9f;
    private static final float LEADING = 12f;
    private static final float MIN_ROW = 18f;

    private final PageFlow flow;
    private final float[] widths;
    private final Align[] aligns;
    private final String[] header;

    /** {@code shares} sum to 1; {@code aligns} per column (numbers right). */
    public TableRows(PageFlow flow, float[] shares, Align[] aligns, String... header) throws IOException {
        this.flow = flow;
        this.widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = flow.width() * shares[i];
        }
        this.aligns = aligns;
        this.header = header;
        draw(header, true);
    }

    public void row(String... texts) throws IOException {
        draw(texts, false);
    }

    private void draw(String[] texts, boolean shaded) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int mostLines = 1;
        for (int i = 0; i < texts.length; i++) {
            List<String> cellLines = flow.cellLines(texts[i] == null ? "" : texts[i], widths[i], SIZE);
            lines.add(cellLines);
            mostLines = Math.max(mostLines, cellLines.size());
        }
        float height = Math.max(MIN_ROW, mostLines * LEADING + 6f);
        if (flow.keepTogether(height) && !shaded) {
            draw(header, true);
        }
        float x = flow.left();
        for (int i = 0; i < texts.length; i++) {
            flow.cell(x, flow.y(), widths[i], height, lines.get(i), shaded ? Align.CENTER : aligns[i], SIZE, LEADING,
                    shaded);
            x += widths[i];
        }
        flow.down(height);
    }
}
