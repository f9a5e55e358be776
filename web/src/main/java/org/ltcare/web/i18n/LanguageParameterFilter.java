package org.ltcare.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A link may choose the language: {@code ?lang=en} or {@code ?lang=zh} on any page's address (the public notice sent
 * to an English speaker, a page crawl in both languages). It is kept for the session, as the header's switch does.
 * The parameter is read from the query string only, so that a form's body is never parsed here.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageParameterFilter extends HttpFilter {

    @Inject
    private LanguageSwitch language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = chosenLanguage(request.getQueryString());
        if (chosen != null) {
            language.setLanguage(chosen);
        }
        chain.doFilter(request, response);
    }

    static String chosenLanguage(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("lang=en") || pair.equals("lang=zh")) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }
}
