package org.ltcare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail names every object type and every action the code writes, in both languages, and names nothing
 * the code no longer writes. The codes are read from the ejb module's sources (the project directory; surefire runs
 * in the web module's):
 * <ul>
 * <li>actions: the second argument of every {@code .record(…)} call on an {@code AuditLog} (a field, parameter or
 * variable of that type, whatever its name), and of any other {@code .record(…)} call whose second argument is an
 * UPPER_CASE string literal; string literals and {@code static final String} constants are read, a ternary gives
 * both its branches, and line breaks and comments between the arguments do not matter;</li>
 * <li>types: the value every {@code auditType()} returns;</li>
 * <li>security events: the constants of {@code SecurityEvent} (actions) and its {@code AUDIT_TYPE} (a type).</li>
 * </ul>
 * A call whose action cannot be read this way (a method's result, a variable) fails the test: write the action as a
 * literal or a constant so that its label is checked.
 */
class AuditLabelsTest {

    /** The project directory; surefire runs in the web module's. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Path SOURCES = PROJECT.resolve("ejb/src/main/java");
    private static final Path SECURITY_EVENT = SOURCES.resolve("org/ltcare/shared/audit/SecurityEvent.java");
    private static final Path BUNDLES = PROJECT.resolve("web/src/main/resources/org/ltcare/web/i18n");
    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    /** A variable, parameter or field of type AuditLog: its name. */
    private static final Pattern AUDIT_LOG_VARIABLE = Pattern.compile("\\bAuditLog\\s+([A-Za-z_$][\\w$]*)\\s*[;=,)]");
    private static final Pattern ANY_RECORD_CALL = Pattern.compile("\\.\\s*record\\s*\\(");
    private static final Pattern AUDIT_TYPE_METHOD =
            Pattern.compile("\\bString\\s+auditType\\s*\\(\\s*\\)\\s*\\{\\s*return\\s+([^;]+);");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "\\b(?:static\\s+final|final\\s+static)\\s+String\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*;");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** Each source file of the ejb module, comments blanked out (strings kept). */
    private static Map<Path, String> sources;
    /** Every {@code static final String} constant of the ejb module: name to values (one name may be reused). */
    private static Map<String, Set<String>> constants;

    @BeforeAll
    static void readSources() {
        sources = new HashMap<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".java")).sorted()
                    .forEach(p -> sources.put(p, JavaSourceText.withoutComments(ProjectFiles.read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        constants = new HashMap<>();
        sources.values().forEach(code -> {
            Matcher m = STRING_CONSTANT.matcher(code);
            while (m.find()) {
                constants.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            }
        });
    }

    @Test
    void everyAuditedTypeHasItsNameInBothLanguages() {
        List<String> problems = new ArrayList<>();
        Set<String> types = types(problems);
        assertThat(types).as("types read from %s", SOURCES).hasSizeGreaterThan(20).contains("Security");
        problems.addAll(missing("audit.type.", types));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAuditedActionHasItsNameInBothLanguages() {
        List<String> problems = new ArrayList<>();
        Set<String> actions = actions(problems);
        assertThat(actions).as("actions read from %s", SOURCES).hasSizeGreaterThan(50);
        problems.addAll(missing("audit.action.", actions));
        assertThat(problems).isEmpty();
    }

    /** A label of a type or action the code no longer writes is stale: it is removed with the code. */
    @Test
    void noBundleNamesWhatTheCodeNoLongerWrites() {
        Set<String> expected = new TreeSet<>();
        types(new ArrayList<>()).forEach(type -> expected.add("audit.type." + type));
        actions(new ArrayList<>()).forEach(action -> expected.add("audit.action." + action));
        List<String> stale = new ArrayList<>();
        for (String language : LANGUAGES) {
            new TreeSet<>(bundle(language).stringPropertyNames()).stream().filter(key -> !expected.contains(key))
                    .forEach(key -> stale.add("audit_" + language + " " + key + ": the code no longer writes it"));
        }
        assertThat(stale).isEmpty();
    }

    /** Every label is a plain text: not blank, no ASCII apostrophe (English writes ’), no braces. */
    @Test
    void everyLabelIsPlainText() {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                if (!key.startsWith("audit.type.") && !key.startsWith("audit.action.")) {
                    problems.add("audit_" + language + " " + key + ": not an audit.type.* or audit.action.* key");
                }
                if (text.isBlank() || text.contains("'") || text.contains("{") || text.contains("}")) {
                    problems.add("audit_" + language + " " + key + ": " + text);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The keys of {@code codes} that a bundle lacks, as problems. */
    private static List<String> missing(String prefix, Set<String> codes) {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            codes.stream().map(code -> prefix + code).filter(key -> texts.getProperty(key) == null)
                    .forEach(key -> missing.add("audit_" + language + " has no " + key));
        }
        return missing;
    }

    // ---- reading the codes

    private static Set<String> types(List<String> problems) {
        Set<String> types = new TreeSet<>();
        sources.forEach((file, code) -> {
            Matcher m = AUDIT_TYPE_METHOD.matcher(code);
            while (m.find()) {
                Set<String> values = values(m.group(1));
                if (values.isEmpty()) {
                    problems.add(where(file, code, m.start()) + ": auditType() returns " + m.group(1).strip());
                }
                for (String value : values) {
                    if (TYPE_CODE.matcher(value).matches()) {
                        types.add(value);
                    } else {
                        problems.add(where(file, code, m.start()) + ": auditType() returns \"" + value + "\"");
                    }
                }
            }
        });
        String securityEvent = sources.get(SECURITY_EVENT);
        assertThat(securityEvent).as("%s", SECURITY_EVENT).isNotNull();
        Matcher m = STRING_CONSTANT.matcher(securityEvent);
        while (m.find()) {
            if (m.group(1).equals("AUDIT_TYPE")) {
                types.add(m.group(2));
            }
        }
        return types;
    }

    private static Set<String> actions(List<String> problems) {
        Set<String> actions = new TreeSet<>(securityEvents());
        sources.forEach((file, code) -> {
            Set<String> logs = new HashSet<>();
            Matcher variable = AUDIT_LOG_VARIABLE.matcher(code);
            while (variable.find()) {
                logs.add(variable.group(1));
            }
            Matcher call = ANY_RECORD_CALL.matcher(code);
            while (call.find()) {
                Optional<String> receiver = JavaSourceText.receiver(code, call.start());
                boolean onAuditLog = receiver.isPresent() && logs.contains(receiver.get());
                List<String> arguments = JavaSourceText.arguments(code, call.end());
                if (arguments.size() < 2) {
                    if (onAuditLog) {
                        problems.add(where(file, code, call.start()) + ": cannot read the arguments");
                    }
                    continue;
                }
                String action = arguments.get(1);
                boolean literalCode = action.matches("\"[A-Z][A-Z0-9_]*\"");
                if (!onAuditLog && !literalCode) {
                    continue; // another record(…) (a bed-day absence, a home visit…), not the audit trail's
                }
                Set<String> values = values(action);
                if (values.isEmpty()) {
                    problems.add(where(file, code, call.start()) + ": the action " + action.strip()
                            + " is neither a literal nor a constant");
                }
                for (String value : values) {
                    if (CODE.matcher(value).matches()) {
                        actions.add(value);
                    } else {
                        problems.add(where(file, code, call.start()) + ": the action \"" + value
                                + "\" is not an UPPER_CASE code");
                    }
                }
            }
        });
        return actions;
    }

    /** The constants of the SecurityEvent enum: each is written as an action. */
    private static Set<String> securityEvents() {
        String code = sources.get(SECURITY_EVENT);
        assertThat(code).as("%s", SECURITY_EVENT).isNotNull();
        Matcher declaration = Pattern.compile("\\benum\\s+SecurityEvent\\b[^{]*\\{").matcher(code);
        assertThat(declaration.find()).as("enum SecurityEvent in %s", SECURITY_EVENT).isTrue();
        int end = code.indexOf(';', declaration.end());
        int close = code.indexOf('}', declaration.end());
        String body = code.substring(declaration.end(), end < 0 || (close >= 0 && close < end) ? close : end);
        Set<String> events = new LinkedHashSet<>();
        for (String constant : body.replaceAll("\\([^()]*\\)", "").split(",")) {
            Matcher name = IDENTIFIER.matcher(constant.replaceAll("@\\w+(\\([^)]*\\))?", "").strip());
            if (name.lookingAt()) {
                events.add(name.group());
            }
        }
        assertThat(events).as("constants of SecurityEvent").isNotEmpty();
        return events;
    }

    /**
     * What an argument or a return expression can be: its string literals and the values of the constants it names
     * (a ternary gives both branches). Empty when it has neither.
     */
    private static Set<String> values(String expression) {
        List<String> branches = JavaSourceText.ternaryBranches(expression);
        if (!branches.isEmpty()) {
            Set<String> values = new TreeSet<>();
            for (String branch : branches) {
                Set<String> value = values(branch);
                if (value.isEmpty()) {
                    return Set.of(); // one branch cannot be read: neither can the expression
                }
                values.addAll(value);
            }
            return values;
        }
        Set<String> values = new TreeSet<>();
        Matcher literal = STRING_LITERAL.matcher(expression);
        while (literal.find()) {
            values.add(literal.group(1));
        }
        Matcher name = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
        while (name.find()) {
            Set<String> constant = constants.get(name.group());
            if (constant != null && constant.size() == 1) {
                values.addAll(constant);
            }
        }
        return values;
    }

    private static String where(Path file, String code, int index) {
        long line = code.substring(0, index).chars().filter(ch -> ch == '\n').count() + 1;
        return PROJECT.relativize(file) + ":" + line;
    }

    // ---- reading files

    private static Properties bundle(String language) {
        return ProjectFiles.properties(BUNDLES.resolve("audit_" + language + ".properties"));
    }

}
