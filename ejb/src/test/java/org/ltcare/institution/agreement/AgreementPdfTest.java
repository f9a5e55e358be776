package org.ltcare.institution.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.shared.pdf.PdfFonts;
import org.ltcare.shared.pdf.PrintedDocument;

/** Renders agreement documents and reads them back the way a reader or a search index would. */
class AgreementPdfTest {

    @Test
    void printsNumberPartiesCareTypesAndDates() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AgreementPdf.render(Agreements.aHospitalAgreement()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(AgreementPdf.TITLE + " " + Agreements.NUMBER);
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo(PrintedDocument.PRODUCER);
            assertThat(text).contains(AgreementPdf.TITLE, "协议编号：" + Agreements.NUMBER,
                    "甲方（盖章）", "乙方（盖章）", Agreements.BUREAU, Agreements.INSTITUTION,
                    Agreements.CREDIT_CODE, "医院", "山东省青岛市市南区宁夏路288号", "刘敏", "0532-85912345",
                    "有效期自2026年1月1日起至2028年12月31日止", "签订日期：2025年12月18日", "经办人：王建国", "SD-2025",
                    "协议期满前按规定办理续签");
            assertThat(text).containsPattern(row("专护", 20, "210.00"))
                    .containsPattern(row("院护", 120, "120.00"))
                    .containsPattern(row("家护", 60, "45.50"))
                    .doesNotContain("续签协议");
        }
    }

    @Test
    void namesTheAgreementItRenews() throws IOException {
        byte[] bytes = AgreementPdf.render(Agreements.withLinesAndRenewal(Agreements.threeCareTypes(),
                "XY-370200-2023-0017"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("原协议（编号：XY-370200-2023-0017）的续签协议",
                    "有效期自2026年1月1日起至2028年12月31日止");
        }
    }

    @Test
    void printsADashForMissingContactDetails() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AgreementPdf.render(Agreements.withoutContactDetails()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsPattern("统一社会信用代码\\s*—").containsPattern("地址\\s*—")
                    .containsPattern("联系人\\s*—").containsPattern("联系电话\\s*—");
        }
    }

    @Test
    void embedsASubsetOfNotoSansSc() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AgreementPdf.render(Agreements.aHospitalAgreement()))) {
            PdfFonts.assertOnlyEmbeddedNotoSubset(pdf.getPage(0));
        }
    }

    @Test
    void flowsALongTableOntoASecondPageWithoutLosingALine() throws IOException {
        List<AgreementLine> lines = Agreements.numberedLines(40);
        byte[] bytes = AgreementPdf.render(Agreements.withLinesAndRenewal(lines, null));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            for (AgreementLine line : lines) {
                assertThat(text).containsPattern(row(line.careTypeName(), line.places(),
                        line.dailyCharge().toPlainString()));
            }
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(pdf)).contains("护理类型", "协议床位（人数）", "日收费标准（元）");
        }
    }

    @ParameterizedTest(name = "{0} places at {1} yuan")
    @CsvSource({"0, 120.00", "-1, 120.00", "10, -1.00", "10, 120.005"})
    void refusesLinesThatAreNotAnAgreement(int places, String charge) {
        assertThatThrownBy(() -> new AgreementLine("院护", places, new BigDecimal(charge)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAgreementWithoutCareTypesOrEndingBeforeItStarts() {
        assertThatThrownBy(() -> Agreements.withLinesAndRenewal(List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        AgreementDocument doc = Agreements.aHospitalAgreement();
        assertThatThrownBy(() -> new AgreementDocument(doc.agreementNumber(), doc.bureauName(), doc.institutionName(),
                doc.creditCode(), doc.institutionKindText(), doc.address(), doc.contactPerson(), doc.contactPhone(),
                doc.lines(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), doc.signedBy(), doc.signedOn(),
                doc.ruleSetCode(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A table row as extracted: the care type, its places and its charge, in that order on one line. */
    private static String row(String careType, int places, String charge) {
        return Pattern.quote(careType) + "[ \\t]+" + places + "[ \\t]+" + Pattern.quote(charge);
    }
}
