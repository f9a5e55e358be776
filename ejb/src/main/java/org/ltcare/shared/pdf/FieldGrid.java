package org.ltcare.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.pdf.PageFlow.Align;

/**
 * The label–value grid of a printed form: two pairs a row ("姓名 | 欧阳翀 | 性别 | 男"), or one pair whose value
 * spans the row for long text such as an address. Values wrap inside their cell and the row grows with them.
 */
public final class FieldGrid {

    static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MIN_ROW = 20f;
    private static final float LABEL_WIDTH = 82f;

    private final PageFlow flow;
    private final float labelWidth;

    public FieldGrid(PageFlow flow) {
        this(flow, LABEL_WIDTH);
    }

    /** For a form whose longest label ("统一社会信用代码") would wrap in the usual label width. */
    public FieldGrid(PageFlow flow, float labelWidth) {
        this.flow = flow;
        this.labelWidth = labelWidth;
    }

    public void row(String label, String value, String secondLabel, String secondValue) throws IOException {
        float valueWidth = (flow.width() - 2 * labelWidth) / 2;
        draw(List.of(label, value, secondLabel, secondValue),
                List.of(labelWidth, valueWidth, labelWidth, valueWidth));
    }

    public void row(String label, String value) throws IOException {
        draw(List.of(label, value), List.of(labelWidth, flow.width() - labelWidth));
    }

    /** Even positions are labels (shaded, centred); odd positions are values. */
    private void draw(List<String> texts, List<Float> widths) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int mostLines = 1;
        for (int i = 0; i < texts.size(); i++) {
            List<String> cellLines = flow.cellLines(texts.get(i), widths.get(i), SIZE);
            lines.add(cellLines);
            mostLines = Math.max(mostLines, cellLines.size());
        }
        float height = Math.max(MIN_ROW, mostLines * LEADING + 6f);
        flow.keepTogether(height);
        float x = flow.left();
        for (int i = 0; i < texts.size(); i++) {
            boolean label = i % 2 == 0;
            flow.cell(x, flow.y(), widths.get(i), height, lines.get(i), label ? Align.CENTER : Align.LEFT, SIZE,
                    LEADING, label);
            x += widths.get(i);
        }
        flow.down(height);
    }
}
