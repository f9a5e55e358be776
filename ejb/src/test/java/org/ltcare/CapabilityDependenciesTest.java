package org.ltcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The capabilities (org.ltcare.&lt;capability&gt;) depend one way (style.md: a cycle between packages is a design
 * bug), and {@code shared} uses none of them: read from the sources, any mention of another capability's class
 * counts, an import as much as a fully qualified name.
 */
class CapabilityDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/ltcare");
    private static final Pattern MENTION = Pattern.compile("org\\.ltcare\\.([a-z]+)\\.");

    @Test
    void sharedUsesNoCapability() {
        assertThat(dependencies().get("shared")).as("capabilities shared uses").isEmpty();
    }

    @Test
    void capabilitiesFormNoCycle() {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses.keySet()).as("the capabilities read").contains("assessment", "care", "institution",
                "settlement", "shared");
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            cycleThrough(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>(), cycles);
        }
        assertThat(cycles).as("cycles between capabilities").isEmpty();
    }

    /** Paths from {@code at} back to {@code start}, each written once (from its alphabetically first member). */
    private static void cycleThrough(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                     Set<String> visited, List<String> cycles) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" → ", path) + " → " + start);
            } else if (next.compareTo(start) > 0 && visited.add(next)) {
                path.add(next);
                cycleThrough(start, next, uses, path, visited, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Each capability and the other capabilities its sources mention. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> capabilities = Files.list(SOURCES)) {
            for (Path capability : capabilities.filter(Files::isDirectory).toList()) {
                String name = capability.getFileName().toString();
                Set<String> mentioned = new TreeSet<>();
                try (Stream<Path> files = Files.walk(capability)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = MENTION.matcher(Files.readString(file));
                        while (m.find()) {
                            mentioned.add(m.group(1));
                        }
                    }
                }
                mentioned.remove(name);
                uses.put(name, mentioned);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }
}
