package org.ltcare.overview.report;

/** The bureau's reports. */
public enum ReportKind {
    /** 月度结算汇总: a month of care. */
    SETTLEMENT_SUMMARY,
    /** 评估统计: a period of conclusions. */
    ASSESSMENT_STATISTICS,
    /** 定点机构年度报告卡: an institution and a year. */
    INSTITUTION_CARD
}
