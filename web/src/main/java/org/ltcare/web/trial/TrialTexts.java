package org.ltcare.web.trial;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import org.ltcare.shared.i18n.EnumLabels;
import org.ltcare.web.i18n.LanguageSwitch;
import org.ltcare.web.i18n.Messages;

/**
 * Texts of the trial bundle (pages use {@code #{tmsg[...]}}) for the trial beans. The trial screens keep their
 * texts apart from the shared bundles so that they can change without touching those.
 */
@RequestScoped
public class TrialTexts {

    public static final String BUNDLE = "org.ltcare.web.i18n.trial";

    @Inject
    private LanguageSwitch language;

    public String get(String key) {
        return find(key).orElse("??" + key + "??");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    /** Empty when the bundle has no such key: some texts are optional (an item's per-score wording). */
    public Optional<String> find(String key) {
        return Messages.find(BUNDLE, locale(), key);
    }

    /** An enum value's one name (a care type, dimension, level or grade), as every page shows it. */
    public String label(Enum<?> value) {
        return EnumLabels.of(value, locale());
    }

    public Locale locale() {
        return language.getLocale();
    }
}
