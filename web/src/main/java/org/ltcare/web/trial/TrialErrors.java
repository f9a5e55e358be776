package org.ltcare.web.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;

/**
 * Shows a refused trial calculation. Like {@link FacesErrors}, each bad field gets a message next to the
 * component {@code formId:field} (dots become underscores: "adl.eating" → "gradeForm:adl_eating"), but the
 * field's label comes from the page (the scale's item names are data, not bundle keys) and the message is
 * formatted with its arguments, which the calculators use ("score 7 is not allowed; allowed: 10、5、0").
 */
@RequestScoped
public class TrialErrors {

    @Inject
    private FacesErrors errors;

    @Inject
    private TrialTexts texts;

    public void show(BusinessException e, String formId, UnaryOperator<String> labelOfField) {
        if (!(e instanceof ValidationException invalid)) {
            errors.show(e, null);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, error(Messages.format(texts.locale(), e.messageKey(), e.arguments())));
        for (ValidationException.FieldError field : invalid.errors()) {
            String text = labelOfField.apply(field.field()) + "："
                    + Messages.format(texts.locale(), field.messageKey(), field.arguments());
            faces.addMessage(formId + ":" + field.field().replace('.', '_'), error(text));
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
