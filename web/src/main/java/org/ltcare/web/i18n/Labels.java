package org.ltcare.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ltcare.assessment.scale.DisabilityGrade;

/**
 * The one way a page names an enum value in the user's language: {@code #{labels.of(claim.status)}}, the same
 * name beans, charts and exports take from {@link Messages#label}.
 */
@Named("labels")
@RequestScoped
public class Labels {

    @Inject
    private Messages messages;

    /** Empty for no value (an optional reason, say). */
    public String of(Enum<?> value) {
        return value == null ? "" : messages.label(value);
    }

    /** A disability grade held as its number (0–5), as notices and conclusions hold it. */
    public String grade(int number) {
        return of(DisabilityGrade.of(number));
    }
}
