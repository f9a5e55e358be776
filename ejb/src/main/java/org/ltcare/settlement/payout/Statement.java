package org.ltcare.settlement.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltcare.institution.CareInstitution;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.fee.FeeExplanation;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.shared.pdf.PrintedDocument;

/**
 * What an institution's statement of a payout batch says, whatever it is printed as: its paid claims with their
 * payout rows, the claims' lines (for the deductions and their reasons) and the beneficiaries' names.
 */
record Statement(PayoutBatch batch, CareInstitution institution, List<CareClaim> claims, Map<Long, Payout> rows,
        Map<Long, List<ClaimLine>> lines, Map<Long, String> names) {

    static final String TITLE = "长期护理保险护理费结算单";
    static final String[] CLAIM_HEADER = {"费用月份", "明细数", "可结算天数", "基金支付", "审核扣减", "应付", "质量保证金",
            "实付"};
    static final String[] DEDUCTION_HEADER = {"姓名", "护理类型", "费用月份", "扣减金额", "理由"};
    static final String[] EXPLANATION_HEADER = {"姓名", "费用月份", "护理类型", "等级", "可结算天数", "基金支付", "计算式",
        "计算过程"};
    static final String[] HOW_HEADER = {"姓名", "费用月份", "护理类型", "基金支付", "计算过程"};

    /** A claim's amounts in the order of the header's money columns: fund share, deducted, payable, deposit, paid. */
    BigDecimal[] amounts(CareClaim claim) {
        Payout row = rows.get(claim.getId());
        return new BigDecimal[] {claim.getAmounts().getFundShare(), claim.getDeducted(), row.getPayable(),
                row.getDeposit(), row.getPaid()};
    }

    /** The deducted lines, each as its row of the deduction table (the amount is the fourth value). */
    List<Object[]> deductions() {
        List<Object[]> rows = new ArrayList<>();
        for (CareClaim claim : claims) {
            for (ClaimLine line : lines.getOrDefault(claim.getId(), List.of())) {
                if (line.getDeduction().signum() > 0) {
                    String reason = line.getReviewReason() == null ? ""
                            : EnumLabels.of(line.getReviewReason(), PrintedDocument.LOCALE);
                    rows.add(new Object[] {names.getOrDefault(line.getInsuredId(), ""),
                            EnumLabels.of(line.getCareType(), PrintedDocument.LOCALE),
                            claim.getMonth().toString(), line.getDeduction(),
                            line.getReviewNote() == null ? reason : reason + "：" + line.getReviewNote()});
                }
            }
        }
        return rows;
    }

    /**
     * Every line with how its fund share came to be (the line's own explanation, in the document's language): the
     * formula in digits, then the steps (rule-set version and tariff, days and rejected days with their records,
     * arithmetic, deduction) joined by {@code stepSeparator}.
     */
    List<String[]> explanations(String stepSeparator) {
        List<String[]> rows = new ArrayList<>();
        for (CareClaim claim : claims) {
            for (ClaimLine line : lines.getOrDefault(claim.getId(), List.of())) {
                FeeExplanation how = line.explanation();
                rows.add(new String[] {names.getOrDefault(line.getInsuredId(), ""), claim.getMonth().toString(),
                    EnumLabels.of(line.getCareType(), PrintedDocument.LOCALE), Integer.toString(line.getGrade()),
                    Integer.toString(how.arithmetic().billableDays()),
                    how.arithmetic().fundShare().toPlainString(), how.arithmetic().formula(),
                    String.join(stepSeparator, line.explain(PrintedDocument.LOCALE))});
            }
        }
        return rows;
    }

    /** "5%" or "5%、3%": the deposit rates of the claims' rule sets. */
    String depositRates() {
        return rows.values().stream().map(r -> r.getDepositRate().multiply(BigDecimal.valueOf(100))
                .stripTrailingZeros().toPlainString() + "%").distinct().sorted()
                .reduce((a, b) -> a + "、" + b).orElse("");
    }

    String note() {
        return "质量保证金按各结算申请所用规则版本的比例（" + depositRates() + "）从应付金额中预留，年度考核后按考核结果清算。"
                + "金额单位：元，保留两位小数，四舍五入。";
    }
}
