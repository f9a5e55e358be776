package org.ltcare.insured;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.ltcare.shared.audit.AuditText;
import org.ltcare.shared.time.ClockProducer;

/**
 * 身份证号: an 18-character resident ID number as defined by GB 11643-1999.
 * <p>
 * Layout: 6-digit region code (GB/T 2260), 8-digit birth date yyyyMMdd, 3-digit sequence
 * code whose last digit is odd for men and even for women, and a check character computed
 * with ISO 7064 MOD 11-2 (digit or X). An instance always holds a valid, upper-case value.
 * {@link #toString()} returns the masked form so that a logged object never leaks the number.
 */
public final class IdNumber implements Serializable, AuditText {

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int MASK_KEPT_AT_EACH_END = 4;

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses against today's date in the bureau's time zone. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now(ClockProducer.ZONE));
    }

    /**
     * Trims the input and upper-cases a trailing x, then validates it.
     *
     * @param today the date a birth date may not be after
     * @throws InvalidIdNumberException naming the first problem found
     */
    public static IdNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdNumberException(IdNumberProblem.EMPTY, raw);
        }
        String value = normalise(raw);
        if (value.length() != LENGTH) {
            throw new InvalidIdNumberException(IdNumberProblem.WRONG_LENGTH, raw);
        }
        if (!hasValidCharacters(value)) {
            throw new InvalidIdNumberException(IdNumberProblem.BAD_CHARACTERS, raw);
        }
        LocalDate birthDate = birthDateOf(value)
                .orElseThrow(() -> new InvalidIdNumberException(IdNumberProblem.IMPOSSIBLE_BIRTH_DATE, raw));
        if (birthDate.isAfter(today)) {
            throw new InvalidIdNumberException(IdNumberProblem.BIRTH_DATE_IN_FUTURE, raw);
        }
        if (value.charAt(LENGTH - 1) != checkCharacter(value.substring(0, LENGTH - 1))) {
            throw new InvalidIdNumberException(IdNumberProblem.BAD_CHECK_DIGIT, raw);
        }
        return new IdNumber(value, birthDate);
    }

    /** The first problem with {@code raw}, or empty if it is a valid ID number today. */
    public static Optional<IdNumberProblem> check(String raw) {
        return check(raw, LocalDate.now(ClockProducer.ZONE));
    }

    public static Optional<IdNumberProblem> check(String raw, LocalDate today) {
        try {
            parse(raw, today);
            return Optional.empty();
        } catch (InvalidIdNumberException e) {
            return Optional.of(e.problem());
        }
    }

    /**
     * Completes the first 17 characters with their check character, for demo data and fixtures.
     *
     * @throws InvalidIdNumberException if the result is not a valid ID number today
     */
    public static IdNumber fromFirst17(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17, LENGTH - 1)) {
            throw new IllegalArgumentException("Expected 17 digits, got " + maskRaw(first17));
        }
        return parse(first17 + checkCharacter(first17));
    }

    /**
     * Masks any string that may hold an ID number, for messages and import reports: keeps the
     * first and last four characters of an 18-character value (shorter values keep fewer).
     */
    public static String maskRaw(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        int kept = Math.min(MASK_KEPT_AT_EACH_END, trimmed.length() / 4);
        return trimmed.substring(0, kept)
                + "*".repeat(trimmed.length() - 2 * kept)
                + trimmed.substring(trimmed.length() - kept);
    }

    public String value() {
        return value;
    }

    /** First 4 characters, 10 asterisks, last 4: {@code 3701**********1234}. */
    /** Masked: the audit trail never holds an ID number in full. */
    @Override
    public String auditText() {
        return masked();
    }

    public String masked() {
        return maskRaw(value);
    }

    /** As {@code actor} may see it: in full for the bureau's own roles, masked for everyone else (screens, APIs). */
    public String shownTo(org.ltcare.shared.security.Actor actor) {
        return actor.maySeeFullIdNumbers() ? value : masked();
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        int sequenceDigit = value.charAt(16) - '0';
        return sequenceDigit % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 行政区划代码 of the place where the number was issued (not necessarily the pooling region). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** Completed years of age on {@code date}; a birthday on 29 February is reached on 1 March. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("Date " + date + " is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static String normalise(String raw) {
        String trimmed = raw.strip();
        if (trimmed.endsWith("x")) {
            return trimmed.substring(0, trimmed.length() - 1) + 'X';
        }
        return trimmed;
    }

    private static boolean hasValidCharacters(String value) {
        char last = value.charAt(LENGTH - 1);
        return allDigits(value, LENGTH - 1) && (isAsciiDigit(last) || last == 'X');
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<LocalDate> birthDateOf(String value) {
        int year = Integer.parseInt(value.substring(6, 10));
        int month = Integer.parseInt(value.substring(10, 12));
        int day = Integer.parseInt(value.substring(12, 14));
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return date.isBefore(EARLIEST_BIRTH_DATE) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
