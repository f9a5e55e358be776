package org.ltcare.institution;

import java.util.ArrayList;
import java.util.List;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.PasswordPolicy;

/**
 * What an institution enters to register itself: who it is (name, kind, hospital level, credit code, region,
 * address, beds, care staff, contact) and its administrator's login. {@link #check()} names every bad field.
 */
public record SelfRegistration(String name, InstitutionKind kind, Integer hospitalLevel, boolean ltcWard,
        String regionCode, InstitutionProfile profile, String username, String displayName, String password,
        String passwordRepeat) {

    private static final String USERNAME = "[A-Za-z0-9_.-]{4,32}";

    public SelfRegistration {
        name = trimmed(name);
        regionCode = trimmed(regionCode);
        username = trimmed(username);
        displayName = trimmed(displayName);
    }

    public SelfRegistration check() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (name.length() > 128) {
            errors.add(new FieldError("name", "institution.tooLong", List.of("128")));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "validation.required"));
        }
        boolean hospitalLike = kind == InstitutionKind.HOSPITAL || kind == InstitutionKind.INTEGRATED;
        if (kind == InstitutionKind.HOSPITAL && hospitalLevel == null) {
            errors.add(new FieldError("hospitalLevel", "registration.level.required"));
        } else if (hospitalLevel != null && (!hospitalLike || hospitalLevel < 1 || hospitalLevel > 3)) {
            errors.add(new FieldError("hospitalLevel", "registration.level.notApplicable"));
        }
        if (ltcWard && !hospitalLike) {
            errors.add(new FieldError("ltcWard", "registration.ltcWard.notApplicable"));
        }
        if (regionCode == null) {
            errors.add(new FieldError("region", "validation.required"));
        }
        try {
            profile.check();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (profile.contactName() == null) {
            errors.add(new FieldError("contactName", "validation.required"));
        }
        if (profile.contactPhone() == null) {
            errors.add(new FieldError("contactPhone", "validation.required"));
        }
        if (username == null || !username.matches(USERNAME)) {
            errors.add(new FieldError("username", "registration.username.invalid"));
        }
        if (displayName == null) {
            errors.add(new FieldError("displayName", "validation.required"));
        } else if (displayName.length() > 64) {
            errors.add(new FieldError("displayName", "institution.tooLong", List.of("64")));
        }
        List<FieldError> weak = PasswordPolicy.check("password", username, password);
        if (!weak.isEmpty()) {
            errors.addAll(weak);
        } else if (!password.equals(passwordRepeat)) {
            errors.add(new FieldError("passwordRepeat", "registration.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    /** The password is never shown, logged or audited. */
    @Override
    public String toString() {
        return "SelfRegistration[" + name + ", " + username + "]";
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
