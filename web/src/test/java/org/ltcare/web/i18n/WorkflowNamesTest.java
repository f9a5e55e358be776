package org.ltcare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process and every task, event, sub-process and event-based gateway (where instances wait) of the BPMN files has its name in both languages
 * ({@code process.<id>}, {@code step.<id>}): pages, charts and exports name workflow steps from the bundles, never
 * with the BPMN's Chinese names, and the bundles name nothing the BPMN no longer has.
 */
class WorkflowNamesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Path BPMN = PROJECT.resolve("processes/src/main/resources/bpmn");
    private static final Path BUNDLES = PROJECT.resolve("web/src/main/resources/org/ltcare/web/i18n");
    private static final Pattern NAMED = Pattern.compile(
            "<bpmn:(process|userTask|serviceTask|intermediateCatchEvent|boundaryEvent|subProcess|eventBasedGateway)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void everyProcessAndStepIsNamedInBothLanguagesAndNothingElse() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(BPMN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher element = NAMED.matcher(ProjectFiles.read(file));
                while (element.find()) {
                    if (!element.group(2).contains("name=")) {
                        continue;
                    }
                    Matcher id = ID.matcher(element.group(2));
                    assertThat(id.find()).as("an id in " + element.group()).isTrue();
                    expected.add(("process".equals(element.group(1)) ? "process." : "step.") + id.group(1));
                }
            }
        }
        assertThat(expected).as("the BPMN files were read").hasSizeGreaterThan(40);
        for (String language : List.of("zh_CN", "en")) {
            Properties bundle = ProjectFiles.properties(BUNDLES.resolve("messages_" + language + ".properties"));
            Set<String> named = new TreeSet<>();
            bundle.stringPropertyNames().stream().filter(k -> k.startsWith("process.") || k.startsWith("step."))
                    .forEach(named::add);
            assertThat(named).as("workflow names in messages_" + language).isEqualTo(expected);
            if ("en".equals(language)) {
                named.forEach(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContainPattern("\\p{IsHan}"));
            }
        }
    }
}
