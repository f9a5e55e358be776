package org.ltcare.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.shared.ValidationException;

class HospitalStayFormTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final List<HospitalStay> RECORDED = List.of(
            stay("市立医院", "2025-02-01", "2025-02-10"), stay("中心医院", "2025-03-01", "2025-03-10"));

    @ParameterizedTest(name = "admitted {0}, discharged {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "-,          -,          admittedOn:validation.required",
            "2025-03-20, -,          ''",
            "2025-03-21, -,          admittedOn:care.hospitalStay.admittedOn.future",
            "2025-03-12, 2025-03-20, ''",
            "2025-03-15, 2025-03-15, ''",
            "2025-03-15, 2025-03-14, dischargedOn:care.hospitalStay.dischargedOn.beforeAdmission",
            "2025-03-15, 2025-03-21, dischargedOn:care.hospitalStay.dischargedOn.future",
            "2025-03-22, 2025-03-23, admittedOn:care.hospitalStay.admittedOn.future dischargedOn:care.hospitalStay.dischargedOn.future",
    })
    void admissionAndDischargeAreNotInTheFutureAndInOrder(LocalDate admittedOn, LocalDate dischargedOn,
                                                           String expected) {
        assertThat(problems(new HospitalStayForm("人民医院", admittedOn, dischargedOn, "MANUAL"), List.of()))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    /** Recorded: 市立医院 2025-02-01..2025-02-10 and 中心医院 2025-03-01..2025-03-10. */
    @ParameterizedTest(name = "{0}..{1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-02-11, 2025-02-28, ''",
            "2025-02-05, 2025-02-06, 市立医院",
            "2025-01-20, 2025-02-01, ''",
            "2025-01-20, 2025-02-02, 市立医院",
            "2025-02-10, 2025-02-20, ''",
            "2025-02-10, 2025-02-10, ''",
            "2025-02-01, 2025-02-10, 市立医院",
            "2025-02-20, 2025-03-01, ''",
            "2025-02-20, 2025-03-02, 中心医院",
            "2025-01-01, -,          市立医院",
            "2025-03-10, -,          ''",
            "2025-03-11, -,          ''",
            "2025-03-05, -,          中心医院",
    })
    void aStayMayNotOverlapAnotherButMayFollowOnTheDayOfATransfer(LocalDate admittedOn, LocalDate dischargedOn,
                                                                 String overlapped) {
        HospitalStayForm form = new HospitalStayForm("人民医院", admittedOn, dischargedOn, "MEDICAL_INSURANCE");

        assertThat(overlappedHospital(form)).isEqualTo(overlapped);
    }

    @Test
    void theOverlappedStayIsNamedInTheMessage() {
        assertThatThrownBy(() -> new HospitalStayForm("人民医院", LocalDate.of(2025, 3, 5), null, "MANUAL")
                .check(TODAY, RECORDED))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).arguments()).containsExactly("中心医院", "2025-03-01"));
    }

    @Test
    void aStayStillOpenOverlapsEveryLaterOne() {
        List<HospitalStay> open = List.of(stay("中心医院", "2025-03-01", null));

        assertThat(problems(new HospitalStayForm("人民医院", LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 16),
                "MANUAL"), open)).containsExactly("admittedOn:care.hospitalStay.overlaps");
        assertThat(problems(new HospitalStayForm("人民医院", LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 1),
                "MANUAL"), open)).isEmpty();
    }

    @Test
    void aDischargeIsCheckedLikeTheWholeStay() {
        HospitalStayForm open = new HospitalStayForm("人民医院", LocalDate.of(2025, 3, 12), null, "MANUAL");

        assertThat(problems(open.discharged(LocalDate.of(2025, 3, 11)), List.of()))
                .containsExactly("dischargedOn:care.hospitalStay.dischargedOn.beforeAdmission");
        assertThat(problems(open.discharged(LocalDate.of(2025, 3, 21)), List.of()))
                .containsExactly("dischargedOn:care.hospitalStay.dischargedOn.future");
        assertThat(problems(open.discharged(TODAY), List.of())).isEmpty();
    }

    @Test
    void nameAndSourceAreRequiredTrimmedAndNoLongerThanTheirColumns() {
        LocalDate day = LocalDate.of(2025, 3, 1);

        assertThat(new HospitalStayForm("  人民医院 ", day, null, " MANUAL ").hospitalName()).isEqualTo("人民医院");
        assertThat(problems(new HospitalStayForm("院".repeat(128), day, null, "S".repeat(32)), List.of())).isEmpty();
        assertThat(problems(new HospitalStayForm("院".repeat(129), day, null, "S".repeat(33)), List.of()))
                .containsExactly("hospitalName:care.hospitalStay.hospitalName.tooLong",
                        "source:care.hospitalStay.source.tooLong");
        assertThat(problems(new HospitalStayForm("  ", day, null, null), List.of()))
                .containsExactly("hospitalName:validation.required", "source:validation.required");
    }

    @Test
    void aRecordedStayIsDischargedOnceAndNotBeforeItsAdmission() {
        HospitalStay open = stay("人民医院", "2025-03-12", null);

        assertThatThrownBy(() -> open.discharge(LocalDate.of(2025, 3, 11)))
                .isInstanceOf(IllegalArgumentException.class);
        open.discharge(LocalDate.of(2025, 3, 14));
        assertThat(open.inpatientDays()).isEqualTo(new InpatientDays(LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 14)));
        assertThatThrownBy(() -> open.discharge(LocalDate.of(2025, 3, 15))).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> problems(HospitalStayForm form, List<HospitalStay> others) {
        try {
            form.check(TODAY, others);
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
        }
    }

    /** The hospital of the recorded stay the form overlaps, "" for none; an overlap is the only problem. */
    private static String overlappedHospital(HospitalStayForm form) {
        try {
            form.check(TODAY, RECORDED);
            return "";
        } catch (ValidationException e) {
            assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey)
                    .containsExactly("care.hospitalStay.overlaps");
            return e.errors().get(0).arguments().get(0);
        }
    }

    private static HospitalStay stay(String hospital, String admittedOn, String dischargedOn) {
        return new HospitalStay(1, new HospitalStayForm(hospital, LocalDate.parse(admittedOn),
                dischargedOn == null ? null : LocalDate.parse(dischargedOn), "MANUAL"), "reviewer", Instant.EPOCH);
    }
}
