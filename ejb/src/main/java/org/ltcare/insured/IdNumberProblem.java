package org.ltcare.insured;

/** Why a string is not a valid resident ID number; checked in this order, the first failure wins. */
public enum IdNumberProblem {
    EMPTY,
    WRONG_LENGTH,
    /** Anything but 17 digits followed by a digit or X. */
    BAD_CHARACTERS,
    /** Characters 7–14 are not a calendar date, or a date before 1900-01-01. */
    IMPOSSIBLE_BIRTH_DATE,
    BIRTH_DATE_IN_FUTURE,
    BAD_CHECK_DIGIT
}
