package org.ltcare.shared.pdf;

/** How a printed form shows a value it does not have: a dash, so the reader sees the field was not forgotten. */
public final class Blanks {

    public static final String DASH = "—";

    private Blanks() {
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The text, or "—" if it is null or blank. */
    public static String orDash(String text) {
        return present(text) ? text : DASH;
    }
}
