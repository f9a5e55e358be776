package org.ltcare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ltcare.benefit.Admissions;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;

/** 专护 admitted on 2025-03-01 and still running; today is 2025-03-20. */
class AbsenceCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final LocalDate STARTS_ON = LocalDate.of(2025, 3, 1);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);
    private static final CareAdmission SPECIALIZED = admitted(CareType.SPECIALIZED);

    private static CareAdmission admitted(CareType careType) {
        return Admissions.admitted(careType, Admissions.INSTITUTION, STARTS_ON);
    }

    private static List<String> problems(CareAdmission admission, LocalDate day, boolean absent,
                                         AbsenceReason reason, String note, boolean monthClosed) {
        return AbsenceCheck.problems(admission, day, absent, reason, note, TODAY, monthClosed).stream()
                .map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    private static List<String> absence(AbsenceReason reason, String note) {
        return problems(SPECIALIZED, DAY, true, reason, note, false);
    }

    @Test
    void aValidAbsenceHasNoProblems() {
        assertThat(AbsenceCheck.problems(SPECIALIZED, DAY, true, AbsenceReason.HOME_LEAVE, null, TODAY, false))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"SPECIALIZED", "RESIDENTIAL"})
    void bedBasedCareRecordsBedDays(CareType careType) {
        assertThat(problems(admitted(careType), DAY, true, AbsenceReason.HOSPITAL, null, false)).isEmpty();
        assertThat(problems(admitted(careType), DAY, false, null, null, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CareType.class, names = {"HOME", "VISITING"})
    void careAtHomeHasNoBedDays(CareType careType) {
        assertThat(problems(admitted(careType), DAY, true, AbsenceReason.HOSPITAL, null, false))
                .containsExactly("date:records.bedDay.notBedBased");
    }

    @Test
    void careAtHomeIsNotAlsoReportedOutsideTheAdmission() {
        assertThat(problems(admitted(CareType.HOME), STARTS_ON.minusDays(1), true, AbsenceReason.HOSPITAL, null,
                false)).containsExactly("date:records.bedDay.notBedBased");
    }

    @ParameterizedTest(name = "admission {0}..{1}, day {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-01, -,          2025-03-01, true",
            "2025-03-01, -,          2025-02-28, false",
            "2025-03-05, 2025-03-10, 2025-03-10, true",
            "2025-03-05, 2025-03-10, 2025-03-11, false",
            "2025-03-05, 2025-03-10, 2025-03-04, false",
    })
    void theDayIsADayOfTheAdmission(LocalDate startsOn, LocalDate endsOn, LocalDate day, boolean inCare) {
        CareAdmission admission = endsOn == null
                ? Admissions.admitted(CareType.RESIDENTIAL, Admissions.INSTITUTION, startsOn)
                : Admissions.ended(CareType.RESIDENTIAL, Admissions.INSTITUTION, startsOn, endsOn);

        List<FieldError> errors = AbsenceCheck.problems(admission, day, true, AbsenceReason.HOME_LEAVE, null, TODAY,
                false);

        assertThat(errors).isEqualTo(inCare ? List.of()
                : List.of(new FieldError("date", "records.outsideCare", List.of(day.toString()))));
    }

    @Test
    void anAdmissionOnlyRequestedCoversNoDay() {
        assertThat(problems(Admissions.requested(CareType.SPECIALIZED, Admissions.INSTITUTION), DAY, true,
                AbsenceReason.HOME_LEAVE, null, false)).containsExactly("date:records.outsideCare");
    }

    @ParameterizedTest(name = "day {0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "2025-03-19, -",
            "2025-03-20, -",
            "2025-03-21, date:records.future",
    })
    void theDayIsNotAfterToday(LocalDate day, String expected) {
        assertThat(problems(SPECIALIZED, day, true, AbsenceReason.HOSPITAL, null, false))
                .isEqualTo(expected == null ? List.of() : List.of(expected));
        assertThat(problems(SPECIALIZED, day, false, null, null, false))
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aClosedMonthIsRefusedNamingTheMonth() {
        assertThat(AbsenceCheck.problems(SPECIALIZED, DAY, true, AbsenceReason.HOSPITAL, null, TODAY, true))
                .containsExactly(new FieldError("date", "records.monthClosed", List.of("2025-03")));
        assertThat(problems(SPECIALIZED, DAY, false, null, null, true)).containsExactly("date:records.monthClosed");
    }

    @Test
    void noDayIsRequiredAndNothingElseIsChecked() {
        assertThat(problems(admitted(CareType.HOME), null, true, null, null, true))
                .containsExactly("date:validation.required");
    }

    @Test
    void anAbsenceNeedsAReason() {
        assertThat(absence(null, null)).containsExactly("reason:validation.required");
        assertThat(absence(null, "在家休养")).containsExactly("reason:validation.required");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '"})
    void anAbsenceForAnotherReasonNeedsANote(String note) {
        assertThat(absence(AbsenceReason.OTHER, note)).containsExactly("note:records.bedDay.noteRequired");
    }

    @ParameterizedTest
    @EnumSource(AbsenceReason.class)
    void aNoteOfAtMost200CharactersIsAllowedForEveryReason(AbsenceReason reason) {
        assertThat(absence(reason, "备".repeat(200))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AbsenceReason.class)
    void aNoteIsAtMost200Characters(AbsenceReason reason) {
        assertThat(AbsenceCheck.problems(SPECIALIZED, DAY, true, reason, "备".repeat(201), TODAY, false))
                .containsExactly(new FieldError("note", "validation.tooLong", List.of("200")));
    }

    @ParameterizedTest
    @EnumSource(value = AbsenceReason.class, names = {"HOME_LEAVE", "HOSPITAL"})
    void homeLeaveAndHospitalNeedNoNote(AbsenceReason reason) {
        assertThat(absence(reason, null)).isEmpty();
    }

    @Test
    void aDayMarkedPresentNeedsNoReasonAndItsNoteIsNotChecked() {
        assertThat(problems(SPECIALIZED, DAY, false, null, null, false)).isEmpty();
        assertThat(problems(SPECIALIZED, DAY, false, AbsenceReason.OTHER, null, false)).isEmpty();
        assertThat(problems(SPECIALIZED, DAY, false, null, "备".repeat(201), false)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(admitted(CareType.VISITING), TODAY.plusDays(1), true, null, "备".repeat(201), true))
                .containsExactly("date:records.bedDay.notBedBased", "date:records.future", "date:records.monthClosed",
                        "reason:validation.required", "note:validation.tooLong");
    }
}
