package org.ltcare.assessment;

/** The materials checklist of an application. */
public enum MaterialKind {
    /** 身份证明: always required. */
    ID_DOCUMENT(true),
    /** 诊断证明: always required. */
    DIAGNOSIS(true),
    /** 病历资料. */
    MEDICAL_RECORDS(false),
    /** 监护或委托证明: required when a guardian or agent applies. */
    GUARDIANSHIP(false),
    OTHER(false);

    private final boolean alwaysRequired;

    MaterialKind(boolean alwaysRequired) {
        this.alwaysRequired = alwaysRequired;
    }

    public boolean isRequiredFor(ApplicantRole role) {
        return alwaysRequired || (this == GUARDIANSHIP && role != ApplicantRole.SELF);
    }
}
