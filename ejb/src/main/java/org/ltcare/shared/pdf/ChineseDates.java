package org.ltcare.shared.pdf;

import java.time.LocalDate;

/** Dates as Chinese official documents write them. */
public final class ChineseDates {

    private ChineseDates() {
    }

    /** 2026年11月25日, without leading zeros; "—" where there is no date. */
    public static String format(LocalDate date) {
        return date == null ? Blanks.DASH
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
