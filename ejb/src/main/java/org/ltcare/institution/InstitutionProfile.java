package org.ltcare.institution;

import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * What an institution's profile holds beyond its contracted kind: credit code, beds, care staff, address, contact
 * and the bank account payouts go to. Texts are trimmed (blank is absent); {@link #check()} names every bad field.
 */
public record InstitutionProfile(String creditCode, int beds, int careStaff, String address, String contactName,
        String contactPhone, String bankName, String bankAccountName, String bankAccountNumber) {

    private static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";
    private static final String ACCOUNT = "\\d{8,34}";

    public InstitutionProfile {
        creditCode = blankToNull(creditCode) == null ? null : creditCode.trim().toUpperCase();
        address = blankToNull(address);
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
        bankName = blankToNull(bankName);
        bankAccountName = blankToNull(bankAccountName);
        bankAccountNumber = blankToNull(bankAccountNumber) == null ? null
                : bankAccountNumber.replace(" ", "").trim();
    }

    /** @throws ValidationException naming every bad field, nothing changed */
    public InstitutionProfile check() {
        List<FieldError> errors = new ArrayList<>();
        if (creditCode == null) {
            errors.add(error("creditCode", "institution.creditCode.required"));
        } else {
            CreditCode.check(creditCode).ifPresent(problem ->
                    errors.add(error("creditCode", "institution.creditCode." + problem.name())));
        }
        if (beds < 0) {
            errors.add(error("beds", "institution.notNegative"));
        }
        if (careStaff < 0) {
            errors.add(error("careStaff", "institution.notNegative"));
        }
        tooLong(errors, "address", address, 200);
        tooLong(errors, "contactName", contactName, 50);
        if (contactPhone != null && !contactPhone.matches(PHONE)) {
            errors.add(error("contactPhone", "validation.phone"));
        }
        tooLong(errors, "bankName", bankName, 100);
        tooLong(errors, "bankAccountName", bankAccountName, 100);
        if (bankAccountNumber != null && !bankAccountNumber.matches(ACCOUNT)) {
            errors.add(error("bankAccountNumber", "institution.bankAccount.invalid"));
        }
        if ((bankAccountNumber == null) != (bankName == null) || (bankAccountNumber == null) != (bankAccountName == null)) {
            errors.add(error("bankAccountNumber", "institution.bankAccount.incomplete"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "institution.tooLong", List.of(String.valueOf(max))));
        }
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, key, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
