package org.ltcare.launcher.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields a browser would send with a form of a page: inputs, checked choices, text areas, chosen options. */
final class FormFields {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern SELECT = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*selected[^>]*>");

    private FormFields() {
    }

    static Map<String, String> of(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        int end = start < 0 ? -1 : html.indexOf("</form>", start);
        Map<String, String> fields = new LinkedHashMap<>();
        if (end < 0) {
            return fields;
        }
        String form = html.substring(start, end);
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String tag = input.group();
            String type = attribute(tag, "type");
            String name = attribute(tag, "name");
            boolean choice = "radio".equals(type) || "checkbox".equals(type);
            if (name == null || "submit".equals(type) || "button".equals(type) || "file".equals(type)
                    || choice && !tag.contains("checked")) {
                continue;
            }
            fields.put(name, unescape(attribute(tag, "value")));
        }
        Matcher area = TEXTAREA.matcher(form);
        while (area.find()) {
            String name = attribute(area.group(1), "name");
            if (name != null) {
                fields.put(name, unescape(area.group(2)));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            Matcher selected = SELECTED.matcher(select.group(2));
            if (name != null && selected.find()) {
                fields.put(name, unescape(attribute(selected.group(), "value")));
            }
        }
        return fields;
    }

    /** The value of the tag's attribute; null without it. */
    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String text) {
        return text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
