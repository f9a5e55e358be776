package org.ltcare.institution;

/** The kinds of contracted care institution (定点护理服务机构). */
public enum InstitutionKind {
    HOSPITAL,
    NURSING_HOME,
    /** 两院一体: a township hospital and a nursing home run as one. */
    INTEGRATED,
    HOME_CARE_AGENCY,
    VILLAGE_CLINIC
}
