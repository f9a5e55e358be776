package org.ltcare.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Checks, for the tests of any printed document, that a page uses only the embedded Noto Sans SC subset. */
public final class PdfFonts {

    private PdfFonts() {
    }

    /** Every font the page uses is Noto Sans SC, embedded, and a subset (its name carries the "ABCDEF+" tag). */
    public static void assertOnlyEmbeddedNotoSubset(PDPage page) throws IOException {
        assertThat(fontsOf(page)).isNotEmpty().allSatisfy(font -> {
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            assertThat(font.isEmbedded()).isTrue();
        });
    }

    private static List<PDFont> fontsOf(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
