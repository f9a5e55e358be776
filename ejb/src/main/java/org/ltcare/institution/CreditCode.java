package org.ltcare.institution;

import java.util.Objects;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capitals without I, O,
 * S, V, Z): registration authority, organisation type, the 6-digit region code, the 9-character organisation
 * code, and a check character computed from the first 17 (weights 3^i mod 31; check = 31 − sum mod 31, where 31
 * stands for 0). Lower case is accepted and stored upper case.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a text is not a credit code; the names are message keys' last parts. */
    public enum Problem { LENGTH, CHARACTER, REGION, CHECK }

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException naming the problem; use {@link #check} to get it as a value */
    public static CreditCode parse(String raw) {
        String normalised = normalise(raw);
        check(normalised).ifPresent(problem -> {
            throw new IllegalArgumentException("not a credit code (" + problem + "): " + raw);
        });
        return new CreditCode(normalised);
    }

    public static Optional<Problem> check(String raw) {
        String code = normalise(raw);
        if (code.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of(Problem.REGION);
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17) ? Optional.empty() : Optional.of(Problem.CHECK);
    }

    /** The code with its check character, for the first 17 characters (demo data, tests). */
    public static CreditCode fromFirst17(String first17) {
        String head = normalise(first17);
        if (head.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        return parse(head + checkCharacter(head));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int digit = ALPHABET.indexOf(first17.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += digit * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase();
    }

    public String value() {
        return value;
    }

    /** The 6-digit administrative region (GB/T 2260) the organisation is registered in. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
