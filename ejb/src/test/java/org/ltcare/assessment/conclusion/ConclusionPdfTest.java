package org.ltcare.assessment.conclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.pdf.PdfFonts;
import org.ltcare.shared.pdf.PrintedDocument;

/** Renders conclusion documents and reads them back the way a reader or a search index would. */
class ConclusionPdfTest {

    /** Set (e.g. -Dconclusion.sample=/tmp/conclusion-sample.pdf) to keep the sample PDF for looking at. */
    private static final String SAMPLE_PROPERTY = "conclusion.sample";

    @Test
    void printsTitlePersonGradeDatesAndEveryItem() throws IOException {
        byte[] bytes = ConclusionPdf.render(Conclusions.aSevereGradeOne());
        keepSampleIfAsked(bytes);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).contains(ConclusionPdf.TITLE);
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo(PrintedDocument.PRODUCER);
            assertThat(text).contains(ConclusionPdf.TITLE, "PG-370200-2026-000123", "欧阳翀",
                    "评估等级：3级 重度失能Ⅰ级", "2026年11月25日 至 2028年11月24日", "2026年11月26日",
                    "青岛市长期护理保险失能评估中心（盖章）", "370202********1234", "SD-2025", "王芳、李强",
                    "复评费用 300.00 元", "符合长期护理保险待遇享受条件");
            for (ItemLine item : Conclusions.nationalScaleItems()) {
                assertThat(text).contains(item.itemZh());
            }
            assertThat(text).contains(Conclusions.ADL, Conclusions.COGNITION, Conclusions.PERCEPTION);
            assertThat(text).contains("小计（0–40 分，能力等级：重度）", "判定依据：");
            assertThat(withoutWhitespace(text)).contains("判定依据：认知与感知觉取较重者「轻度」；等级矩阵「重度」×「轻度」→3级");
        }
    }

    @Test
    void embedsASubsetOfNotoSansSc() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ConclusionPdf.render(Conclusions.aSevereGradeOne()))) {
            PdfFonts.assertOnlyEmbeddedNotoSubset(pdf.getPage(0));
        }
    }

    @Test
    void wrapsALongObjectionNoteWithinThePage() throws IOException {
        String longNote = (Conclusions.OBJECTION_NOTE + "（详见《长期护理保险失能等级评估管理办法》第二十三条）").repeat(3);
        byte[] bytes = ConclusionPdf.render(Conclusions.withAddressAndObjection("青岛市崂山区", longNote));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).doesNotContain(longNote);
            assertThat(withoutWhitespace(text)).contains(withoutWhitespace(longNote));
        }
    }

    @Test
    void printsADashForAMissingAddress() throws IOException {
        byte[] bytes = ConclusionPdf.render(Conclusions.withAddressAndObjection(null, null));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).containsPattern("居住地址\\s*—");
        }
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s", "");
    }

    private static void keepSampleIfAsked(byte[] bytes) throws IOException {
        String target = System.getProperty(SAMPLE_PROPERTY);
        if (target != null && !target.isBlank()) {
            Files.write(Path.of(target), bytes);
        }
    }
}
