package org.ltcare.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a form post without a browser must send back from the page it got: what the browser's script would. */
final class FacesPage {

    /** PrimeFaces' CSP mode writes the page's nonce into its init script and expects it back with each post. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private FacesPage() {
    }

    /** The nonce the page was written with, to post as {@code primefaces.nonce}. */
    static String nonceOf(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            throw new IllegalStateException("the page has no CSP nonce");
        }
        return nonce.group(1);
    }
}
