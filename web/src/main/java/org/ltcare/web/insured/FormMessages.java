package org.ltcare.web.insured;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import org.ltcare.web.i18n.LanguageSwitch;
import org.ltcare.web.i18n.Messages;

/**
 * Texts of the forms bundle (pages use {@code #{fmsg[...]}}) for the beans of the insured registry and the
 * application wizard, and page messages made from them or from ready texts.
 */
@RequestScoped
public class FormMessages {

    @Inject
    private LanguageSwitch language;

    public String get(String key) {
        return Messages.find(Messages.FORMS_BUNDLE, language.getLocale(), key).orElse("??" + key + "??");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    /** An error from this bundle, next to the component {@code clientId} (null: at the top only). */
    public void error(String clientId, String key, Object... arguments) {
        errorText(clientId, format(key, arguments));
    }

    public void errorText(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }
}
