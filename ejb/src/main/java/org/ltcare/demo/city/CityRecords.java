package org.ltcare.demo.city;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.HomeCareTerms;

/**
 * The service records of the city's people in care, month by month up to yesterday, with JDBC batches: hospital
 * stays (one person in fifty a month, 3–10 days), absences in the nursing homes (home leave for one in seven a
 * month, and every inpatient day), and for 家护 two visits a day on up to the monthly cap of days (one on
 * Saturdays, none on Sundays or in hospital) by the care worker whose round the person is in — mornings and
 * afternoons at the same time, an hour each, checked in at home; one visit in two hundred is too short to count. Everything the claims are generated from later.
 */
final class CityRecords {

    /** Clients in one care worker's round: two visits each a day stay within the daily limit. */
    static int roundSize(HomeCareTerms terms) {
        return Math.max(1, terms.maxVisitsPerWorkerPerDay() / 2);
    }

    /** Minutes between two visits of a worker's round: an hour's visit, a late start and the way there. */
    static final int SLOT_MINUTES = 75;

    private final Connection connection;
    private final Random random;
    private final HomeCareTerms terms;
    private final int visitDaysPerMonth;
    private long visitsWritten;
    private long absencesWritten;
    private long staysWritten;

    /**
     * @param visitDaysPerMonth the most days of home care a month the rules pay for (the agencies plan within it)
     */
    CityRecords(Connection connection, Random random, HomeCareTerms terms, int visitDaysPerMonth) {
        this.connection = connection;
        this.random = random;
        this.terms = terms;
        this.visitDaysPerMonth = visitDaysPerMonth;
    }

