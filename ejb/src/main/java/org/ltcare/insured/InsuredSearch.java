package org.ltcare.insured;

/** Search criteria for the insured registry; null fields do not filter. */
public record InsuredSearch(String name, IdNumber idNumber, String regionCode) {

    /** Builds criteria from what a user typed: blanks are ignored; a full valid ID number searches by it. */
    public static InsuredSearch fromInput(String name, String idNumber, String regionCode) {
        IdNumber id = idNumber == null || idNumber.isBlank() || IdNumber.check(idNumber).isPresent()
                ? null : IdNumber.parse(idNumber);
        return new InsuredSearch(blankToNull(name), id, blankToNull(regionCode));
    }

    /** True when the user typed an ID number that is not a valid one (the screen says so). */
    public static boolean isInvalidIdInput(String idNumber) {
        return idNumber != null && !idNumber.isBlank() && IdNumber.check(idNumber).isPresent();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
