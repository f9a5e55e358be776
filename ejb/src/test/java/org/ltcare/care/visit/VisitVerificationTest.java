package org.ltcare.care.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitVerificationTest {

    @ParameterizedTest(name = "{0} .. {1}, minimum {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-20T10:00,    -,                   30, NO_CHECK_OUT",
            "2025-03-20T10:00,    -,                    0, NO_CHECK_OUT",
            "2025-03-20T10:00,    2025-03-20T10:00,    30, TOO_SHORT",
            "2025-03-20T10:00,    2025-03-20T10:29,    30, TOO_SHORT",
            "2025-03-20T10:00,    2025-03-20T10:29:59, 30, TOO_SHORT",
            "2025-03-20T10:00:30, 2025-03-20T10:30:29, 30, TOO_SHORT",
            "2025-03-20T10:00,    2025-03-20T10:30,    30, -",
            "2025-03-20T10:00,    2025-03-20T10:30:59, 30, -",
            "2025-03-20T10:00,    2025-03-20T12:00,    30, -",
            "2025-03-20T10:00,    2025-03-20T10:00,     0, -",
            "2025-03-20T23:50,    2025-03-21T00:20,    30, -",
            "2025-03-20T23:50,    2025-03-21T00:19:59, 30, TOO_SHORT",
    })
    void aVisitNeedsACheckOutAndTheMinimumWholeMinutes(LocalDateTime checkedIn, LocalDateTime checkedOut,
                                                        int minimumMinutes, UnverifiedReason expected) {
        assertThat(VisitVerification.of(checkedIn, checkedOut, minimumMinutes))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} .. {1}: {2} min")
    @CsvSource({
            "2025-03-20T10:00,    2025-03-20T10:00,    0",
            "2025-03-20T10:00,    2025-03-20T10:00:59, 0",
            "2025-03-20T10:00,    2025-03-20T10:29:59, 29",
            "2025-03-20T10:00:59, 2025-03-20T10:30,    29",
            "2025-03-20T10:00,    2025-03-20T12:05,    125",
            "2025-03-20T22:00,    2025-03-21T01:00,    180",
    })
    void minutesAreWholeMinutesWithTheSecondsDropped(LocalDateTime checkedIn, LocalDateTime checkedOut,
                                                      long minutes) {
        assertThat(VisitVerification.minutes(checkedIn, checkedOut)).isEqualTo(minutes);
    }

    @Test
    void exactlyTheMinimumIsVerifiedAndOneSecondLessIsNot() {
        LocalDateTime in = LocalDateTime.of(2025, 3, 20, 9, 0);

        assertThat(VisitVerification.of(in, in.plusMinutes(45), 45)).isEmpty();
        assertThat(VisitVerification.of(in, in.plusMinutes(45).minusSeconds(1), 45))
                .contains(UnverifiedReason.TOO_SHORT);
    }
}
