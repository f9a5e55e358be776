package org.ltcare.institution;

/** The licences an institution shows at contracting (rules.md §4): what it may do, and that it exists. */
public enum LicenceKind {
    /** 医疗机构执业许可证 */
    MEDICAL_PRACTICE,
    /** 养老机构备案 */
    ELDERLY_CARE_FILING,
    /** 营业执照 / 事业单位法人证书 / 民办非企业单位登记证书 */
    LEGAL_PERSON,
    OTHER
}
