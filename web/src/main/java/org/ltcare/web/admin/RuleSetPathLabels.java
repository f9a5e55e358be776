package org.ltcare.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.Dimension;
import org.ltcare.policy.rules.ImpairmentLevel;
import org.ltcare.web.i18n.Messages;

/**
 * Readable names for content paths such as "scale.bands.adl.MILD.min" → "评估量表 · 分值区间 · 日常生活活动能力 ·
 * 轻度 · 下限": a segment that is an enum value (a dimension by its JSON key, a level, a care type) by its one name,
 * any other through the bundle key "ruleSetPath.&lt;segment&gt;", list indexes as "第 n 项".
 */
@RequestScoped
public class RuleSetPathLabels {

    private static final Pattern INDEXED = Pattern.compile("([^\\[]*)((\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** The enum values a path or a problem's argument may hold, as the rule set's JSON writes them. */
    private static final Map<String, Enum<?>> VALUES = Stream.<Enum<?>>concat(
            Stream.concat(Stream.of(Dimension.values()), Stream.of(ImpairmentLevel.values())),
            Stream.of(CareType.values()))
            .collect(Collectors.toUnmodifiableMap(v -> v instanceof Dimension d ? d.key() : v.name(), v -> v));

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
                parts.add(nameOf(m.group(1)).orElse(m.group(1)));
            }
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                parts.add(messages.format("ruleSetPath.index", Integer.parseInt(index.group(1)) + 1));
            }
        }
        return String.join(" · ", parts);
    }

    /** A segment's or a code's name; empty when it has none (a code the bundle does not know). */
    public Optional<String> nameOf(String segment) {
        Enum<?> value = VALUES.get(segment);
        if (value != null) {
            return Optional.of(messages.label(value));
        }
        String text = messages.get("ruleSetPath." + segment);
        return text.startsWith("??") ? Optional.empty() : Optional.of(text);
    }
}
