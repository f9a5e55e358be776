package org.ltcare.care.batch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.RecordSource;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisit;
import org.ltcare.care.visit.HomeVisitRepository;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.VisitCheck;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.care.visit.VisitRules;
import org.ltcare.care.visit.VisitRulesSource;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.care.worker.CareWorkerRepository;
import org.ltcare.policy.RuleSetService;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.Actor;

/**
 * The home-visit part of a bulk post ({@link CareRecordBatchService#postVisits}): reads each {@link VisitEntry}
 * into a {@link VisitForm} and checks it with {@link VisitCheck} against what the request needs, read once: the
 * institution's workers, the visits it posted before under the same visit ids, each worker's visits on each day
 * (with the request's own), the rules of each day.
 */
@Stateless
public class VisitBatch {

    @Inject
    private CareWorkerRepository workers;

    @Inject
    private HomeVisitRepository visits;

    @Inject
    private HomeVisitService visitService;

    @Inject
    private VisitRulesSource rulesSource;

    @Inject
    private RuleSetService ruleSets;

    @Inject
    private Clock clock;

    public void run(Actor actor, long institutionId, List<VisitEntry> entries, Beneficiaries people,
                    Set<YearMonth> closed, KeyedBatch batch, LocalDate from, LocalDate to) {
        Map<String, CareWorker> staff = new HashMap<>();
        workers.ofInstitution(institutionId).forEach(w -> staff.put(w.getIdNumber().value(), w));
        // The visits posted before under these visit ids, except for records already stored (a retry reads none).
        Set<String> refs = new HashSet<>();
        entries.forEach(e -> {
            if (e.visitId() != null && !e.visitId().isBlank() && e.visitId().length() <= 64
                    && !batch.isAlreadyStored(e.idempotencyKey(), EntryFields.hash(e))) {
                refs.add(e.visitId().trim());
            }
        });
        Map<String, HomeVisit> earlier = visits.byExternalRefs(institutionId, refs);
        Map<String, Integer> perWorkerDay = visits.visitsPerWorkerDay(
                staff.values().stream().map(CareWorker::getId).toList(), from, to);
        String region = ruleSets.regionOf(actor);
        Map<LocalDate, VisitRules> rulesByDay = new HashMap<>();
        Set<String> refsInRequest = new HashSet<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < entries.size(); i++) {
            VisitEntry entry = entries.get(i);
            String hash = EntryFields.hash(entry);
            if (!batch.key(i, entry.idempotencyKey(), hash)) {
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            String ref = entry.visitId() == null || entry.visitId().isBlank() ? null : entry.visitId().trim();
            if (ref != null && !refsInRequest.add(ref)) {
                errors.add(new FieldError("visitId", "records.visit.idRepeated", List.of(ref)));
            }
            CareWorker worker = worker(entry.careWorkerIdNumber(), staff, errors);
            VisitForm form = form(entry, worker, ref, clock.getZone(), errors);
            LocalDate day = form.checkedInAt() == null ? null : form.checkedInAt().toLocalDate();
            CareAdmission admission = people.admissionOn(entry.idNumber(), day, errors);
            HomeVisit open = ref == null ? null : earlier.get(ref);
            if (open != null && (!open.isOpen() || form.checkedOutAt() == null
                    || !open.getCheckedInAt().equals(form.checkedInAt()) || admission == null
                    || open.getAdmissionId() != admission.getId())) {
                errors.add(new FieldError("visitId", "records.visit.alreadyRecorded", List.of(ref)));
            }
            VisitRules rules = day == null ? null : rulesOn(region, day, rulesByDay, errors);
            if (admission == null || day == null || rules == null || !errors.isEmpty()) {
                batch.reject(i, entry.idempotencyKey(), errors);
                continue;
            }
            String workerDay = worker.getId() + "/" + day;
            int already = perWorkerDay.getOrDefault(workerDay, 0) - (open == null ? 0 : 1);
            errors.addAll(VisitCheck.problems(form, new VisitCheck.Context(admission, worker, rules.catalogue(), now,
                    closed.contains(YearMonth.from(day)), already, rules.maxVisitsPerWorkerPerDay())));
            if (!errors.isEmpty()) {
                batch.reject(i, entry.idempotencyKey(), errors);
                continue;
            }
            if (open == null) {
                perWorkerDay.merge(workerDay, 1, Integer::sum);
                batch.accept(entry.idempotencyKey(), hash,
                        () -> visitService.store(actor, admission, form, rules, RecordSource.API));
            } else {
                batch.accept(entry.idempotencyKey(), hash, () -> visitService.complete(actor, open, form, rules));
            }
        }
    }

    private static CareWorker worker(String rawIdNumber, Map<String, CareWorker> staff, List<FieldError> errors) {
        String idNumber = rawIdNumber == null ? "" : rawIdNumber.trim().toUpperCase(java.util.Locale.ROOT);
        CareWorker worker = staff.get(idNumber);
        if (worker == null) {
            errors.add(new FieldError("careWorkerIdNumber", "records.visit.unknownWorker"));
        }
        return worker;
    }

    private static VisitForm form(VisitEntry entry, CareWorker worker, String ref, java.time.ZoneId zone,
                                  List<FieldError> errors) {
        LocalDateTime in = EntryFields.dateTime("checkedInAt", entry.checkedInAt(), zone, errors);
        if (in == null && (entry.checkedInAt() == null || entry.checkedInAt().isBlank())) {
            errors.add(new FieldError("checkedInAt", "validation.required"));
        }
        LocalDateTime out = EntryFields.dateTime("checkedOutAt", entry.checkedOutAt(), zone, errors);
        Map<String, Integer> items = new HashMap<>();
        if (entry.items() != null) {
            for (VisitEntry.ItemEntry item : entry.items()) {
                String code = item == null || item.code() == null ? "" : item.code().trim();
                if (items.containsKey(code)) {
                    errors.add(new FieldError("items", "records.visit.itemRepeated", List.of(code)));
                }
                // A missing quantity is 0, which VisitCheck refuses with its reason (the form holds no nulls).
                items.put(code, item == null || item.quantity() == null ? 0 : item.quantity());
            }
        }
        VisitEntry.ConfirmationEntry confirmed = entry.confirmation();
        Confirmation method = confirmed == null || confirmed.method() == null ? Confirmation.NONE
                : EntryFields.choice("confirmation.method", confirmed.method(), Confirmation.class, errors);
        byte[] signature = null;
        if (confirmed != null && confirmed.signaturePng() != null && !confirmed.signaturePng().isBlank()) {
            try {
                signature = Base64.getMimeDecoder().decode(confirmed.signaturePng());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("signature", "records.visit.signatureNotPng"));
            }
        }
        return new VisitForm(worker == null ? 0 : worker.getId(), in, out, point(entry.checkIn()),
                point(entry.checkOut()), entry.deviceId(), items, method,
                confirmed == null ? null : confirmed.confirmedBy(), confirmed == null ? null : confirmed.code(),
                signature, ref);
    }

    private static VisitForm.Coordinates point(VisitEntry.GeoPoint point) {
        return point == null ? null : new VisitForm.Coordinates(point.latitude(), point.longitude());
    }

    private VisitRules rulesOn(String region, LocalDate day, Map<LocalDate, VisitRules> cache,
                               List<FieldError> errors) {
        if (!cache.containsKey(day)) {
            cache.put(day, rulesSource.find(region, day).orElse(null));
        }
        VisitRules rules = cache.get(day);
        if (rules == null) {
            errors.add(new FieldError("checkedInAt", "ruleSet.noneInForce", List.of(region, day.toString())));
        }
        return rules;
    }
}
