package org.ltcare.insured;

/** 参保状态 in long-term-care insurance. */
public enum EnrolmentStatus {
    ENROLLED,
    SUSPENDED,
    ENDED
}
