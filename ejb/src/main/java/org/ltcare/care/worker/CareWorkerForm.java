package org.ltcare.care.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ltcare.insured.IdNumber;
import org.ltcare.shared.FormText;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * A care worker (护理员) as the institution enters them. {@link #check} names every problem at once: a name of at
 * most 32 characters, a valid resident ID number, a qualification of at most 64 characters, an optional phone
 * number of 7–20 digits (with '-' or '+').
 */
public record CareWorkerForm(String name, String idNumber, String qualification, String phone) {

    static final int NAME_LENGTH = 32;
    static final int QUALIFICATION_LENGTH = 64;
    private static final Pattern PHONE = Pattern.compile("(?=.{7,20}$)\\+?[0-9][0-9-]{6,19}");

    public CareWorkerForm {
        name = FormText.trimmed(name);
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase(java.util.Locale.ROOT);
        qualification = FormText.trimmed(qualification);
        phone = FormText.trimmed(phone);
    }

    public CareWorkerForm check() {
        List<FieldError> errors = new ArrayList<>();
        FormText.required("name", name, NAME_LENGTH, errors);
        if (idNumber == null) {
            errors.add(new FieldError("idNumber", "validation.required"));
        } else {
            IdNumber.check(idNumber).ifPresent(problem ->
                    errors.add(new FieldError("idNumber", "idNumber." + problem.name())));
        }
        FormText.required("qualification", qualification, QUALIFICATION_LENGTH, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "worker.phone.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
