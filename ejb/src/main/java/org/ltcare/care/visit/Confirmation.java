package org.ltcare.care.visit;

/** How the beneficiary or their family confirmed a home visit. */
public enum Confirmation {
    /** Not (yet) confirmed. */
    NONE,
    /** A signature image (PNG) taken on the worker's device. */
    SIGNATURE,
    /** A one-time code the family received and read out to the worker. */
    ONE_TIME_CODE
}
