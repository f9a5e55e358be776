package org.ltcare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads, in both languages: all bundles of the project (web's and ejb's, read from the project
 * directory, so a bundle added later is checked too), and the message keys the Java sources throw.
 *
 * <p>Apostrophes. A text reaches the user in more than one way: raw ({@code #{msg[...]}} on pages,
 * {@link Messages#get}, PrimeFaces' {@code counterTemplate}, inside {@code confirm('...')} in an {@code onclick}),
 * or through {@link MessageFormat} ({@link Messages#of} formats every refusal, with or without arguments;
 * {@code h:outputFormat}; JSF's message bundle), and some keys go both ways (a field label is a page label and an
 * error's argument; {@code care.declined} is an info message). In MessageFormat a single {@code '} starts a quote
 * and is dropped, a doubled one reads raw as two, and in {@code confirm('...')} any ASCII apostrophe ends the
 * script's string. The one rule right in every reading is therefore: <b>no text contains an ASCII apostrophe;
 * English writes the apostrophe {@code ’} (U+2019)</b>, which MessageFormat, HTML and JavaScript leave as it is.
 * The only exception is MessageFormat quoting of a brace ({@code '{'}), allowed in texts that are only ever
 * formatted (refusals such as {@code api.json.notObject}). As the apostrophe and the braces are MessageFormat's
 * only special characters, a text with no apostrophe and no placeholder formats to itself: it reads the same raw
 * and formatted, and a text with placeholders keeps its apostrophes when formatted.
 */
class BundleConsistencyTest {

    /** The project directory; surefire runs in the web module's. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> MODULES = List.of("ejb", "web");

    /**
     * Keys only English has, by design: the scale items' names, which Chinese takes from the rule set
     * ({@code GradeExplanation.itemName}); a Chinese text here would hide a region's own item names.
     */
    private static final Predicate<String> ENGLISH_ONLY = Pattern.compile("item\\.[a-z]+").asMatchPredicate();

    private static final Pattern QUOTED_BRACE = Pattern.compile("'[^']*[{}][^']*'");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern NOT_FOUND = Pattern.compile("new\\s+NotFoundException\\(\\s*\"(\\w+)\"");
    private static final String KEY = "\"([a-zA-Z]\\w*(?:\\.\\w+)+)\"\\s*[,)]";
    /** The first argument of a FieldError: anything up to its comma, strings and calls included. */
    private static final String FIELD = "(?:[^,\"()]|\"[^\"]*\"|\\([^()]*\\))*";
    private static final List<Pattern> THROWN_KEYS = List.of(
            Pattern.compile("new\\s+BusinessException\\(\\s*" + KEY),
            Pattern.compile("new\\s+(?:ValidationException\\.)?FieldError\\(\\s*" + FIELD + ",\\s*" + KEY),
            Pattern.compile("\\bsuper\\(\\s*" + KEY));

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (BundlePair bundle : bundles()) {
            difference(bundle.zh, bundle.en).forEach(key -> problems.add(bundle.name + ": only zh_CN has " + key));
            difference(bundle.en, bundle.zh).stream().filter(ENGLISH_ONLY.negate())
                    .forEach(key -> problems.add(bundle.name + ": only en has " + key));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsAPatternWithTheSameArgumentsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (BundlePair bundle : bundles()) {
            for (String key : bundle.zh.stringPropertyNames()) {
                String zh = bundle.zh.getProperty(key);
                String en = bundle.en.getProperty(key);
                notAPattern(zh, Locale.SIMPLIFIED_CHINESE)
                        .ifPresent(e -> problems.add(bundle.name + "_zh_CN " + key + ": " + e));
                if (en != null) {
                    notAPattern(en, Locale.ENGLISH).ifPresent(e -> problems.add(bundle.name + "_en " + key + ": " + e));
                    if (!arguments(zh).equals(arguments(en))) {
                        problems.add(bundle.name + " " + key + ": zh_CN takes " + arguments(zh)
                                + ", en " + arguments(en));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTextHasAnAsciiApostrophe() {
        List<String> problems = new ArrayList<>();
        for (BundlePair bundle : bundles()) {
            for (String language : List.of("zh_CN", "en")) {
                Properties texts = language.equals("en") ? bundle.en : bundle.zh;
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (QUOTED_BRACE.matcher(text).replaceAll("").contains("'")) {
                        problems.add(bundle.name + "_" + language + " " + key + ": write ’ instead of ' — " + text);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyNotFoundThrownHasItsText() {
        Set<String> keys = sourceKeys(List.of(NOT_FOUND), "error.notFound.");
        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(missingTexts(keys)).isEmpty();
    }

    /**
     * The keys written literally in {@code new BusinessException("…"}, {@code new FieldError(…, "…"} or
     * {@code super("…"}; keys chosen at run time (a ternary, a code's {@code messageKey()}) are not seen here.
     */
    @Test
    void everyKeyThrownLiterallyHasItsText() {
        Set<String> keys = sourceKeys(THROWN_KEYS, "");
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(missingTexts(keys)).isEmpty();
    }

    /** The keys, per language, that {@link Messages#text} does not find: a refusal would show {@code ??key??}. */
    private static List<String> missingTexts(Set<String> keys) {
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            keys.stream().filter(key -> Messages.text(locale, key).equals("??" + key + "??"))
                    .forEach(key -> missing.add(locale + " " + key));
        }
        return missing;
    }

    private static Set<String> sourceKeys(List<Pattern> patterns, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (Path source : files("src/main/java", ".java")) {
            String code = ProjectFiles.read(source);
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    keys.add(prefix + m.group(1));
                }
            }
        }
        return keys;
    }

    private static Optional<String> notAPattern(String text, Locale locale) {
        try {
            new MessageFormat(text, locale);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("not a MessageFormat pattern (" + e.getMessage() + ")");
        }
    }

    /** The argument numbers a pattern shows, outside quoted parts. */
    private static Set<Integer> arguments(String text) {
        Matcher m = ARGUMENT.matcher(text.replace("''", "").replaceAll("'[^']*'", ""));
        Set<Integer> numbers = new TreeSet<>();
        while (m.find()) {
            numbers.add(Integer.valueOf(m.group(1)));
        }
        return numbers;
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }

    private record BundlePair(String name, Properties zh, Properties en) {
    }

    private static List<BundlePair> bundles() {
        List<BundlePair> bundles = files("src/main/resources", "_zh_CN.properties").stream()
                .map(zh -> {
                    Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh_CN.", "_en."));
                    Properties english = Files.exists(en) ? ProjectFiles.properties(en) : new Properties();
                    String name = PROJECT.relativize(zh).toString().replace("_zh_CN.properties", "");
                    return new BundlePair(name, ProjectFiles.properties(zh), english);
                })
                .toList();
        assertThat(bundles).as("bundles under %s", PROJECT).hasSizeGreaterThan(10);
        return bundles;
    }

    private static List<Path> files(String under, String ending) {
        List<Path> found = new ArrayList<>();
        for (String module : MODULES) {
            try (Stream<Path> walk = Files.walk(PROJECT.resolve(module).resolve(under))) {
                walk.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }


}
