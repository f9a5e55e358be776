package org.ltcare.shared.crypto;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ID numbers and mobile phone numbers inside free text (the audit trail's before/after states) encrypted in place:
 * each becomes {@code ⟦v1:…⟧} on the way in ({@link #seal}) and its value again on the way out ({@link #open}).
 * The audit trail is append-only and hash-chained, so a sealed value keeps its key: rotation never drops old keys.
 */
public final class SensitiveText {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");
    private static final Pattern SEALED = Pattern.compile("⟦(v1:[^⟧]+)⟧");

    private SensitiveText() {
    }

    public static String seal(String text) {
        if (text == null) {
            return null;
        }
        return replace(MOBILE, replace(ID_NUMBER, text));
    }

    public static String open(String text) {
        if (text == null || text.indexOf('⟦') < 0) {
            return text;
        }
        Matcher sealed = SEALED.matcher(text);
        StringBuilder opened = new StringBuilder();
        while (sealed.find()) {
            sealed.appendReplacement(opened, Matcher.quoteReplacement(FieldCipher.decrypt(sealed.group(1))));
        }
        return sealed.appendTail(opened).toString();
    }

    private static String replace(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        StringBuilder sealed = new StringBuilder();
        while (found.find()) {
            found.appendReplacement(sealed, Matcher.quoteReplacement("⟦" + FieldCipher.encrypt(found.group()) + "⟧"));
        }
        return found.appendTail(sealed).toString();
    }
}
