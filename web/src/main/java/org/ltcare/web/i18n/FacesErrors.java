package org.ltcare.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;

/** Turns a refused request into messages on the page: one per bad field, or one for the rule broken. */
@RequestScoped
public class FacesErrors {

    @Inject
    private Messages messages;

    /**
     * Shows the failure. Field errors are attached to the component whose id is {@code formId:field}
     * when it exists, so the message stands next to the field, and also listed at the top.
     */
    public void show(BusinessException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        if (e instanceof ValidationException invalid) {
            faces.addMessage(null, error(messages.of(e)));
            for (ValidationException.FieldError field : invalid.errors()) {
                String clientId = formId == null ? null : formId + ":" + field.field().replace('.', '_');
                faces.addMessage(clientId, error(fieldText(field)));
            }
            return;
        }
        faces.addMessage(null, error(messages.of(e)));
    }

    /** "字段：问题" when the field has a label in the bundle, otherwise the problem alone. */
    public String fieldText(ValidationException.FieldError field) {
        String label = messages.get("field." + field.field());
        String problem = messages.format(field.messageKey(), field.arguments().toArray());
        return label.startsWith("??") ? problem : label + "：" + problem;
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, arguments), null));
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
