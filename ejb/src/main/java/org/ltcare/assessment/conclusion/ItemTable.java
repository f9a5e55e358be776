package org.ltcare.assessment.conclusion;

import java.io.IOException;
import java.util.List;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PageFlow.Align;

/**
 * The score table: 维度 | 项目 | 得分 | 满分, one row per item, the dimension's name in one cell spanning its items
 * and its subtotal row. A dimension is never split across pages, so its subtotal stays under its items.
 */
final class ItemTable {

    private static final float SIZE = 10f;
    private static final float ROW = 15f;
    private static final float LEADING = 13f;
    private static final float DIMENSION_WIDTH = 100f;
    private static final float SCORE_WIDTH = 62f;

    private final PageFlow flow;
    private final float itemWidth;

    ItemTable(PageFlow flow) {
        this.flow = flow;
        this.itemWidth = flow.width() - DIMENSION_WIDTH - 2 * SCORE_WIDTH;
    }

    void draw(ConclusionDocument doc) throws IOException {
        header();
        for (DimensionLine dimension : doc.dimensions()) {
            List<ItemLine> items = doc.itemsOf(dimension);
            float groupHeight = (items.size() + 1) * ROW;
            if (flow.keepTogether(groupHeight)) {
                header();
            }
            float top = flow.y();
            flow.cell(flow.left(), top, DIMENSION_WIDTH, groupHeight,
                    flow.cellLines(dimension.nameZh(), DIMENSION_WIDTH, SIZE), Align.CENTER, SIZE, LEADING, false);
            for (ItemLine item : items) {
                row(item.itemZh(), item.score(), item.maxScore(), false);
            }
            row("小计（" + dimension.band() + " 分，能力等级：" + dimension.levelName() + "）", dimension.score(),
                    dimension.maxScore(), true);
        }
    }

    private void header() throws IOException {
        flow.keepTogether(ROW);
        float x = flow.left();
        float top = flow.y();
        flow.cell(x, top, DIMENSION_WIDTH, ROW, List.of("维度"), Align.CENTER, SIZE, LEADING, true);
        x += DIMENSION_WIDTH;
        flow.cell(x, top, itemWidth, ROW, List.of("项目"), Align.CENTER, SIZE, LEADING, true);
        x += itemWidth;
        flow.cell(x, top, SCORE_WIDTH, ROW, List.of("得分"), Align.CENTER, SIZE, LEADING, true);
        flow.cell(x + SCORE_WIDTH, top, SCORE_WIDTH, ROW, List.of("满分"), Align.CENTER, SIZE, LEADING, true);
        flow.down(ROW);
    }

    /** One row right of the dimension cell; subtotal rows are shaded so the eye finds them. */
    private void row(String name, int score, int maxScore, boolean subtotal) throws IOException {
        float x = flow.left() + DIMENSION_WIDTH;
        float top = flow.y();
        flow.cell(x, top, itemWidth, ROW, List.of(name), Align.LEFT, SIZE, LEADING, subtotal);
        x += itemWidth;
        flow.cell(x, top, SCORE_WIDTH, ROW, List.of(String.valueOf(score)), Align.CENTER, SIZE, LEADING, subtotal);
        flow.cell(x + SCORE_WIDTH, top, SCORE_WIDTH, ROW, List.of(String.valueOf(maxScore)), Align.CENTER, SIZE,
                LEADING, subtotal);
        flow.down(ROW);
    }
}
