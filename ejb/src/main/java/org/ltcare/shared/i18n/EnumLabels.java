package org.ltcare.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The name of an enum value (专护, 已批准支付, 重度失能Ⅲ级…) in a language, from the bundle {@link #BUNDLE} under
 * {@code <enum's simple name>.<constant>}. One name per value, read here by pages, printed documents, Excel
 * exports and charts alike, so that they cannot drift apart.
 */
public final class EnumLabels {

    public static final String BUNDLE = "org.ltcare.shared.i18n.labels";

    private EnumLabels() {
    }

    /** The value's name; {@code ??key??} when the bundle has none, as a page shows a missing text. */
    public static String of(Enum<?> value, Locale locale) {
        String key = key(value);
        return find(key, locale).orElse("??" + key + "??");
    }

    /** The name under {@code key} ({@code CareType.SPECIALIZED}), for a value known only as text. */
    public static Optional<String> find(String key, Locale locale) {
        return Explanations.find(BUNDLE, locale, key);
    }

    /** {@code CareType.SPECIALIZED}. A constant with a body is a subclass: its enum is the declaring class. */
    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
