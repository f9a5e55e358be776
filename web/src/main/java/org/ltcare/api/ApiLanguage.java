package org.ltcare.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of the API's texts: English when the client accepts it (Accept-Language), else Simplified Chinese. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> "en".equals(l.getLanguage())).findFirst()
                .map(l -> Locale.ENGLISH).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
