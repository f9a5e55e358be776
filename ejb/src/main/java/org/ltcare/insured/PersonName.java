package org.ltcare.insured;

/**
 * A person's name as public pages (公示) show it: enough for the family and the neighbours to recognise the case
 * and to object, too little to identify a stranger. Chinese names keep the surname and, from three characters on,
 * the last character (王*, 张*英, 欧**翀); Latin names keep their first letter and hide the other letters (J***).
 */
public final class PersonName {

    private static final int HIDDEN = '*';

    private PersonName() {
    }

    /** The masked name; "" for a null or blank name. Counts characters, not UTF-16 units (𠮷 is one). */
    public static String masked(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        return Character.UnicodeScript.of(trimmed.codePointAt(0)) == Character.UnicodeScript.LATIN
                ? latin(trimmed) : chinese(trimmed);
    }

    /** Spaces, hyphens and dots stay, so the parts of the name can still be told apart. */
    private static String latin(String name) {
        int first = name.codePointAt(0);
        StringBuilder masked = new StringBuilder().appendCodePoint(first);
        name.codePoints().skip(1).forEach(c -> masked.appendCodePoint(Character.isLetter(c) ? HIDDEN : c));
        return masked.toString();
    }

    /**
     * A space inside a Chinese name is a typing slip; left in, it would count as a hidden character and let
     * "张 三" show as 张*三, the whole name.
     */
    private static String chinese(String name) {
        int[] chars = name.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        StringBuilder masked = new StringBuilder();
        if (chars.length == 1) {
            return masked.appendCodePoint(HIDDEN).toString();
        }
        masked.appendCodePoint(chars[0]);
        masked.append("*".repeat(chars.length == 2 ? 1 : chars.length - 2));
        if (chars.length > 2) {
            masked.appendCodePoint(chars[chars.length - 1]);
        }
        return masked.toString();
    }
}
