package org.ltcare.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltcare.web.i18n.Messages;

/**
 * Readable names for content paths such as "scale.bands.adl.MILD.min" → "评估量表 · 分值区间 · 日常生活活动能力 ·
 * 轻度 · 下限": each segment through the bundle key "ruleSetPath.&lt;segment&gt;", list indexes as "第 n 项".
 */
@RequestScoped
public class RuleSetPathLabels {

    private static final Pattern INDEXED = Pattern.compile("([^\\[]*)((\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Inject
    private Messages messages;

    public String of(String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = INDEXED.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            if (!m.group(1).isEmpty()) {
                parts.add(name(m.group(1)));
            }
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                parts.add(messages.format("ruleSetPath.index", Integer.parseInt(index.group(1)) + 1));
            }
        }
        return String.join(" · ", parts);
    }

    private String name(String segment) {
        String text = messages.get("ruleSetPath." + segment);
        return text.startsWith("??") ? segment : text;
    }
}
