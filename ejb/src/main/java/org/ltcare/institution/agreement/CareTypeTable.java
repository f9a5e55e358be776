package org.ltcare.institution.agreement;

import java.io.IOException;
import java.util.List;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PageFlow.Align;

/**
 * The agreed care types: 护理类型 | 协议床位（人数） | 日收费标准（元）, one row a care type. The header is repeated at
 * the top of every page the table runs onto, so each page reads on its own; amounts are right-aligned so their
 * decimal points line up.
 */
final class CareTypeTable {

    private static final List<String> HEADER = List.of("护理类型", "协议床位（人数）", "日收费标准（元）");
    private static final List<Align> ALIGN = List.of(Align.CENTER, Align.CENTER, Align.RIGHT);
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MIN_ROW = 20f;
    private static final float NUMBER_WIDTH = 150f;

    private final PageFlow flow;
    private final List<Float> widths;

    CareTypeTable(PageFlow flow) {
        this.flow = flow;
        this.widths = List.of(flow.width() - 2 * NUMBER_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH);
    }

    void draw(List<AgreementLine> lines) throws IOException {
        header();
        for (AgreementLine line : lines) {
            List<String> name = flow.cellLines(line.careTypeName(), widths.get(0), SIZE);
            float height = Math.max(MIN_ROW, name.size() * LEADING + 6f);
            if (flow.keepTogether(height)) {
                header();
            }
            row(List.of(name, List.of(String.valueOf(line.places())), List.of(line.dailyCharge().toPlainString())),
                    ALIGN, height, false);
        }
    }

    /** Never alone at the foot of a page: it moves on with room for a row under it. */
    private void header() throws IOException {
        flow.keepTogether(2 * MIN_ROW);
        row(HEADER.stream().map(List::of).toList(), List.of(Align.CENTER, Align.CENTER, Align.CENTER), MIN_ROW, true);
    }

    private void row(List<List<String>> cells, List<Align> aligns, float height, boolean shaded) throws IOException {
        float x = flow.left();
        for (int i = 0; i < cells.size(); i++) {
            flow.cell(x, flow.y(), widths.get(i), height, cells.get(i), aligns.get(i), SIZE, LEADING, shaded);
            x += widths.get(i);
        }
        flow.down(height);
    }
}
