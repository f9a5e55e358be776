package org.ltcare.insured;

import java.time.LocalDate;

/** Valid resident ID numbers for tests, built with the real check-digit rule. */
public final class IdNumbers {

    /** 济南市历下区: the region code the built numbers carry. */
    public static final String REGION = "370102";
    /** Sequence numbers per birth date and gender: 0 to this value. */
    public static final int MAX_SERIAL = 498;

    private static final LocalDate FIRST_DISTINCT_BIRTH_DATE = LocalDate.of(1950, 1, 1);

    private IdNumbers() {
    }

    /** The well-known sample 11010519491231002X: a woman born 1949-12-31, check character X. */
    public static IdNumber valid() {
        return IdNumber.parse("11010519491231002X");
    }

    public static IdNumber born(LocalDate birthDate, Gender gender) {
        return born(birthDate, gender, 0);
    }

    /** Different serials give different numbers for the same birth date and gender. */
    public static IdNumber born(LocalDate birthDate, Gender gender, int serial) {
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial must be 0.." + MAX_SERIAL);
        }
        int sequenceCode = gender == Gender.MALE ? 2 * serial + 1 : 2 * serial + 2;
        String birth = String.format("%04d%02d%02d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth());
        return IdNumber.fromFirst17(REGION + birth + String.format("%03d", sequenceCode));
    }

    /** The n-th of a series of distinct valid numbers (n ≥ 0), born on or after 1950-01-01. */
    public static IdNumber distinct(int n) {
        Gender gender = n % 2 == 0 ? Gender.FEMALE : Gender.MALE;
        int perDay = 2 * (MAX_SERIAL + 1);
        return born(FIRST_DISTINCT_BIRTH_DATE.plusDays(n / perDay), gender, (n / 2) % (MAX_SERIAL + 1));
    }

    /** The same number with a check character that does not fit it. */
    public static String withWrongCheckCharacter(IdNumber idNumber) {
        String value = idNumber.value();
        char wrong = value.charAt(17) == '0' ? '1' : '0';
        return value.substring(0, 17) + wrong;
    }
}
