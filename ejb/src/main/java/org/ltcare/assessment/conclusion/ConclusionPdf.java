package org.ltcare.assessment.conclusion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ltcare.assessment.conclusion.PageFlow.Align;

/**
 * The printable 长期护理保险失能等级评估结论书: one A4 page for the usual 17-item assessment, in the order a
 * bureau's notice reads — who, how assessed, the scores, the conclusion with its dates, the applicant's rights,
 * and the issuer's signature line for the stamp. Pure PDFBox, no container, so it runs in a unit test.
 */
public final class ConclusionPdf {

    static final String TITLE = "长期护理保险失能等级评估结论书";
    static final String PRODUCER = "LTC Case Manager";
    private static final String NONE = "—";
    /** The conclusion block's labels share this width, so their values start in one column. */
    private static final String LONGEST_LABEL = "告知事项：";

    private static final float TITLE_SIZE = 18f;
    private static final float HEADING_SIZE = 12f;
    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 16f;
    private static final float GRADE_SIZE = 14f;
    private static final float SIGNATURE_GAP = 14f;

    private ConclusionPdf() {
    }

    /** The PDF's bytes; the font is embedded as a subset, so it prints the same anywhere. */
    public static byte[] render(ConclusionDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, doc);
            PDType0Font font = EmbeddedFont.loadInto(pdf);
            try (PageFlow flow = new PageFlow(pdf, font)) {
                header(flow, doc);
                heading(flow, "一、基本信息");
                basicInformation(new FieldGrid(flow), doc);
                heading(flow, "二、评估情况");
                assessment(new FieldGrid(flow), doc);
                heading(flow, "三、评估项目得分");
                new ItemTable(flow).draw(doc);
                heading(flow, "四、评估结论");
                conclusion(flow, doc);
                notice(flow, doc);
                signature(flow, doc);
                flow.numberPages(9f);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render conclusion " + doc.documentNumber(), e);
        }
    }

    /** 2026年11月25日: the way dates are written on Chinese official documents, without leading zeros. */
    static String chineseDate(LocalDate date) {
        return date == null ? NONE
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static void describe(PDDocument pdf, ConclusionDocument doc) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(TITLE + " " + doc.documentNumber());
        info.setAuthor(doc.issuerName());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(Calendar.getInstance());
        pdf.getDocumentCatalog().setLanguage("zh-CN");
    }

    private static void header(PageFlow flow, ConclusionDocument doc) throws IOException {
        flow.line(TITLE, Align.CENTER, TITLE_SIZE, true, 28f);
        flow.line("编号：" + doc.documentNumber(), Align.RIGHT, BODY_SIZE, false, 20f);
    }

    private static void heading(PageFlow flow, String text) throws IOException {
        flow.down(3f);
        flow.keepTogether(20f + 40f);
        flow.line(text, Align.LEFT, HEADING_SIZE, true, 20f);
        flow.down(2f);
    }

    private static void basicInformation(FieldGrid grid, ConclusionDocument doc) throws IOException {
        grid.row("姓名", doc.insuredName(), "性别", doc.genderText());
        grid.row("身份证号码", doc.idNumberAsPrinted(), "申请编号", doc.applicationNumber());
        grid.row("居住地址", orNone(doc.addressText()));
    }

    private static void assessment(FieldGrid grid, ConclusionDocument doc) throws IOException {
        grid.row("现场评估日期", chineseDate(doc.onSiteDate()), "评估类型", doc.reassessment() ? "复评" : "初次评估");
        grid.row("评估人员", doc.assessorNames(), "评估标准", doc.ruleSetCode());
    }

    private static void conclusion(PageFlow flow, ConclusionDocument doc) throws IOException {
        flow.line("评估等级：" + doc.grade() + "级 " + doc.gradeName(), Align.LEFT, GRADE_SIZE, true, 24f);
        float labelWidth = flow.widthOf(LONGEST_LABEL, BODY_SIZE);
        flow.columns(BODY_SIZE, BODY_LEADING, "结论日期：" + chineseDate(doc.conclusionDate()),
                "待遇起始日期：" + chineseDate(doc.benefitFrom()));
        flow.labelled("有效期：", chineseDate(doc.validFrom()) + " 至 " + chineseDate(doc.validThrough()), labelWidth,
                BODY_SIZE, BODY_LEADING);
        if (present(doc.entitlementNote())) {
            flow.labelled("待遇享受：", doc.entitlementNote(), labelWidth, BODY_SIZE, BODY_LEADING);
        }
        if (present(doc.feeNote())) {
            flow.labelled("评估费用：", doc.feeNote(), labelWidth, BODY_SIZE, BODY_LEADING);
        }
    }

    private static void notice(PageFlow flow, ConclusionDocument doc) throws IOException {
        if (present(doc.objectionNote())) {
            flow.labelled("告知事项：", doc.objectionNote(), flow.widthOf(LONGEST_LABEL, BODY_SIZE), BODY_SIZE,
                    BODY_LEADING);
        }
    }

    /**
     * The issuer at the right with the date centred under it, as official documents sign off; the stamp is
     * pressed over both, so they need no extra room.
     */
    private static void signature(PageFlow flow, ConclusionDocument doc) throws IOException {
        String issuer = doc.issuerName() + "（盖章）";
        float issuerWidth = flow.widthOf(issuer, BODY_SIZE);
        flow.keepTogether(SIGNATURE_GAP + 2 * BODY_LEADING);
        flow.down(SIGNATURE_GAP);
        flow.line(issuer, Align.RIGHT, BODY_SIZE, false, BODY_LEADING);
        flow.lineWithin(chineseDate(doc.conclusionDate()), Align.CENTER, flow.right() - issuerWidth, issuerWidth,
                BODY_SIZE, false, BODY_LEADING);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String orNone(String text) {
        return present(text) ? text : NONE;
    }
}
