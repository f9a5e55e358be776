package org.ltcare.insured;

/** Gender as encoded in the 17th character of a resident ID number: odd is male, even is female. */
public enum Gender {
    MALE,
    FEMALE
}
