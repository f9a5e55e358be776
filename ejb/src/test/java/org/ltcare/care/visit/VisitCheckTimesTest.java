package org.ltcare.care.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ltcare.care.visit.VisitCheckFixture.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ltcare.benefit.Admissions;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * VisitCheck on the care type, check-in and check-out times, closed months, coordinates and text lengths;
 * each test changes one thing of {@link VisitCheckFixture}'s visit in order.
 */
class VisitCheckTimesTest {

    @Test
    void aVisitInOrderHasNoProblems() {
        assertThat(errors(form -> { }, context -> { })).isEmpty();
    }

    @Test
    void anOpenVisitWithoutCheckOutCoordinatesOrConfirmationHasNoProblems() {
        assertThat(problems(form -> {
            form.checkedOutAt = null;
            form.checkIn = null;
            form.checkOut = null;
            form.deviceId = null;
            form.confirmation = Confirmation.NONE;
            form.confirmedBy = null;
            form.signaturePng = null;
            form.externalRef = null;
        })).isEmpty();
    }

    // care type and check-in

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"HOME", "VISITING"})
    void homeAndVisitingCareMayRecordVisits(CareType careType) {
        assertThat(problems(form -> form.items = Map.of("SH01", 1),
                context -> context.admission = Admissions.admitted(careType, INSTITUTION, STARTS_ON))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"SPECIALIZED", "RESIDENTIAL"})
    void bedBasedCareRecordsNoVisits(CareType careType) {
        assertThat(problems(form -> form.items = Map.of("SH01", 1),
                context -> context.admission = Admissions.admitted(careType, INSTITUTION, STARTS_ON)))
                .containsExactly("checkedInAt:records.visit.notHomeCare");
    }

    @Test
    void aCheckInIsRequiredAndWithoutItTheCheckOutIsNotChecked() {
        assertThat(problems(form -> {
            form.checkedInAt = null;
            form.checkedOutAt = NOW.plusDays(1);
        })).containsExactly("checkedInAt:validation.required");
    }

    @ParameterizedTest(name = "check-in {0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-20T18:00,    -",
            "2025-03-20T18:00:01, checkedInAt:records.future",
            "2025-03-21T08:00,    checkedInAt:records.future",
    })
    void theCheckInIsNotInTheFuture(String checkedInAt, String expected) {
        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = null;
        })).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "admission {0}..{1}, check-in {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-01, -,          2025-03-01T00:00, -",
            "2025-03-01, -,          2025-02-28T23:59, checkedInAt:records.outsideCare",
            "2025-03-10, 2025-03-15, 2025-03-15T20:00, -",
            "2025-03-10, 2025-03-15, 2025-03-16T08:00, checkedInAt:records.outsideCare",
            "2025-03-21, -,          2025-03-20T09:00, checkedInAt:records.outsideCare",
    })
    void theCheckInIsOnADayOfTheAdmission(LocalDate startsOn, LocalDate endsOn, String checkedInAt,
                                          String expected) {
        CareAdmission admission = endsOn == null ? Admissions.admitted(CareType.HOME, INSTITUTION, startsOn)
                : Admissions.ended(CareType.HOME, INSTITUTION, startsOn, endsOn);

        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = null;
        }, context -> context.admission = admission)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aDayOutsideTheAdmissionIsNamedInTheMessage() {
        assertThat(errors(form -> { },
                context -> context.admission = Admissions.ended(CareType.HOME, INSTITUTION, STARTS_ON,
                        LocalDate.of(2025, 3, 19))))
                .containsExactly(new FieldError("checkedInAt", "records.outsideCare", List.of("2025-03-20")));
    }

    @Test
    void anAdmissionOnlyRequestedCoversNoDay() {
        assertThat(contextProblems(context -> context.admission = Admissions.requested(CareType.HOME, INSTITUTION)))
                .containsExactly("checkedInAt:records.outsideCare");
    }

    @Test
    void aCheckInInTheFutureIsNotAlsoReportedOutsideTheAdmission() {
        assertThat(problems(form -> {
            form.checkedInAt = LocalDateTime.of(2025, 4, 2, 9, 0);
            form.checkedOutAt = null;
        }, context -> context.admission = Admissions.ended(CareType.HOME, INSTITUTION, STARTS_ON,
                LocalDate.of(2025, 3, 31)))).containsExactly("checkedInAt:records.future");
    }

    @Test
    void aVisitOfAClosedMonthIsRefusedNamingTheMonth() {
        assertThat(errors(form -> { }, context -> context.monthClosed = true))
                .containsExactly(new FieldError("checkedInAt", "records.monthClosed", List.of("2025-03")));
    }

    // check-out

    @ParameterizedTest(name = "{0} .. {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-20T09:00, 2025-03-20T09:00,    -",
            "2025-03-20T09:00, 2025-03-20T08:59:59, checkedOutAt:records.visit.checkOutBeforeCheckIn",
            "2025-03-20T09:00, 2025-03-19T10:00,    checkedOutAt:records.visit.checkOutBeforeCheckIn",
            "2025-03-20T09:00, 2025-03-20T18:00,    -",
            "2025-03-20T09:00, 2025-03-20T18:00:01, checkedOutAt:records.future",
            "2025-03-20T05:00, 2025-03-20T17:00,    -",
            "2025-03-20T05:00, 2025-03-20T17:00:01, checkedOutAt:records.visit.tooLong",
            "2025-03-19T08:00, 2025-03-20T08:00,    checkedOutAt:records.visit.tooLong",
    })
    void theCheckOutIsNotBeforeTheCheckInNotInTheFutureAndWithin12Hours(String checkedInAt, String checkedOutAt,
                                                                          String expected) {
        assertThat(problems(form -> {
            form.checkedInAt = time(checkedInAt);
            form.checkedOutAt = time(checkedOutAt);
        })).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aVisitTooLongSaysTheLimit() {
        assertThat(errors(form -> {
            form.checkedInAt = LocalDateTime.of(2025, 3, 20, 5, 0);
            form.checkedOutAt = LocalDateTime.of(2025, 3, 20, 17, 30);
        }, context -> { })).containsExactly(new FieldError("checkedOutAt", "records.visit.tooLong", List.of("12")));
    }

    // coordinates

    @ParameterizedTest(name = "({0}, {1}): {2}")
    @CsvSource(nullValues = "-", value = {
            "-,           -,            true",
            "0,           0,            true",
            "90,          180,          true",
            "-90,         -180,         true",
            "90.000000,   -180.000000,  true",
            "36.6512,     -,            false",
            "-,           117.12,       false",
            "90.000001,   117.12,       false",
            "-90.5,       117.12,       false",
            "36.6512,     180.000001,   false",
            "36.6512,     -181,         false",
    })
    void coordinatesAreBothOrNeitherAndInRange(String latitude, String longitude, boolean valid) {
        assertThat(problems(form -> form.checkIn = at(latitude, longitude)))
                .isEqualTo(valid ? List.of() : List.of("checkIn:records.visit.coordinates"));
        assertThat(problems(form -> form.checkOut = at(latitude, longitude)))
                .isEqualTo(valid ? List.of() : List.of("checkOut:records.visit.coordinates"));
    }

    // device and external reference

    @Test
    void theDeviceIdAndTheExternalReferenceAreAtMost64Characters() {
        assertThat(problems(form -> {
            form.deviceId = "d".repeat(64);
            form.externalRef = "r".repeat(64);
        })).isEmpty();
        assertThat(errors(form -> {
            form.deviceId = "d".repeat(65);
            form.externalRef = "r".repeat(65);
        }, context -> { })).containsExactly(
                new FieldError("deviceId", "validation.tooLong", List.of("64")),
                new FieldError("externalRef", "validation.tooLong", List.of("64")));
    }

    // care worker
}
