package org.ltcare.settlement.claim;

/** The coded reasons a reviewer deducts from or returns a claim line for (reference catalogue; verify per city). */
public enum ReviewReason {
    /** 服务记录不完整 */
    RECORD_INCOMPLETE,
    /** 服务真实性存疑 */
    SERVICE_NOT_PROVEN,
    /** 收费超出协议 */
    CHARGE_ABOVE_AGREEMENT,
    /** 重复结算 */
    DUPLICATE_CLAIM,
    /** 逾期未补正 (a returned line not corrected within the correction period) */
    CORRECTION_LAPSED,
    /** 其他（须说明） */
    OTHER
}
