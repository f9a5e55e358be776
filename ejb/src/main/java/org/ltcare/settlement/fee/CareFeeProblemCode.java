package org.ltcare.settlement.fee;

/** Why a care-fee request field was refused; the UI bundle key is "careFee." + the constant's name. */
public enum CareFeeProblemCode {
    /** A required value, or a date in a list, is absent. */
    MISSING,
    /** The rule set has no tariff for this care type (or hospital level); argument: the value given. */
    NOT_OFFERED,
    /** Arguments: the value given, the lowest and the highest allowed. */
    OUT_OF_RANGE,
    /** Argument: the value given. */
    NEGATIVE,
    /** More than 2 decimals (fen); argument: the value given. */
    TOO_MANY_DECIMALS,
    /** Arguments: the month, the dates outside it. */
    OUTSIDE_MONTH;

    public String messageKey() {
        return "careFee." + name();
    }
}
