package org.ltcare.policy.catalogue;

/** The two kinds of care a service item belongs to (rules.md §3). */
public enum ServiceCategory {
    /** 生活照料 */
    DAILY_LIVING,
    /** 医疗护理 */
    MEDICAL_CARE
}
