package org.ltcare.settlement.payout;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.shared.pdf.FieldGrid;
import org.ltcare.shared.pdf.PageFlow;
import org.ltcare.shared.pdf.PageFlow.Align;
import org.ltcare.shared.pdf.PrintedDocument;
import org.ltcare.shared.pdf.TableRows;

/** An institution's statement of a payout batch as a PDF (Chinese, font embedded). */
final class StatementPdf {

    private static final float[] CLAIM_COLUMNS = {0.12f, 0.08f, 0.1f, 0.14f, 0.12f, 0.14f, 0.14f, 0.16f};
    private static final Align[] CLAIM_ALIGNS = {Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
            Align.RIGHT, Align.RIGHT, Align.RIGHT};
    private static final float[] DEDUCTION_COLUMNS = {0.16f, 0.12f, 0.12f, 0.14f, 0.46f};
    private static final Align[] DEDUCTION_ALIGNS = {Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT};
    private static final float[] HOW_COLUMNS = {0.12f, 0.1f, 0.12f, 0.12f, 0.54f};
    private static final Align[] HOW_ALIGNS = {Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.LEFT};

    private StatementPdf() {
    }

    static byte[] render(Statement s) throws IOException {
        return PrintedDocument.render(Statement.TITLE, "医疗保障经办机构", flow -> write(flow, s));
    }

    private static void write(PageFlow flow, Statement s) throws IOException {
        flow.title(Statement.TITLE, "批次 B" + s.batch().getId() + " · 结算周期 " + s.batch().getCycle());
        FieldGrid grid = new FieldGrid(flow, 110f);
        grid.row("定点机构", s.institution().getName(), "统一社会信用代码", dash(s.institution().getCreditCode()));
        BankAccount account = s.rows().values().iterator().next().getAccount();
        grid.row("开户银行", dash(account.bank()), "账号", dash(account.number()));
        flow.heading("一、结算汇总（元）");
        TableRows claims = new TableRows(flow, CLAIM_COLUMNS, CLAIM_ALIGNS, Statement.CLAIM_HEADER);
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (CareClaim claim : s.claims()) {
            BigDecimal[] amounts = s.amounts(claim);
            claims.row(claim.getMonth().toString(), String.valueOf(claim.getLineCount()),
                    String.valueOf(claim.getAmounts().getBillableDays()), money(amounts[0]), money(amounts[1]),
                    money(amounts[2]), money(amounts[3]), money(amounts[4]));
            for (int i = 0; i < totals.length; i++) {
                totals[i] = totals[i].add(amounts[i]);
            }
        }
        claims.row("合计", "", "", money(totals[0]), money(totals[1]), money(totals[2]), money(totals[3]),
                money(totals[4]));
        flow.heading("二、审核扣减明细");
        List<Object[]> deductions = s.deductions();
        if (deductions.isEmpty()) {
            flow.paragraph("本批次无审核扣减。", 10f, 14f);
        } else {
            TableRows table = new TableRows(flow, DEDUCTION_COLUMNS, DEDUCTION_ALIGNS, Statement.DEDUCTION_HEADER);
            for (Object[] row : deductions) {
                table.row((String) row[0], (String) row[1], (String) row[2], money((BigDecimal) row[3]),
                        (String) row[4]);
            }
        }
        flow.heading("三、逐行计算过程");
        TableRows how = new TableRows(flow, HOW_COLUMNS, HOW_ALIGNS, Statement.HOW_HEADER);
        for (String[] line : s.explanations("\n")) {
            how.row(line[0], line[1], line[2] + " · " + line[3] + " 级", line[5], line[7]);
        }
        flow.down(8f);
        flow.paragraph(s.note(), 9f, 13f);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
