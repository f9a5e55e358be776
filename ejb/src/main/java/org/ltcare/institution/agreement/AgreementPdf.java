package org.ltcare.institution.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.ltcare.shared.pdf.Blanks;
import org.ltcare.shared.pdf.ChineseDates;
import org.ltcare.shared.pdf.FieldGrid;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PrintedDocument;

/**
 * The printable 长期护理保险定点护理服务协议 as both parties sign it: the parties, the agreed care types with places
 * and daily charges, the term, the standard clauses and a signature block for each side. One A4 page unless the
 * table is long. The clauses name the rule set the agreement was signed under but no policy figures: those belong
 * to the rule set and the management measures, which change without the agreement being re-signed.
 */
public final class AgreementPdf {

    static final String TITLE = "长期护理保险定点护理服务协议";
    private static final List<String> CLAUSE_NUMBERS = List.of("（一）", "（二）", "（三）", "（四）");
    /** Wide enough for "统一社会信用代码" on one line. */
    private static final float PARTY_LABEL_WIDTH = 100f;
    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 18f;
    private static final float SIGNATURE_GAP = 24f;
    private static final float HAND_SIGNING_ROOM = 12f;
    /** Room between the two signature columns, so a long name does not run into the other party's. */
    private static final float COLUMN_GAP = 24f;

    private AgreementPdf() {
    }

    /** The PDF's bytes; the font is embedded as a subset, so it prints the same anywhere. */
    public static byte[] render(AgreementDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try {
            return PrintedDocument.render(TITLE + " " + doc.agreementNumber(), doc.bureauName(), flow -> {
                flow.title(TITLE, "协议编号：" + doc.agreementNumber());
                flow.heading("一、协议双方");
                parties(new FieldGrid(flow, PARTY_LABEL_WIDTH), doc);
                flow.heading("二、协议服务内容");
                new CareTypeTable(flow).draw(doc.lines());
                flow.heading("三、协议期限");
                term(flow, doc);
                flow.heading("四、协议条款");
                clauses(flow, doc);
                signatures(flow, doc);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not render agreement " + doc.agreementNumber(), e);
        }
    }

    private static void parties(FieldGrid grid, AgreementDocument doc) throws IOException {
        grid.row("甲方", doc.bureauName());
        grid.row("乙方", doc.institutionName());
        grid.row("统一社会信用代码", Blanks.orDash(doc.creditCode()), "机构类型", doc.institutionKindText());
        grid.row("地址", Blanks.orDash(doc.address()));
        grid.row("联系人", Blanks.orDash(doc.contactPerson()), "联系电话", Blanks.orDash(doc.contactPhone()));
    }

    /** The renewal in a sentence of its own, so that the term's dates stay on one line. */
    private static void term(PageFlow flow, AgreementDocument doc) throws IOException {
        flow.paragraph("本协议有效期自" + ChineseDates.format(doc.validFrom()) + "起至"
                + ChineseDates.format(doc.validUntil()) + "止。", BODY_SIZE, BODY_LEADING);
        if (Blanks.present(doc.renewsAgreementNumber())) {
            flow.paragraph("本协议为原协议（编号：" + doc.renewsAgreementNumber() + "）的续签协议。", BODY_SIZE,
                    BODY_LEADING);
        }
    }

    private static void clauses(PageFlow flow, AgreementDocument doc) throws IOException {
        List<String> clauses = List.of(
                "乙方按照本协议约定的护理类型、床位（人数）和收费标准，依据长期护理保险政策规则（" + doc.ruleSetCode()
                        + "）为参保人员提供护理服务。",
                "应由长期护理保险基金支付的护理费用，甲方按月度结算规定与乙方结算。",
                "乙方违反本协议约定的，甲方按照定点护理服务机构协议管理办法处理。",
                "协议期满前按规定办理续签。");
        float labelWidth = flow.widthOf(CLAUSE_NUMBERS.get(0), BODY_SIZE);
        for (int i = 0; i < clauses.size(); i++) {
            flow.labelled(CLAUSE_NUMBERS.get(i), clauses.get(i), labelWidth, BODY_SIZE, BODY_LEADING);
        }
    }

    /**
     * 甲方 left, 乙方 right: the party, its name (wrapped within its column, for long institution names), who
     * signs, and the date. The stamps are pressed over name and date; the 乙方's representative signs by hand
     * after the colon, so that line has room above it.
     */
    private static void signatures(PageFlow flow, AgreementDocument doc) throws IOException {
        String date = "签订日期：" + ChineseDates.format(doc.signedOn());
        float columnWidth = flow.width() / 2 - COLUMN_GAP;
        List<String> bureau = flow.wrap(doc.bureauName(), BODY_SIZE, columnWidth);
        List<String> institution = flow.wrap(doc.institutionName(), BODY_SIZE, columnWidth);
        int nameLines = Math.max(bureau.size(), institution.size());
        flow.keepTogether(SIGNATURE_GAP + HAND_SIGNING_ROOM + (nameLines + 3) * BODY_LEADING);
        flow.down(SIGNATURE_GAP);
        flow.columns(BODY_SIZE, BODY_LEADING, "甲方（盖章）", "乙方（盖章）");
        for (int i = 0; i < nameLines; i++) {
            flow.columns(BODY_SIZE, BODY_LEADING, lineOrBlank(bureau, i), lineOrBlank(institution, i));
        }
        flow.down(HAND_SIGNING_ROOM);
        flow.columns(BODY_SIZE, BODY_LEADING, "经办人：" + doc.signedBy(), "负责人（签字）：");
        flow.columns(BODY_SIZE, BODY_LEADING, date, date);
    }

    private static String lineOrBlank(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }
}
