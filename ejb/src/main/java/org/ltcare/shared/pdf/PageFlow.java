package org.ltcare.shared.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes A4 pages top to bottom: a cursor {@link #y()} that callers move down, and a new page whenever the next
 * block would not fit above the bottom margin. All drawing goes through here, so every page uses the same font,
 * margins and line weights.
 */
public final class PageFlow implements Closeable {

    public enum Align { LEFT, CENTER, RIGHT }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN_X = 20 * MM;
    /** Narrow top and bottom margins keep the usual 17-item conclusion on one sheet. */
    private static final float MARGIN_TOP = 14 * MM;
    /** Leaves room below the content for the page number. */
    private static final float MARGIN_BOTTOM = 14 * MM;
    private static final float CELL_PADDING = 5f;
    private static final float RULE_WIDTH = 0.6f;
    /** Light enough to print as a tint on any office printer, dark enough to set labels apart from values. */
    private static final float LABEL_SHADE = 0.93f;
    /**
     * Height of a Chinese character's visual middle above the baseline, per point of font size: the ideographic
     * em box runs from -0.12 to 0.88, so text centred on this middle looks centred in its cell.
     */
    private static final float MIDDLE_ABOVE_BASELINE = 0.37f;
    /** The app carries the Regular weight only (the font is ~10 MB a weight); bold is fill plus a thin outline. */
    private static final float BOLD_OUTLINE_PER_POINT = 0.03f;
    private static final float TITLE_SIZE = 18f;
    private static final float NUMBER_SIZE = 10.5f;
    private static final float HEADING_SIZE = 12f;
    private static final float HEADING_LEADING = 20f;
    /** A heading moves to the next page unless this much of its section fits under it. */
    private static final float HEADING_KEEP_WITH_NEXT = 40f;

    private final PDDocument pdf;
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument pdf, PDType0Font font) throws IOException {
        this.pdf = pdf;
        this.font = font;
        newPage();
    }

    public float left() {
        return MARGIN_X;
    }

    public float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    public float y() {
        return y;
    }

    public void down(float height) {
        y -= height;
    }

    /** Starts a new page unless {@code height} still fits on this one; true if it started one. */
    public boolean keepTogether(float height) throws IOException {
        if (y - height >= MARGIN_BOTTOM) {
            return false;
        }
        newPage();
        return true;
    }

    public float widthOf(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> wrap(String text, float size, float maxWidth) {
        return LineWrapper.wrap(text, maxWidth, t -> widthOf(t, size));
    }

    /** Draws one line of text within [x, x + boxWidth], aligned in that span, on the given baseline. */
    void text(String text, Align align, float x, float boxWidth, float baseline, float size, boolean bold)
            throws IOException {
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (boxWidth - widthOf(text, size)) / 2;
            case RIGHT -> x + boxWidth - widthOf(text, size);
        };
        content.beginText();
        content.setFont(font, size);
        content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        if (bold) {
            content.setLineWidth(size * BOLD_OUTLINE_PER_POINT);
        }
        content.newLineAtOffset(start, baseline);
        content.showText(text);
        content.endText();
    }

    /** The document's title, centred, and under it at the right the line with its number ("编号：…"). */
    public void title(String title, String numberLine) throws IOException {
        line(title, Align.CENTER, TITLE_SIZE, true, 28f);
        line(numberLine, Align.RIGHT, NUMBER_SIZE, false, 20f);
    }

    /** A section heading ("一、基本信息"), bold, never left alone at the foot of a page. */
    public void heading(String text) throws IOException {
        down(3f);
        keepTogether(HEADING_LEADING + HEADING_KEEP_WITH_NEXT);
        line(text, Align.LEFT, HEADING_SIZE, true, HEADING_LEADING);
        down(2f);
    }

    /** Moves down one line of {@code leading} and writes {@code text} across the full text width. */
    public void line(String text, Align align, float size, boolean bold, float leading) throws IOException {
        lineWithin(text, align, left(), width(), size, bold, leading);
    }

    /** As {@link #line}, aligned within [x, x + boxWidth] instead of the full text width. */
    public void lineWithin(String text, Align align, float x, float boxWidth, float size, boolean bold,
            float leading) throws IOException {
        keepTogether(leading);
        down(leading);
        text(text, align, x, boxWidth, baselineFor(y + leading / 2, size), size, bold);
    }

    public float right() {
        return left() + width();
    }

    /** Moves down one line and writes the texts side by side, each starting at the left of an equal column. */
    public void columns(float size, float leading, String... texts) throws IOException {
        keepTogether(leading);
        down(leading);
        float columnWidth = width() / texts.length;
        for (int i = 0; i < texts.length; i++) {
            text(texts[i], Align.LEFT, left() + i * columnWidth, columnWidth, baselineFor(y + leading / 2, size), size,
                    false);
        }
    }

    /**
     * A label followed by wrapped text whose lines all start {@code labelWidth} in, so labels of one block form
     * a column and their values line up, as in a printed form. The whole paragraph moves to the next page if it
     * does not fit.
     */
    public void labelled(String label, String text, float labelWidth, float size, float leading) throws IOException {
        List<String> lines = wrap(text, size, width() - labelWidth);
        keepTogether(lines.size() * leading);
        for (int i = 0; i < lines.size(); i++) {
            keepTogether(leading); // only a paragraph taller than a whole page breaks between its lines
            down(leading);
            float baseline = baselineFor(y + leading / 2, size);
            if (i == 0 && !label.isEmpty()) {
                text(label, Align.LEFT, left(), labelWidth, baseline, size, false);
            }
            text(lines.get(i), Align.LEFT, left() + labelWidth, width() - labelWidth, baseline, size, false);
        }
    }

    /** Wrapped text across the full width, kept on one page if it fits on one. */
    public void paragraph(String text, float size, float leading) throws IOException {
        labelled("", text, 0f, size, leading);
    }

    /** A table cell: optional shade, thin border, and its lines centred vertically as one block. */
    public void cell(float x, float top, float cellWidth, float height, List<String> lines, Align align, float size,
            float leading, boolean shaded) throws IOException {
        if (shaded) {
            content.setNonStrokingColor(LABEL_SHADE);
            content.addRect(x, top - height, cellWidth, height);
            content.fill();
            content.setNonStrokingColor(0f);
        }
        content.setLineWidth(RULE_WIDTH);
        content.addRect(x, top - height, cellWidth, height);
        content.stroke();
        float firstBaseline = baselineFor(top - height / 2 + (lines.size() - 1) * leading / 2, size);
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), align, x + CELL_PADDING, cellWidth - 2 * CELL_PADDING, firstBaseline - i * leading,
                    size, false);
        }
    }

    /** Lines of text that fit in a cell of this width, for sizing the row before it is drawn. */
    public List<String> cellLines(String text, float cellWidth, float size) {
        return wrap(text, size, cellWidth - 2 * CELL_PADDING);
    }

    /** Writes "第 i 页 共 n 页" under every page; called once all pages exist. */
    public void numberPages(float size) throws IOException {
        close();
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                content = footer;
                text("第 " + (i + 1) + " 页　共 " + count + " 页", Align.CENTER, left(), width(), MARGIN_BOTTOM / 2,
                        size, false);
            }
        }
        content = null;
    }

    private float baselineFor(float middle, float size) {
        return middle - MIDDLE_ABOVE_BASELINE * size;
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PAGE.getHeight() - MARGIN_TOP;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
