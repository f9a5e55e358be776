package org.ltcare.care.visit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.policy.catalogue.ServiceItem;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.files.FileType;

/**
 * What must hold for a home visit, the same on the screen and in a posted record (rules.md §3 home care): a 家护
 * or 巡护 admission covering the day of the check-in; check-in not in the future and its month not closed; a
 * check-out, if given, not before the check-in, not in the future and within 12 hours; coordinates both or
 * neither and within range; an active care worker of the institution who has not reached the rule set's visits a
 * day; at least one service item, each in the catalogue in force and allowed for the care type, quantity 1–99;
 * a confirmation with who confirmed and its proof (a PNG signature of at most 512 KB, or a code of 4–8 digits).
 */
public final class VisitCheck {

    public static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    static final Duration MAX_VISIT = Duration.ofHours(12);
    private static final Pattern CODE = Pattern.compile("[0-9]{4,8}");

    /** What the check needs besides the form: found by the caller for one visit or for a whole request. */
    public record Context(CareAdmission admission, CareWorker worker, Map<String, ServiceItem> catalogue,
                          LocalDateTime now, boolean monthClosed, int workerVisitsThatDay,
                          int maxVisitsPerWorkerPerDay) {
    }

    private VisitCheck() {
    }

    public static List<FieldError> problems(VisitForm form, Context context) {
        List<FieldError> errors = new ArrayList<>();
        times(form, context, errors);
        coordinates("checkIn", form.checkIn(), errors);
        coordinates("checkOut", form.checkOut(), errors);
        if (form.deviceId() != null && form.deviceId().length() > 64) {
            errors.add(new FieldError("deviceId", "validation.tooLong", List.of("64")));
        }
        worker(context, errors);
        items(form, context, errors);
        confirmation(form, errors);
        if (form.externalRef() != null && form.externalRef().length() > 64) {
            errors.add(new FieldError("externalRef", "validation.tooLong", List.of("64")));
        }
        return errors;
    }

    private static void times(VisitForm form, Context context, List<FieldError> errors) {
        CareAdmission admission = context.admission();
        if (!admission.getCareType().isVisitBased()) {
            errors.add(new FieldError("checkedInAt", "records.visit.notHomeCare"));
        }
        LocalDateTime in = form.checkedInAt();
        if (in == null) {
            errors.add(new FieldError("checkedInAt", "validation.required"));
            return;
        }
        if (in.isAfter(context.now())) {
            errors.add(new FieldError("checkedInAt", "records.future"));
        } else if (!admission.coversDay(in.toLocalDate())) {
            errors.add(new FieldError("checkedInAt", "records.outsideCare", List.of(in.toLocalDate().toString())));
        }
        if (context.monthClosed()) {
            errors.add(new FieldError("checkedInAt", "records.monthClosed", List.of(in.toLocalDate().toString()
                    .substring(0, 7))));
        }
        LocalDateTime out = form.checkedOutAt();
        if (out == null) {
            return;
        }
        if (out.isBefore(in)) {
            errors.add(new FieldError("checkedOutAt", "records.visit.checkOutBeforeCheckIn"));
        } else if (out.isAfter(context.now())) {
            errors.add(new FieldError("checkedOutAt", "records.future"));
        } else if (Duration.between(in, out).compareTo(MAX_VISIT) > 0) {
            errors.add(new FieldError("checkedOutAt", "records.visit.tooLong", List.of("12")));
        }
    }

    private static void coordinates(String field, VisitForm.Coordinates at, List<FieldError> errors) {
        if (at == null || (at.latitude() == null && at.longitude() == null)) {
            return;
        }
        if (at.latitude() == null || at.longitude() == null
                || at.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || at.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            errors.add(new FieldError(field, "records.visit.coordinates"));
        }
    }

    private static void worker(Context context, List<FieldError> errors) {
        CareWorker worker = context.worker();
        if (worker == null || worker.getInstitutionId() != context.admission().getInstitutionId()) {
            errors.add(new FieldError("careWorker", "records.visit.unknownWorker"));
        } else if (!worker.isActive()) {
            errors.add(new FieldError("careWorker", "records.visit.workerInactive", List.of(worker.getName())));
        } else if (context.workerVisitsThatDay() >= context.maxVisitsPerWorkerPerDay()) {
            errors.add(new FieldError("careWorker", "records.visit.workerDayFull",
                    List.of(worker.getName(), String.valueOf(context.maxVisitsPerWorkerPerDay()))));
        }
    }

    private static void items(VisitForm form, Context context, List<FieldError> errors) {
        if (form.items().isEmpty()) {
            errors.add(new FieldError("items", "records.visit.itemsRequired"));
        }
        form.items().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ServiceItem item = context.catalogue().get(entry.getKey());
            if (item == null) {
                errors.add(new FieldError("items", "records.visit.unknownItem", List.of(entry.getKey())));
            } else if (!item.allows(context.admission().getCareType())) {
                errors.add(new FieldError("items", "records.visit.itemNotForCareType", List.of(entry.getKey())));
            }
            Integer quantity = entry.getValue();
            if (quantity == null || quantity < 1 || quantity > 99) {
                errors.add(new FieldError("items", "records.visit.quantity", List.of(entry.getKey())));
            }
        });
    }

    private static void confirmation(VisitForm form, List<FieldError> errors) {
        if (form.confirmation() == Confirmation.NONE) {
            return;
        }
        if (form.confirmedBy() == null) {
            errors.add(new FieldError("confirmedBy", "validation.required"));
        } else if (form.confirmedBy().length() > 32) {
            errors.add(new FieldError("confirmedBy", "validation.tooLong", List.of("32")));
        }
        if (form.confirmation() == Confirmation.SIGNATURE) {
            byte[] png = form.signaturePng();
            if (FileType.of(png).filter(type -> type == FileType.PNG).isEmpty()) {
                errors.add(new FieldError("signature", "records.visit.signatureNotPng"));
            } else if (png.length > MAX_SIGNATURE_BYTES) {
                errors.add(new FieldError("signature", "records.visit.signatureTooLarge", List.of("512 KB")));
            }
        } else if (form.confirmationCode() == null || !CODE.matcher(form.confirmationCode()).matches()) {
            errors.add(new FieldError("confirmationCode", "records.visit.codeInvalid"));
        }
    }
}
