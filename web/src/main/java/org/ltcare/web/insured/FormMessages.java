package org.ltcare.web.insured;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ltcare.web.i18n.LanguageSwitch;

/**
 * Texts of the forms bundle (pages use {@code #{fmsg[...]}}) for the beans of the insured registry and the
 * application wizard, and page messages made from them or from ready texts.
 */
@RequestScoped
public class FormMessages {

    public static final String BUNDLE = "org.ltcare.web.i18n.forms";

    @Inject
    private LanguageSwitch language;

    public String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
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
