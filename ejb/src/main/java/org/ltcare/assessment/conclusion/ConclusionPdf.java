package org.ltcare.assessment.conclusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.ltcare.shared.pdf.Blanks;
import org.ltcare.shared.pdf.ChineseDates;
import org.ltcare.shared.pdf.FieldGrid;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PageFlow.Align;
import org.ltcare.shared.pdf.PrintedDocument;

/**
 * The printable 长期护理保险失能等级评估结论书: one A4 page for the usual 17-item assessment, in the order a
 * bureau's notice reads — who, how assessed, the scores, the conclusion with its dates, the applicant's rights,
 * and the issuer's signature line for the stamp. Pure PDFBox, no container, so it runs in a unit test.
 */
public final class ConclusionPdf {

    static final String TITLE = "长期护理保险失能等级评估结论书";
    /** The conclusion block's labels share this width, so their values start in one column. */
    private static final String LONGEST_LABEL = "告知事项：";

    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 16f;
    private static final float GRADE_SIZE = 14f;
    private static final float SIGNATURE_GAP = 14f;

    private ConclusionPdf() {
    }

    /** The PDF's bytes; the font is embedded as a subset, so it prints the same anywhere. */
    public static byte[] render(ConclusionDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try {
            return PrintedDocument.render(TITLE + " " + doc.documentNumber(), doc.issuerName(), flow -> {
                flow.title(TITLE, "编号：" + doc.documentNumber());
                flow.heading("一、基本信息");
                basicInformation(new FieldGrid(flow), doc);
                flow.heading("二、评估情况");
                assessment(new FieldGrid(flow), doc);
                flow.heading("三、评估项目得分");
                new ItemTable(flow).draw(doc);
                flow.heading("四、评估结论");
                conclusion(flow, doc);
                notice(flow, doc);
                signature(flow, doc);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not render conclusion " + doc.documentNumber(), e);
        }
    }

    private static void basicInformation(FieldGrid grid, ConclusionDocument doc) throws IOException {
        grid.row("姓名", doc.insuredName(), "性别", doc.genderText());
        grid.row("身份证号码", doc.idNumberAsPrinted(), "申请编号", doc.applicationNumber());
        grid.row("居住地址", Blanks.orDash(doc.addressText()));
    }

    private static void assessment(FieldGrid grid, ConclusionDocument doc) throws IOException {
        grid.row("现场评估日期", ChineseDates.format(doc.onSiteDate()), "评估类型",
                doc.reassessment() ? "复评" : "初次评估");
        grid.row("评估人员", doc.assessorNames(), "评估标准", doc.ruleSetCode());
    }

    private static void conclusion(PageFlow flow, ConclusionDocument doc) throws IOException {
        flow.line("评估等级：" + doc.grade() + "级 " + doc.gradeName(), Align.LEFT, GRADE_SIZE, true, 24f);
        float labelWidth = flow.widthOf(LONGEST_LABEL, BODY_SIZE);
        flow.labelled("判定依据：", doc.gradeBasis(), labelWidth, BODY_SIZE, BODY_LEADING);
        flow.columns(BODY_SIZE, BODY_LEADING, "结论日期：" + ChineseDates.format(doc.conclusionDate()),
                "待遇起始日期：" + ChineseDates.format(doc.benefitFrom()));
        String validity = ChineseDates.format(doc.validFrom()) + " 至 " + ChineseDates.format(doc.validThrough());
        flow.labelled("有效期：", validity, labelWidth, BODY_SIZE, BODY_LEADING);
        if (Blanks.present(doc.entitlementNote())) {
            flow.labelled("待遇享受：", doc.entitlementNote(), labelWidth, BODY_SIZE, BODY_LEADING);
        }
        if (Blanks.present(doc.feeNote())) {
            flow.labelled("评估费用：", doc.feeNote(), labelWidth, BODY_SIZE, BODY_LEADING);
        }
    }

    private static void notice(PageFlow flow, ConclusionDocument doc) throws IOException {
        if (Blanks.present(doc.objectionNote())) {
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
        flow.lineWithin(ChineseDates.format(doc.conclusionDate()), Align.CENTER, flow.right() - issuerWidth,
                issuerWidth, BODY_SIZE, false, BODY_LEADING);
    }
}
