package org.ltcare.settlement.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ltcare.policy.rules.CareType;

/**
 * Care-fee requests for tests: by default the api-trial.md example without its inpatient day (grade 5,
 * residential care at 80.00 a day, conclusion 2024-06-10, every day of the month claimed).
 */
final class CareFeeRequests {

    private YearMonth month;
    private CareType careType = CareType.RESIDENTIAL;
    private Integer hospitalLevel;
    private int grade = 5;
    private BigDecimal dailyCharge = new BigDecimal("80.00");
    private LocalDate conclusionDate = LocalDate.parse("2024-06-10");
    private Set<LocalDate> careDays;
    private Set<LocalDate> inpatientDays = Set.of();
    private LocalDate deathDate;
    private Set<LocalDate> daysClaimedElsewhere = Set.of();
    private Set<LocalDate> daysWithoutServiceRecord = Set.of();
    private Set<LocalDate> daysWithoutAgreement = Set.of();
    private Set<LocalDate> daysNotEnrolled = Set.of();
    private Integer monthlyDayCap;

    private CareFeeRequests(YearMonth month) {
        this.month = month;
    }

    static CareFeeRequests forMonth(String month) {
        return new CareFeeRequests(month == null ? null : YearMonth.parse(month));
    }

    CareFeeRequests care(CareType type, Integer level) {
        this.careType = type;
        this.hospitalLevel = level;
        return this;
    }

    CareFeeRequests grade(int value) {
        this.grade = value;
        return this;
    }

    CareFeeRequests charge(String amount) {
        this.dailyCharge = amount == null ? null : new BigDecimal(amount);
        return this;
    }

    CareFeeRequests concluded(String date) {
        this.conclusionDate = date == null ? null : LocalDate.parse(date);
        return this;
    }

    CareFeeRequests careDays(String... dates) {
        this.careDays = dates(dates);
        return this;
    }

    CareFeeRequests inpatient(String... dates) {
        this.inpatientDays = dates(dates);
        return this;
    }

    /** Every day from {@code first} to {@code last} inclusive. */
    CareFeeRequests inpatientFromTo(String first, String last) {
        this.inpatientDays = LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1))
                .collect(Collectors.toSet());
        return this;
    }

    CareFeeRequests died(String date) {
        this.deathDate = LocalDate.parse(date);
        return this;
    }

    CareFeeRequests claimedElsewhere(String... dates) {
        this.daysClaimedElsewhere = dates(dates);
        return this;
    }

    CareFeeRequests withoutServiceRecord(String... dates) {
        this.daysWithoutServiceRecord = dates(dates);
        return this;
    }

    CareFeeRequests withoutAgreement(String... dates) {
        this.daysWithoutAgreement = dates(dates);
        return this;
    }

    CareFeeRequests notEnrolled(String... dates) {
        this.daysNotEnrolled = dates(dates);
        return this;
    }

    CareFeeRequests cappedAt(int days) {
        this.monthlyDayCap = days;
        return this;
    }

    CareFeeRequest build() {
        return new CareFeeRequest(month, careType, hospitalLevel, grade, dailyCharge, conclusionDate, careDays,
                inpatientDays, deathDate, daysClaimedElsewhere, daysWithoutServiceRecord, daysWithoutAgreement,
                daysNotEnrolled, monthlyDayCap);
    }

    /** A null in the list stands for a null element, as a JSON client may send. */
    private static Set<LocalDate> dates(String... dates) {
        return Arrays.stream(dates).map(d -> d == null ? null : LocalDate.parse(d))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
