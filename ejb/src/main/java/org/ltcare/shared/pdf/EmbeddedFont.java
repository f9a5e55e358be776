package org.ltcare.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans SC, carried in the jar with its licence (resources/fonts), so a printed document looks the same on
 * every machine: no server or reader has to have a Chinese font installed.
 */
final class EmbeddedFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    /** Read once: the file is ~10 MB, too much to read from the jar for every document. */
    private static byte[] cachedBytes;

    private EmbeddedFont() {
    }

    /** Loads the font into {@code pdf}; only the glyphs the document uses are embedded (a subset of a few KB). */
    static PDType0Font loadInto(PDDocument pdf) throws IOException {
        return PDType0Font.load(pdf, new ByteArrayInputStream(bytes()), true);
    }

    private static synchronized byte[] bytes() throws IOException {
        if (cachedBytes == null) {
            try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " is not on the classpath");
                }
                cachedBytes = in.readAllBytes();
            }
        }
        return cachedBytes;
    }
}
