package org.ltcare.assessment;

/** The coded grounds for refusing to accept an application (不予受理), rules.md §2. */
public enum RefusalGround {
    /** 未参加长期护理保险. */
    NOT_ENROLLED,
    /** 不符合待遇享受条件 (e.g. disabled less than 6 months after standard treatment). */
    CONDITIONS_NOT_MET,
    /** 费用不属于基金支付范围. */
    OUTSIDE_FUND_SCOPE,
    /** 申请材料不全或不实. */
    MATERIALS_INCOMPLETE,
    /** 其他 (a text is required). */
    OTHER;

    public boolean requiresText() {
        return this == OTHER;
    }
}
