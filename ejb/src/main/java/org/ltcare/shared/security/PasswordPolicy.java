package org.ltcare.shared.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * The one rule for every password a person sets (等保 2.0 identity checks): at least {@link #MIN_LENGTH}
 * characters with letters and digits, not one of the shipped common passwords (security/common-passwords.txt, also
 * with digits or signs appended: "password2026!"), and not containing the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The password's problems as errors of {@code field}; empty when it may be used. */
    public static List<FieldError> check(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH || !password.matches(".*\\p{L}.*")
                || !password.matches(".*\\d.*")) {
            errors.add(new FieldError(field, "password.weak", List.of(String.valueOf(MIN_LENGTH))));
            return errors;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            errors.add(new FieldError(field, "password.common"));
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "password.containsUsername"));
        }
        return errors;
    }

    private static boolean isCommon(String lower) {
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        return COMMON.contains(lower) || COMMON.contains(stem) || lower.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
