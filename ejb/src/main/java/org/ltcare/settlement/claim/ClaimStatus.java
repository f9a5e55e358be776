package org.ltcare.settlement.claim;

/** Where a claim stands, from generation to payment. */
public enum ClaimStatus {
    /** Generated from the care records; the institution may generate it again until it submits. */
    DRAFT("草稿（未提交）"),
    /** Submitted in the claim window; its month's care records are closed. Waits for the first review. */
    SUBMITTED("已提交"),
    /** The first review returned lines: the institution corrects and resubmits (once). */
    RETURNED("已退回（待修改后重新提交）"),
    /** Waits for the second review. */
    FIRST_REVIEWED("初审完成，待复审"),
    /** Waits for the payout approval. */
    SECOND_REVIEWED("复审完成，待审批"),
    /** Approved for payout: a payout batch of its cycle pays it. */
    APPROVED("已批准支付"),
    /** Paid by a payout batch (exactly once), the quality deposit withheld. */
    PAID("已支付");

    private final String nameZh;

    ClaimStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The status as documents (reports, statements) print it. */
    public String nameZh() {
        return nameZh;
    }
}
