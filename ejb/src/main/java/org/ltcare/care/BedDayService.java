package org.ltcare.care;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ltcare.benefit.AdmissionRepository;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.HospitalStayService;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;

/**
 * Bed-days of 专护 and 院护 (rules.md §3, §5 {@code NO_SERVICE_RECORD}): a beneficiary is present on every day of
 * the admission unless the institution records an absence with its reason. The month grid shows them with the
 * hospital inpatient days the feed reported; an entry is checked by {@link AbsenceCheck} and audited, and a month
 * is closed when its claim is submitted.
 */
@Stateless
public class BedDayService {

    @Inject
    private BedDayRepository bedDays;

    @Inject
    private AdmissionRepository admissions;

    @Inject
    private InsuredRepository insured;

    @Inject
    private HospitalStayService stays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public BedDayGrid grid(Actor actor, long institutionId, YearMonth month) {
        CareRecordAccess.requireRead(actor, institutionId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<CareAdmission> inCare = bedDays.bedBasedAdmissions(institutionId, from, to);
        Set<Long> people = new HashSet<>();
        inCare.forEach(admission -> people.add(admission.getInsuredId()));
        Map<Long, InsuredPerson> persons = insured.byIds(people);
        Map<String, BedDayAbsence> absences = new HashMap<>();
        bedDays.absences(institutionId, from, to).forEach(a -> absences.put(a.getAdmissionId() + "/" + a.getAbsentOn(), a));
        Map<Long, Set<LocalDate>> inpatient = stays.inpatientDays(people, from, to);
        LocalDate today = LocalDate.now(clock);
        List<BedDayRow> rows = new ArrayList<>();
        for (CareAdmission admission : inCare) {
            InsuredPerson person = persons.get(admission.getInsuredId());
            List<DayCell> cells = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                BedDayAbsence absence = absences.get(admission.getId() + "/" + day);
                cells.add(cell(admission, day, today, absence,
                        inpatient.getOrDefault(admission.getInsuredId(), Set.of()).contains(day)));
            }
            String idNumber = person.getIdNumber().shownTo(actor);
            rows.add(new BedDayRow(admission.getId(), person.getName(), idNumber, admission.getCareType(), cells));
        }
        rows.sort(java.util.Comparator.comparing(BedDayRow::name));
        return new BedDayGrid(month, bedDays.isClosed(institutionId, month), rows);
    }

    private static DayCell cell(CareAdmission admission, LocalDate day, LocalDate today, BedDayAbsence absence,
                                boolean inpatient) {
        if (!admission.coversDay(day)) {
            return new DayCell(day, DayState.NOT_IN_CARE, null, null);
        }
        if (day.isAfter(today)) {
            return new DayCell(day, DayState.FUTURE, null, null);
        }
        if (absence != null) {
            return new DayCell(day, DayState.ABSENT, absence.getReason(), absence.getNote());
        }
        return new DayCell(day, inpatient ? DayState.INPATIENT : DayState.PRESENT, null, null);
    }

    /** Records (or changes) an absence on the grid. */
    public void markAbsent(Actor actor, long admissionId, LocalDate day, AbsenceReason reason, String note) {
        CareAdmission admission = ownAdmission(actor, admissionId);
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        check(admission, day, true, reason, trimmed);
        apply(actor, admission, day, true, reason, trimmed, RecordSource.SCREEN);
    }

    /** Removes an absence: the day is a bed-day again. */
    public void markPresent(Actor actor, long admissionId, LocalDate day) {
        CareAdmission admission = ownAdmission(actor, admissionId);
        check(admission, day, false, null, null);
        apply(actor, admission, day, false, null, null, RecordSource.SCREEN);
    }

    /**
     * Stores an entry already checked with {@link AbsenceCheck} (the bulk entry checks a whole request first);
     * audited, and nothing written when the day already is as asked.
     *
     * @return whether anything changed
     */
    public boolean apply(Actor actor, CareAdmission admission, LocalDate day, boolean absent, AbsenceReason reason,
                         String note, RecordSource source) {
        return apply(actor, admission, day, absent, reason, note, source, bedDays.absence(admission.getId(), day));
    }

    /** The same with the day's absence (if any) already read, as the bulk entry reads them all at once. */
    public boolean apply(Actor actor, CareAdmission admission, LocalDate day, boolean absent, AbsenceReason reason,
                         String note, RecordSource source, Optional<BedDayAbsence> existing) {
        if (!absent) {
            existing.ifPresent(absence -> {
                audit.record(actor, "MARK_PRESENT", absence.auditState(), absence);
                bedDays.delete(absence);
            });
            return existing.isPresent();
        }
        if (existing.isPresent() && existing.get().sameAs(reason, note)) {
            return false;
        }
        BedDayAbsence absence = existing.orElseGet(() -> new BedDayAbsence(admission.getId(),
                admission.getInstitutionId(), day));
        Map<String, Object> before = existing.map(BedDayAbsence::auditState).orElse(null);
        absence.record(reason, note, source, actor.username(), clock.instant());
        if (existing.isEmpty()) {
            bedDays.save(absence);
        }
        audit.record(actor, "MARK_ABSENT", before, absence);
        return true;
    }

    public boolean isClosed(long institutionId, YearMonth month) {
        return bedDays.isClosed(institutionId, month);
    }

    /**
     * Closes the institution's records of a month: called when its claim for the month is submitted (settlement
     * issue); from then on no bed-day or visit of the month changes.
     */
    public void closeMonth(Actor actor, long institutionId, YearMonth month) {
        CareRecordAccess.requireWrite(actor, institutionId);
        bedDays.close(institutionId, month, actor.username(), clock.instant());
    }

    /**
     * Opens a closed month again when the first review returns lines of its claim, so the institution can correct
     * its records before resubmitting (the settlement's review calls it; no user action of its own).
     */
    public void reopenMonth(long institutionId, YearMonth month) {
        bedDays.reopen(institutionId, month);
    }

    /** Closes a reopened month again when its claim's correction period ends without a resubmission. */
    public void closeAgain(long institutionId, YearMonth month, String by) {
        bedDays.close(institutionId, month, by, clock.instant());
    }

    private CareAdmission ownAdmission(Actor actor, long admissionId) {
        return CareRecordAccess.requireOwn(actor, admissions.find(admissionId), admissionId);
    }

    private void check(CareAdmission admission, LocalDate day, boolean absent, AbsenceReason reason, String note) {
        boolean closed = day != null && bedDays.isClosed(admission.getInstitutionId(), YearMonth.from(day));
        List<FieldError> errors = AbsenceCheck.problems(admission, day, absent, reason, note, LocalDate.now(clock),
                closed);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
