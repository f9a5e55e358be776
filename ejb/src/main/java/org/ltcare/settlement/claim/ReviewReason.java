package org.ltcare.settlement.claim;

/**
 * The coded reasons a reviewer deducts from or returns a claim line for (reference catalogue; verify per city). The
 * Chinese name is for printed statements; screens take theirs from the resource bundles.
 */
public enum ReviewReason {
    RECORD_INCOMPLETE("服务记录不完整"),
    SERVICE_NOT_PROVEN("服务真实性存疑"),
    CHARGE_ABOVE_AGREEMENT("收费超出协议"),
    DUPLICATE_CLAIM("重复结算"),
    /** A returned line not corrected within the correction period. */
    CORRECTION_LAPSED("逾期未补正"),
    /** Needs a note. */
    OTHER("其他");

    private final String nameZh;

    ReviewReason(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