    void write(List<CityAdmission> admissions, LocalDate firstDay, LocalDate yesterday, LocalDateTime now)
            throws SQLException {
        long days = ChronoUnit.DAYS.between(firstDay, yesterday) + 1;
        long months = ChronoUnit.MONTHS.between(YearMonth.from(firstDay), YearMonth.from(yesterday)) + 1;
        long stayId = IdBlocks.reserve(connection, "hospital_stay", admissions.size() * months);
        long absenceId = IdBlocks.reserve(connection, "bed_day_absence", admissions.size() * days);
        long visitId = IdBlocks.reserve(connection, "home_visit", admissions.size() * days * 2);
        try (BatchInsert stays = new BatchInsert(connection, "hospital_stay", "id", "insured_id", "hospital_name",
                "admitted_on", "discharged_on", "source", "recorded_by", "recorded_at");
             BatchInsert absences = new BatchInsert(connection, "bed_day_absence", "id", "admission_id",
                     "institution_id", "absent_on", "reason", "note", "source", "recorded_by", "recorded_at");
             BatchInsert visits = new BatchInsert(connection, "home_visit", "id", "institution_id", "admission_id",
                     "insured_id", "care_worker_id", "visit_date", "checked_in_at", "checked_out_at",
                     "check_in_latitude", "check_in_longitude", "check_out_latitude", "check_out_longitude",
                     "confirmation", "confirmed_by", "confirmation_code", "unverified_reason", "source",
                     "recorded_by", "recorded_at");
             BatchInsert items = new BatchInsert(connection, "home_visit_item", "visit_id", "item_code",
                     "quantity").after(visits)) {
            for (YearMonth month = YearMonth.from(firstDay); !month.isAfter(YearMonth.from(yesterday));
                 month = month.plusMonths(1)) {
                LocalDate from = month.atDay(1);
                LocalDate to = month.atEndOfMonth().isAfter(yesterday) ? yesterday : month.atEndOfMonth();
                for (CityAdmission admission : admissions) {
                    LocalDate start = admission.startsOn().isAfter(from) ? admission.startsOn() : from;
                    if (start.isAfter(to)) {
                        continue;
                    }
                    Set<LocalDate> inHospital = new HashSet<>();
                    if (random.nextInt(50) == 0) {
                        LocalDate admitted = start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, to) + 1));
                        LocalDate discharged = admitted.plusDays(2 + random.nextInt(8));
                        if (discharged.isAfter(yesterday)) {
                            discharged = yesterday;
                        }
                        stays.add(stayId++, admission.insuredId(), "青岛市市立医院", admitted, discharged, "MANUAL",
                                "city", discharged.atTime(18, 0));
                        staysWritten++;
                        // the days between, the stay's first and last day are inpatient days (rules.md §5)
                        for (LocalDate d = admitted; !d.isAfter(discharged); d = d.plusDays(1)) {
                            inHospital.add(d);
                        }
                    }
                    CareType type = admission.institution().careType;
                    if (type == CareType.HOME) {
                        visitId = visits(admission, start, to, inHospital, visits, items, visitId);
                    } else if (type == CareType.RESIDENTIAL) {
                        absenceId = absences(admission, start, to, inHospital, absences, absenceId);
                    }
                }
            }
        }
    }

    private long absences(CityAdmission admission, LocalDate from, LocalDate to, Set<LocalDate> inHospital,
                          BatchInsert absences, long nextId) throws SQLException {
        Set<LocalDate> leave = new HashSet<>();
        if (random.nextInt(7) == 0) {
            LocalDate first = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
            for (int d = 0; d < 1 + random.nextInt(4) && !first.plusDays(d).isAfter(to); d++) {
                leave.add(first.plusDays(d));
            }
        }
        long id = nextId;
        String staff = admission.institution().staffUsername;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean hospital = inHospital.contains(day);
            if (hospital || leave.contains(day)) {
                absences.add(id++, admission.admissionId(), admission.institution().id, day,
                        hospital ? "HOSPITAL" : "HOME_LEAVE", hospital ? "住院" : "回家探亲", "SCREEN", staff,
                        day.atTime(20, 0));
                absencesWritten++;
            }
        }
        return id;
    }

    /**
     * Two visits a day, one on Saturdays, none on Sundays or in hospital, and no more days in the month than the
     * rules pay for. A worker's round of clients is visited one after the other every {@value #SLOT_MINUTES}
     * minutes, morning and afternoon: an hour's visit never overlaps the next.
     */
    private long visits(CityAdmission admission, LocalDate from, LocalDate to, Set<LocalDate> inHospital,
                        BatchInsert visits, BatchInsert items, long nextId) throws SQLException {
        CityInstitution agency = admission.institution();
        int round = roundSize(terms);
        long worker = agency.workers.get((admission.client() / round) % agency.workers.size());
        int slot = admission.client() % round;
        long id = nextId;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to) && days < visitDaysPerMonth; day = day.plusDays(1)) {
            if (inHospital.contains(day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            days++;
            int count = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2;
            for (int v = 0; v < count; v++) {
                LocalDateTime in = day.atTime(v == 0 ? 8 : 14, 0).plusMinutes((long) slot * SLOT_MINUTES
                        + random.nextInt(10));
                boolean tooShort = random.nextInt(200) == 0;
                LocalDateTime out = in.plusMinutes(tooShort ? terms.homeVisitMinimumMinutes() - 10L : 60);
                double lat = admission.latitude() + (random.nextDouble() - 0.5) * 0.0008;
                double lon = admission.longitude() + (random.nextDouble() - 0.5) * 0.0008;
                visits.add(id, agency.id, admission.admissionId(), admission.insuredId(), worker, day, in, out, lat,
                        lon, lat, lon, "ONE_TIME_CODE", "家属", String.valueOf(1000 + random.nextInt(9000)),
                        tooShort ? "TOO_SHORT" : null, "SCREEN", agency.staffUsername, out.plusMinutes(5));
                items.add(id, v == 0 ? "SH01" : "SH05", 1);
                id++;
                visitsWritten++;
            }
        }
        return id;
    }

    long visitsWritten() {
        return visitsWritten;
    }

    long absencesWritten() {
        return absencesWritten;
    }

    long staysWritten() {
        return staysWritten;
    }
}
