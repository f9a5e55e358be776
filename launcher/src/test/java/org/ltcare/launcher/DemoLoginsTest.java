package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoginsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFileLinesUnchangedSkippingBlankOnes() throws IOException {
        Path file = write(dir.resolve("demo-logins.txt"),
                "assessor1 / Demo#2025 — 评估员 assessor\n\nbureau1 / Demo#2025 — 经办机构 bureau\n");

        assertThat(DemoLogins.read(emptyClassLoader(), file)).containsExactly(
                "assessor1 / Demo#2025 — 评估员 assessor",
                "bureau1 / Demo#2025 — 经办机构 bureau");
    }

    @Test
    void prefersTheClasspathResource() throws IOException {
        Path classpathRoot = Files.createDirectories(dir.resolve("classes"));
        write(classpathRoot.resolve(DemoLogins.RESOURCE), "admin / secret — 管理员 admin\n");
        Path file = write(dir.resolve("file.txt"), "someone / else — other\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null)) {
            assertThat(DemoLogins.read(loader, file)).containsExactly("admin / secret — 管理员 admin");
        }
    }

    @Test
    void isEmptyWhenNeitherExists() {
        assertThat(DemoLogins.read(emptyClassLoader(), dir.resolve("missing.txt"))).isEmpty();
    }

    private static ClassLoader emptyClassLoader() {
        return new URLClassLoader(new URL[0], null);
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
