package org.ltcare.settlement.deposit;

import java.io.IOException;
import java.math.BigDecimal;
import org.ltcare.institution.CareInstitution;
import org.ltcare.shared.pdf.FieldGrid;
import org.ltcare.shared.pdf.PrintedDocument;

/** An institution's statement of the annual clearing of its quality deposit. */
final class ClearingStatementPdf {

    static final String TITLE = "长期护理保险质量保证金年度清算单";

    private ClearingStatementPdf() {
    }

    static byte[] render(DepositClearing c, CareInstitution institution) throws IOException {
        return PrintedDocument.render(TITLE, "医疗保障经办机构", flow -> {
            flow.title(TITLE, c.getYear() + " 年度 · 清算编号 Q" + c.getId());
            FieldGrid grid = new FieldGrid(flow, 110f);
            grid.row("定点机构", institution.getName(), "统一社会信用代码",
                    institution.getCreditCode() == null ? "—" : institution.getCreditCode());
            grid.row("清算年度", String.valueOf(c.getYear()), "适用规则版本", c.getRuleSetCode());
            grid.row("预留保证金（元）", money(c.getWithheld()), "涉及结算申请", c.getClaimCount() + " 件");
            grid.row("年度考核得分", String.valueOf(c.getScore()), "适用档次", c.getBandMinScore() + " 分及以上");
            grid.row("返还比例", percent(c.getReleasedShare()), "返还金额（元）", money(c.getReleased()));
            grid.row("不予返还（元）", money(c.getKept()), "状态", c.isApproved() ? "已审批" : "待审批");
            grid.row("经办", c.getPrepared().getBy(), "审批", c.getApproval() == null ? "—" : c.getApproval().getBy());
            flow.down(8f);
            flow.paragraph("返还金额 = 预留保证金 × 返还比例，保留两位小数，四舍五入；不予返还部分留归长期护理保险基金。"
                    + "返还比例按清算年度 12 月 31 日有效的规则版本中的考核得分档次确定。", 9f, 13f);
        });
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
