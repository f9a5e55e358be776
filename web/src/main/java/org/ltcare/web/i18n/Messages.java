package org.ltcare.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ltcare.shared.BusinessException;

/** UI text from the resource bundles in the user's language, for beans (pages use #{msg[...]}). */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.ltcare.web.i18n.messages";

    @Inject
    private LanguageSwitch language;

    public String get(String key) {
        return text(language.getLocale(), key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    public String of(BusinessException e) {
        List<Object> arguments = e.arguments();
        return format(e.messageKey(), arguments.toArray());
    }

    public static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Locale.SIMPLIFIED_CHINESE : faces.getViewRoot().getLocale();
    }
}
