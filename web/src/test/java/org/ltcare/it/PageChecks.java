package org.ltcare.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every page must be (PageCrawlIT): read from its HTML, so that the checks are the same in any test. */
final class PageChecks {

    /** A key the bundles lack, as our Messages ({@code ??key??}) and JSF's bundle maps ({@code ???key???}) show it. */
    private static final Pattern RAW_KEY = Pattern.compile("\\?\\?\\??[A-Za-z][\\w.\\-]*\\?\\?\\??");
    /** An element marked as Chinese on purpose (the language switch's 中文), with what it holds. */
    private static final Pattern CHINESE_ELEMENT =
            Pattern.compile("<(\\w+)\\b[^>]*\\slang=\"zh[^\"]*\"[^>]*>.*?</\\1>", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A masked name (张*三, 王**): data, though its runs are not whole names. */
    private static final Pattern MASKED_NAME = Pattern.compile("\\p{IsHan}*\\*+\\p{IsHan}*");
    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private PageChecks() {
    }

    /** The objects' ids by key, from MatrixObjects' lines. */
    static Map<String, String> ids(List<String> lines) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            ids.put(fields[0], fields[1]);
        }
        return ids;
    }

    /**
     * Whether the caller sees the page by the table's answer: 200, or a redirect to the same page (a wizard's step
     * gets its window id so).
     */
    static boolean opens(String page, String answer) {
        return answer != null && (answer.startsWith("200") || answer.equals("302>" + page));
    }

    /** A GET that follows one redirect within the application (a page giving itself its window id). */
    static HttpResponse<String> following(PageSession session, String page) throws IOException, InterruptedException {
        HttpResponse<String> answer = session.get(page);
        if (answer.statusCode() != 302) {
            return answer;
        }
        String next = session.pageOf(answer.headers().firstValue("Location").orElse(""));
        if (!next.replaceAll("\\?.*", "").endsWith(".xhtml") || next.startsWith("/login")) {
            return answer;
        }
        return session.get(next);
    }

    static String withLanguage(String page, String language) {
        return page + (page.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /**
     * What is wrong with the answer: a server error, a raw key, and — when {@code data} is given (an English page) —
     * every run of Chinese characters that is not a run of the database's data.
     */
    static List<String> problems(String where, HttpResponse<String> answer, Set<String> data) {
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() >= 500) {
            problems.add(where + ": " + answer.statusCode());
            return problems;
        }
        String html = answer.body();
        Matcher raw = RAW_KEY.matcher(html);
        Set<String> keys = new TreeSet<>();
        while (raw.find()) {
            keys.add(raw.group());
        }
        if (!keys.isEmpty()) {
            problems.add(where + ": raw keys " + keys);
        }
        if (data != null) {
            Set<String> chinese = untranslated(html, data);
            if (!chinese.isEmpty()) {
                problems.add(where + ": Chinese text that is not data " + chinese);
            }
        }
        return problems;
    }

    /** The runs of Chinese characters of an English page that are neither data nor marked as Chinese. */
    static Set<String> untranslated(String html, Set<String> data) {
        String text = CHINESE_ELEMENT.matcher(COMMENT.matcher(decode(html)).replaceAll("")).replaceAll("");
        text = MASKED_NAME.matcher(text).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher run = DataTexts.HAN_RUN.matcher(text);
        while (run.find()) {
            if (!data.contains(run.group())) {
                found.add(run.group());
            }
        }
        return found;
    }

    private static String decode(String html) {
        Matcher entity = ENTITY.matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        entity.appendTail(text);
        return text.toString();
    }

    /**
     * The application's pages the HTML links to, as paths below the context with their query (the window id left
     * out); the language switch, logout and resources are not pages to crawl.
     */
    static Set<String> links(String html, String contextPath) {
        String context = contextPath.replaceAll("/$", "");
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (!link.startsWith(context + "/") || link.startsWith("//")) {
                continue;
            }
            URI uri = URI.create(link.replace(" ", "%20"));
            String path = uri.getPath().substring(context.length());
            if (!path.endsWith(".xhtml") || path.contains("logout") || path.startsWith("/login")
                    || path.startsWith("/jakarta.faces.resource/")) {
                continue;
            }
            String query = uri.getRawQuery() == null ? "" : String.join("&", java.util.Arrays.stream(
                    uri.getRawQuery().split("&")).filter(p -> !p.startsWith("jfwid=") && !p.startsWith("lang=")
                    && !p.startsWith("jftfdi=") && !p.startsWith("jffi="))
                    .toList());
            links.add(query.isEmpty() ? path : path + "?" + query);
        }
        return links;
    }

    /**
     * The menu's entries the caller may not open by the table (only what the role uses is offered): one problem per
     * entry whose page answers the caller anything but 200.
     */
    static List<String> menuBeyondAccess(String caller, String html, String contextPath, AccessTable table) {
        List<String> problems = new ArrayList<>();
        int start = html.indexOf("id=\"menu\"");
        if (start < 0) {
            problems.add(caller + ": the page has no menu");
            return problems;
        }
        String menu = html.substring(start, html.indexOf("</nav>", start));
        Map<String, String> answers = new LinkedHashMap<>();
        for (AccessTable.Row row : table.rows()) {
            if (AccessTable.NONE.equals(row.request())) {
                answers.put(row.operation(), row.expected().get(caller));
            }
        }
        for (String link : links(menu, contextPath)) {
            String page = link.replaceAll("\\?.*", "");
            String answer = answers.get(page);
            // A page may send a role on to its own page (我的待办 of an administrator) or to itself with a window id.
            if (answer == null || !(answer.startsWith("200") || answer.startsWith("302>"))) {
                problems.add(caller + ": the menu offers " + page + ", which answers them " + answer);
            }
        }
        return problems;
    }

    /** The page and the names of its parameters: links of one kind show the same page for other objects. */
    static String kindOf(String link) {
        int question = link.indexOf('?');
        if (question < 0) {
            return link;
        }
        return link.substring(0, question) + "?" + String.join("&", java.util.Arrays.stream(
                link.substring(question + 1).split("&")).map(p -> p.replaceAll("=.*", "")).sorted().toList());
    }

    /** "ROLE @ORG" of a demo login as demo-logins.txt gives it; the caller itself for anonymous. */
    static String roleOf(String caller) throws IOException {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("demo/demo-logins.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 5 && words[0].equals(caller) && "/".equals(words[1])) {
                    return words[words.length - 2] + " " + words[words.length - 1];
                }
            }
        }
        return caller;
    }

    /** The demo logins that require a second factor, as demo-logins.txt lists them. */
    static Set<String> secondFactorLogins() throws IOException {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("demo/demo-logins.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int open = line.indexOf("two-factor (");
                if (open >= 0) {
                    String list = line.substring(open + "two-factor (".length(), line.indexOf(')', open));
                    return Set.of(list.split(",\\s*"));
                }
            }
        }
        throw new IllegalStateException("demo-logins.txt names no two-factor logins");
    }
}
