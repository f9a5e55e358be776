package org.ltcare.care.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.insured.IdNumber;
import org.ltcare.shared.ValidationException.FieldError;

/** An institution's beneficiaries of the request's care types and period, by ID number. */
public record Beneficiaries(Map<String, List<CareAdmission>> byIdNumber) {

    public List<Long> admissionIds() {
        return byIdNumber.values().stream().flatMap(List::stream).map(CareAdmission::getId).toList();
    }

    /**
     * The admission covering the day, else another of the person's here (whose check then says the day is
     * outside care), else null with the error: the ID number is malformed or not a beneficiary here (another
     * institution's beneficiary is refused the same way, saying nothing about them).
     */
    public CareAdmission admissionOn(String rawIdNumber, LocalDate day, List<FieldError> errors) {
        String idNumber = rawIdNumber == null ? "" : rawIdNumber.trim().toUpperCase(java.util.Locale.ROOT);
        Optional<org.ltcare.insured.IdNumberProblem> problem = IdNumber.check(idNumber);
        if (problem.isPresent()) {
            errors.add(new FieldError("idNumber", "idNumber." + problem.get().name()));
            return null;
        }
        List<CareAdmission> found = byIdNumber.getOrDefault(idNumber, List.of());
        if (found.isEmpty()) {
            errors.add(new FieldError("idNumber", "records.notInCareHere"));
            return null;
        }
        return found.stream().filter(a -> day != null && a.coversDay(day)).findFirst().orElse(found.get(0));
    }
}

