package org.ltcare.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
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
        show(e, formId, field -> messages.get("field." + field));
    }

    /**
     * The same, with the fields' labels from the page (e.g. the scale's item names, which are data, not bundle
     * keys); a label the function cannot give ("??…??") is left out.
     */
    public void show(BusinessException e, String formId, UnaryOperator<String> labelOfField) {
        show(e, field -> formId == null ? null : formId + ":" + field.replace('.', '_'), labelOfField);
    }

    /**
     * The same, for fields that are not {@code formId:field} on the page (a table's rows, say): where each field's
     * message goes and how it is named, so that the message says which row and which field it is about.
     */
    public void show(BusinessException e, UnaryOperator<String> clientIdOfField, UnaryOperator<String> labelOfField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, error(messages.of(e)));
        if (e instanceof ValidationException invalid) {
            for (ValidationException.FieldError field : invalid.errors()) {
                faces.addMessage(clientIdOfField.apply(field.field()),
                        error(fieldText(field, labelOfField.apply(field.field()))));
            }
        }
    }

    /** "字段：问题" when the field has a label in the bundle, otherwise the problem alone. */
    public String fieldText(ValidationException.FieldError field) {
        return fieldText(field, messages.get("field." + field.field()));
    }

    private String fieldText(ValidationException.FieldError field, String label) {
        String problem = messages.format(field.messageKey(), field.arguments().toArray());
        return label == null || label.startsWith("??") ? problem : messages.labelled(label, problem);
    }

    /**
     * A page the actor may not open answers as the error page does: 404 for an object they may not know of, 403 for
     * an action their role may not take; any other refusal is shown as a message.
     */
    public void refuse(BusinessException e) {
        Integer status = RefusalExceptionHandler.statusOf(e);
        if (status == null) {
            show(e, null);
        } else {
            RefusalExceptionHandler.send(FacesContext.getCurrentInstance(), status);
        }
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, arguments), null));
    }

    /** An error that is not a refused input (a retried job failing again). */
    public void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, error(messages.format(key, arguments)));
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
