package org.ltcare.assessment;

/** Drawn at random by the system, or assigned by the supervisor with a recorded reason. */
public enum DispatchManner {
    RANDOM,
    MANUAL
}
