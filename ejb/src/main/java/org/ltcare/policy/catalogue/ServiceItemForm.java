package org.ltcare.policy.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.FormText;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

/**
 * A service item as the bureau's administrator enters it. {@link #check} names every problem at once: a code of
 * 2–16 capitals, digits or '-', a name and a unit within their columns, minimum minutes 0–480, a reference price
 * of at most 2 decimals between 0 and 99,999.99 yuan, at least one care type.
 */
public record ServiceItemForm(String code, String name, ServiceCategory category, String unit,
                              Integer minimumMinutes, BigDecimal referencePrice, Set<CareType> careTypes) {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");
    static final int NAME_LENGTH = 64;
    static final int UNIT_LENGTH = 8;
    static final int MAX_MINUTES = 480;
    static final BigDecimal MAX_PRICE = new BigDecimal("99999.99");

    public ServiceItemForm {
        code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        name = FormText.trimmed(name);
        unit = FormText.trimmed(unit);
        careTypes = careTypes == null || careTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(careTypes));
    }

    public ServiceItemForm check() {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "catalogue.code.invalid"));
        }
        FormText.required("name", name, NAME_LENGTH, errors);
        if (category == null) {
            errors.add(new FieldError("category", "validation.required"));
        }
        FormText.required("unit", unit, UNIT_LENGTH, errors);
        if (minimumMinutes == null) {
            errors.add(new FieldError("minimumMinutes", "validation.required"));
        } else if (minimumMinutes < 0 || minimumMinutes > MAX_MINUTES) {
            errors.add(new FieldError("minimumMinutes", "catalogue.minutes.range", List.of(String.valueOf(MAX_MINUTES))));
        }
        if (referencePrice == null) {
            errors.add(new FieldError("referencePrice", "validation.required"));
        } else if (referencePrice.signum() < 0 || referencePrice.compareTo(MAX_PRICE) > 0
                || referencePrice.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("referencePrice", "catalogue.price.invalid"));
        }
        if (careTypes.isEmpty()) {
            errors.add(new FieldError("careTypes", "catalogue.careTypes.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}
