package org.ltcare.care.batch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.AbsenceCheck;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayAbsence;
import org.ltcare.care.BedDayRepository;
import org.ltcare.care.BedDayService;
import org.ltcare.care.CareRecordAccess;
import org.ltcare.care.RecordSource;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.insured.InsuredRepository;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.Actor;

/**
 * Bed-days and home visits posted in bulk by an institution's system (REST API): at most 10,000 records a request,
 * each checked by the same rules as the screens ({@link AbsenceCheck}, {@code VisitCheck}) and refused with its
 * reasons; idempotency keys and all-or-nothing versus partial acceptance by {@link KeyedBatch}. The credential
 * decides the institution: a record for anyone not in its care is refused like any other bad record. One
 * transaction: a request is stored whole (or its good part) or not at all.
 */
@Stateless
public class CareRecordBatchService {

    public static final int MAX_RECORDS = 10_000;

    @Inject
    private BedDayRepository bedDays;

    @Inject
    private BedDayService bedDayService;

    @Inject
    private InsuredRepository insured;

    @Inject
    private CareRecordKeyRepository keys;

    @Inject
    private VisitBatch visitBatch;

    @Inject
    private Clock clock;

    public BatchResult postBedDays(Actor actor, List<BedDayEntry> entries, boolean partialAcceptance) {
        long institutionId = requirePoster(actor, entries);
        List<LocalDate> dates = entries.stream().map(e -> quietDate(e.date())).filter(d -> d != null).toList();
        LocalDate from = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.now(clock));
        LocalDate to = dates.stream().max(LocalDate::compareTo).orElse(from);
        Beneficiaries people = beneficiaries(institutionId,
                List.of(CareType.SPECIALIZED, CareType.RESIDENTIAL), from, to);
        Map<String, BedDayAbsence> absences = new HashMap<>();
        bedDays.absencesOf(people.admissionIds(), from, to)
                .forEach(a -> absences.put(a.getAdmissionId() + "/" + a.getAbsentOn(), a));
        Set<YearMonth> closed = closedMonths(institutionId, from, to);
        LocalDate today = LocalDate.now(clock);
        KeyedBatch batch = new KeyedBatch(keys.hashes(institutionId, keysOf(entries, BedDayEntry::idempotencyKey)));
        Set<String> days = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            BedDayEntry entry = entries.get(i);
            String hash = EntryFields.hash(entry);
            if (!batch.key(i, entry.idempotencyKey(), hash)) {
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            LocalDate day = EntryFields.date("date", entry.date(), errors);
            String status = entry.status() == null ? null : entry.status().trim().toUpperCase(java.util.Locale.ROOT);
            if (!"PRESENT".equals(status) && !"ABSENT".equals(status)) {
                errors.add(new FieldError("status", "records.bedDay.status"));
            }
            boolean absent = "ABSENT".equals(status);
            AbsenceReason reason = absent ? EntryFields.choice("reason", entry.reason(), AbsenceReason.class, errors)
                    : null;
            String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().trim();
            CareAdmission admission = people.admissionOn(entry.idNumber(), day, errors);
            if (admission != null && day != null && errors.isEmpty()) {
                errors.addAll(AbsenceCheck.problems(admission, day, absent, reason, note, today,
                        closed.contains(YearMonth.from(day))));
                if (errors.isEmpty() && !days.add(admission.getId() + "/" + day)) {
                    errors.add(new FieldError("date", "records.bedDay.dayRepeated", List.of(day.toString())));
                }
            }
            if (!errors.isEmpty()) {
                batch.reject(i, entry.idempotencyKey(), errors);
                continue;
            }
            Optional<BedDayAbsence> existing = Optional.ofNullable(absences.get(admission.getId() + "/" + day));
            batch.accept(entry.idempotencyKey(), hash, () -> bedDayService.apply(actor, admission, day, absent,
                    reason, note, RecordSource.API, existing));
        }
        return batch.finish(partialAcceptance,
                (key, hash) -> keys.save(institutionId, key, hash, "BED_DAY", clock.instant()));
    }

    public BatchResult postVisits(Actor actor, List<VisitEntry> entries, boolean partialAcceptance) {
        long institutionId = requirePoster(actor, entries);
        List<LocalDate> dates = entries.stream().map(e -> quietDate(e.checkedInAt())).filter(d -> d != null)
                .toList();
        LocalDate from = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.now(clock));
        LocalDate to = dates.stream().max(LocalDate::compareTo).orElse(from);
        Beneficiaries people = beneficiaries(institutionId, List.of(CareType.HOME, CareType.VISITING), from, to);
        KeyedBatch batch = new KeyedBatch(keys.hashes(institutionId, keysOf(entries, VisitEntry::idempotencyKey)));
        visitBatch.run(actor, institutionId, entries, people, closedMonths(institutionId, from, to), batch, from, to);
        return batch.finish(partialAcceptance,
                (key, hash) -> keys.save(institutionId, key, hash, "HOME_VISIT", clock.instant()));
    }

    private long requirePoster(Actor actor, List<?> entries) {
        CareRecordAccess.requireWrite(actor, actor.organisationId());
        if (entries == null || entries.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("records", "records.batch.empty")));
        }
        if (entries.size() > MAX_RECORDS) {
            throw new ValidationException(List.of(new FieldError("records", "records.batch.tooMany",
                    List.of(String.valueOf(MAX_RECORDS)))));
        }
        return actor.organisationId();
    }

    private Beneficiaries beneficiaries(long institutionId, List<CareType> types, LocalDate from, LocalDate to) {
        List<CareAdmission> admissions = bedDays.admissions(institutionId, types, from, to);
        Set<Long> ids = new HashSet<>();
        admissions.forEach(a -> ids.add(a.getInsuredId()));
        Map<Long, InsuredPerson> persons = insured.byIds(ids);
        Map<String, List<CareAdmission>> byIdNumber = new HashMap<>();
        admissions.forEach(a -> byIdNumber.computeIfAbsent(persons.get(a.getInsuredId()).getIdNumber().value(),
                k -> new ArrayList<>()).add(a));
        return new Beneficiaries(byIdNumber);
    }

    private Set<YearMonth> closedMonths(long institutionId, LocalDate from, LocalDate to) {
        Set<YearMonth> closed = new HashSet<>();
        bedDays.closedMonths(institutionId, YearMonth.from(from), YearMonth.from(to))
                .forEach(m -> closed.add(YearMonth.parse(m)));
        return closed;
    }

    private static <T> Set<String> keysOf(List<T> entries, Function<T, String> key) {
        Set<String> all = new HashSet<>();
        entries.forEach(e -> {
            String k = key.apply(e);
            if (KeyedBatch.isWellFormed(k)) {
                all.add(k);
            }
        });
        return all;
    }

    /** The date of a date or date-time text, or null (the record's own check reports it). */
    private static LocalDate quietDate(String raw) {
        if (raw == null || raw.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
