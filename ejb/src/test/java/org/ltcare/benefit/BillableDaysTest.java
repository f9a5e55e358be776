package org.ltcare.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ltcare.benefit.BillableDays.CarePeriod;
import org.ltcare.policy.rules.CareType;

class BillableDaysTest {

    /**
     * Admissions are written {@code id:startsOn..endsOn}, stays {@code admittedOn..dischargedOn}, an empty end
     * open; the expected rows {@code id:days in care/suspended/billable}, in order, "-" for none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                                      | from       | to         | admissions                                   | stays                               | expected
        "no stays                                    | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | -                                   | 1:31/0/31",
        "stay inside the month (case S2)             | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-03-05..2025-03-14              | 1:31/10/21",
        "in and out of hospital the same day         | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-03-05..2025-03-05              | 1:31/1/30",
        "stay across the month end, first month      | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-03-28..2025-04-03              | 1:31/4/27",
        "stay across the month end, second month     | 2025-04-01 | 2025-04-30 | 1:2025-01-01..                               | 2025-03-28..2025-04-03              | 1:30/3/27",
        "stay across February's end in a leap year   | 2024-02-01 | 2024-02-29 | 1:2024-01-01..                               | 2024-02-28..2024-03-02              | 1:29/2/27",
        "open stay suspends to the month's end       | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-03-28..                        | 1:31/4/27",
        "open stay from an earlier month             | 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-02-20..                        | 1:31/31/0",
        "stay begun before the admission starts      | 2025-03-01 | 2025-03-31 | 1:2025-03-10..                               | 2025-03-01..2025-03-12              | 1:22/3/19",
        "stay over before the admission starts       | 2025-03-01 | 2025-03-31 | 1:2025-03-20..                               | 2025-03-01..2025-03-10              | 1:12/0/12",
        "stay after the admission ended              | 2025-03-01 | 2025-03-31 | 1:2025-01-01..2025-03-17                     | 2025-03-20..2025-03-25              | 1:17/0/17",
        "admission ending mid-month during a stay    | 2025-03-01 | 2025-03-31 | 1:2025-01-01..2025-03-17                     | 2025-03-15..2025-03-20              | 1:17/3/14",
        "change on the 1st: the old one's last month | 2025-02-01 | 2025-02-28 | 1:2025-01-01..2025-02-28 2:2025-03-01..      | 2025-02-25..2025-03-03              | 1:28/4/24",
        "change on the 1st: the new one's first month| 2025-03-01 | 2025-03-31 | 1:2025-01-01..2025-02-28 2:2025-03-01..      | 2025-02-25..2025-03-03              | 2:31/3/28",
        "change on the 1st inside the period         | 2025-02-15 | 2025-03-14 | 2:2025-03-01.. 1:2025-01-01..2025-02-28      | 2025-02-27..2025-03-02              | 1:14/2/12 2:14/2/12",
        "change that never started (ended the day before) | 2025-04-01 | 2025-04-30 | 1:2025-01-01..2025-04-17 2:2025-05-01..2025-04-30 | -                       | 1:17/0/17",
        "transfer between hospitals counts a day once| 2025-03-01 | 2025-03-31 | 1:2025-01-01..                               | 2025-03-03..2025-03-05 2025-03-05..2025-03-07 | 1:31/5/26",
        "period shorter than a month                 | 2025-03-10 | 2025-03-20 | 1:2025-01-01..                               | 2025-03-18..                        | 1:11/3/8",
        "admission starting after the period         | 2025-03-01 | 2025-03-31 | 1:2025-04-01..                               | 2025-03-05..2025-03-14              | -",
    })
    void countsDaysInCareAndSuspendedDaysPerAdmission(String name, LocalDate from, LocalDate to, String admissions,
                                                       String stays, String expected) {
        List<String> rows = BillableDays.in(from, to, carePeriods(admissions), inpatient(stays)).stream()
                .map(days -> days.admissionId() + ":" + days.daysInCare() + "/" + days.suspendedDays().size() + "/"
                        + days.billableDays())
                .toList();

        assertThat(rows).isEqualTo(split(expected));
    }

    @Test
    void theDaysOfAdmissionToAndDischargeFromHospitalAreBothSuspended() {
        AdmissionDays march = only(month("2025-03"), "1:2025-01-01..", "2025-03-05..2025-03-07");

        assertThat(march.suspendedDays()).containsExactly(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6),
                LocalDate.of(2025, 3, 7));
        assertThat(march.billableDays()).isEqualTo(28);
    }

    @Test
    void aStayAcrossTheMonthEndIsSplitBetweenTheMonthsWithoutLosingADay() {
        AdmissionDays march = only(month("2025-03"), "1:2025-01-01..", "2025-03-28..2025-04-03");
        AdmissionDays april = only(month("2025-04"), "1:2025-01-01..", "2025-03-28..2025-04-03");

        assertThat(march.suspendedDays()).first().isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(march.suspendedDays()).last().isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(april.suspendedDays()).first().isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(april.suspendedDays()).last().isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(march.suspendedDays().size() + april.suspendedDays().size()).isEqualTo(7);
    }

    @Test
    void eachAdmissionSaysItsDaysInThePeriodWithItsInstitutionAndCareType() {
        LocalDate[] period = month("2025-03");
        List<AdmissionDays> days = BillableDays.in(period[0], period[1], List.of(
                new CarePeriod(7, 300, CareType.HOME, LocalDate.of(2025, 3, 18), null),
                new CarePeriod(6, 200, CareType.RESIDENTIAL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 17))),
                List.of());

        assertThat(days).containsExactly(
                new AdmissionDays(6, 200, CareType.RESIDENTIAL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 17),
                        List.of()),
                new AdmissionDays(7, 300, CareType.HOME, LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 31),
                        List.of()));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> BillableDays.in(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static AdmissionDays only(LocalDate[] period, String admission, String stays) {
        List<AdmissionDays> days = BillableDays.in(period[0], period[1], carePeriods(admission), inpatient(stays));
        assertThat(days).hasSize(1);
        return days.get(0);
    }

    private static LocalDate[] month(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return new LocalDate[] {yearMonth.atDay(1), yearMonth.atEndOfMonth()};
    }

    private static List<CarePeriod> carePeriods(String admissions) {
        return split(admissions).stream().map(text -> {
            String[] idAndDates = text.split(":");
            LocalDate[] dates = range(idAndDates[1]);
            long id = Long.parseLong(idAndDates[0]);
            return new CarePeriod(id, 100 + id, CareType.RESIDENTIAL, dates[0], dates[1]);
        }).toList();
    }

    private static List<InpatientDays> inpatient(String stays) {
        return split(stays).stream().map(BillableDaysTest::range)
                .map(dates -> new InpatientDays(dates[0], dates[1])).toList();
    }

    private static LocalDate[] range(String text) {
        String[] ends = text.split("\\.\\.", -1);
        return new LocalDate[] {LocalDate.parse(ends[0]), ends[1].isEmpty() ? null : LocalDate.parse(ends[1])};
    }

    private static List<String> split(String list) {
        return list.equals("-") ? List.of() : Arrays.asList(list.trim().split("\\s+"));
    }
}
