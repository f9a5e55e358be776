package org.ltcare.benefit;

/** Where an admission stands: asked for, taken in (until its last day), declined by the institution, or withdrawn. */
public enum AdmissionStatus {
    REQUESTED,
    ADMITTED,
    DECLINED,
    WITHDRAWN
}
