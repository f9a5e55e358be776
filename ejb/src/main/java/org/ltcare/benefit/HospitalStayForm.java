package org.ltcare.benefit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * A hospital stay as reported, by a bureau user or the medical-insurance feed. {@link #check} names every problem
 * at once: no hospital name or a longer one than the column, no source or a longer one, no admission day or one
 * after today, a discharge before the admission or after today, and an overlap with another stay of the person
 * ({@link InpatientDays#overlaps}).
 */
public record HospitalStayForm(String hospitalName, LocalDate admittedOn, LocalDate dischargedOn, String source) {

    public static final int NAME_LENGTH = 128;
    public static final int SOURCE_LENGTH = 32;

    public HospitalStayForm {
        hospitalName = trimmed(hospitalName);
        source = trimmed(source);
    }

    /** The same stay, discharged on {@code day}. */
    public HospitalStayForm discharged(LocalDate day) {
        return new HospitalStayForm(hospitalName, admittedOn, day, source);
    }

    /**
     * @param today      the bureau's today: a stay may be reported up to today, not ahead
     * @param otherStays the person's other stays (for a discharge, without the stay being discharged)
     */
    public HospitalStayForm check(LocalDate today, List<HospitalStay> otherStays) {
        List<FieldError> errors = new ArrayList<>();
        text("hospitalName", hospitalName, NAME_LENGTH, errors);
        boolean datesOk = dates(today, errors);
        text("source", source, SOURCE_LENGTH, errors);
        if (datesOk) {
            InpatientDays days = new InpatientDays(admittedOn, dischargedOn);
            Optional<HospitalStay> overlapped = otherStays.stream()
                    .filter(other -> other.inpatientDays().overlaps(days)).findFirst();
            overlapped.ifPresent(other -> errors.add(new FieldError("admittedOn", "care.hospitalStay.overlaps",
                    List.of(other.getHospitalName(), other.getAdmittedOn().toString()))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    private boolean dates(LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        if (admittedOn == null) {
            errors.add(new FieldError("admittedOn", "validation.required"));
        } else if (admittedOn.isAfter(today)) {
            errors.add(new FieldError("admittedOn", "care.hospitalStay.admittedOn.future"));
        }
        if (dischargedOn != null && admittedOn != null && dischargedOn.isBefore(admittedOn)) {
            errors.add(new FieldError("dischargedOn", "care.hospitalStay.dischargedOn.beforeAdmission",
                    List.of(admittedOn.toString())));
        } else if (dischargedOn != null && dischargedOn.isAfter(today)) {
            errors.add(new FieldError("dischargedOn", "care.hospitalStay.dischargedOn.future"));
        }
        return errors.size() == before;
    }

    private static void text(String field, String value, int length, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.length() > length) {
            errors.add(new FieldError(field, "care.hospitalStay." + field + ".tooLong",
                    List.of(String.valueOf(length))));
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
