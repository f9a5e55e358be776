package org.ltcare.institution;

/** The kinds of contracted care institution (定点护理服务机构), with the name printed on documents. */
public enum InstitutionKind {
    HOSPITAL("医院"),
    NURSING_HOME("护理院/养老机构"),
    /** 两院一体: a township hospital and a nursing home run as one. */
    INTEGRATED("两院一体机构"),
    HOME_CARE_AGENCY("居家护理服务机构"),
    VILLAGE_CLINIC("村卫生室");

    private final String nameZh;

    InstitutionKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
