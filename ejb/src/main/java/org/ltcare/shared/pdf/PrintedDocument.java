package org.ltcare.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The frame every printed document shares: its document information (title, issuer, producer, language zh-CN),
 * the embedded font, A4 pages written top to bottom through one {@link PageFlow}, and "第 i 页 共 n 页" under
 * each page. A document supplies only what it writes.
 */
public final class PrintedDocument {

    public static final String PRODUCER = "LTC Case Manager";
    /**
     * The language of every official document (conclusion, agreement, statement, reports, the public notice):
     * Chinese, as the bureau issues them, whatever language the user who prints one reads the screens in.
     */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final float PAGE_NUMBER_SIZE = 9f;

    /** What a document writes onto its pages. */
    @FunctionalInterface
    public interface Body {
        void write(PageFlow flow) throws IOException;
    }

    private PrintedDocument() {
    }

    /** The PDF's bytes; the font is embedded as a subset, so it prints the same anywhere. */
    public static byte[] render(String title, String author, Body body) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, title, author);
            PDType0Font font = EmbeddedFont.loadInto(pdf);
            try (PageFlow flow = new PageFlow(pdf, font)) {
                body.write(flow);
                flow.numberPages(PAGE_NUMBER_SIZE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void describe(PDDocument pdf, String title, String author) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage(LOCALE.toLanguageTag());
    }
}
