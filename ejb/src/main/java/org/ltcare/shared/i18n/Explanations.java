package org.ltcare.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sentences in which decisions explain themselves (how an amount, a grade or a date came to be), from the
 * bundle {@link #BUNDLE}, for pages, printed documents and APIs alike. Arguments are passed as finished texts
 * (amounts already with their two decimals), so that no locale regroups or rounds a number.
 */
public final class Explanations {

    public static final String BUNDLE = "org.ltcare.shared.i18n.explanations";

    private Explanations() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(text(BUNDLE, locale, key), locale).format(arguments);
    }

    /** A text the bundle may not have (a name of a standard item, absent for a city's own). */
    public static Optional<String> find(Locale locale, String key) {
        return find(BUNDLE, locale, key);
    }

    /** A text of another bundle (a capability's own names), {@code ??key??} when it has none. */
    public static String text(String bundle, Locale locale, String key) {
        return find(bundle, locale, key).orElse("??" + key + "??");
    }

    /** A text of any bundle, if it has one under {@code key}: the one lookup of the bundles' texts. */
    public static Optional<String> find(String bundle, Locale locale, String key) {
        // asked, not caught: a missing key's exception (with its stack) cost more than the lookup
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale);
        return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
    }
}
