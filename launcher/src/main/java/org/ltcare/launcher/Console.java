package org.ltcare.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Short bilingual progress lines. Written as UTF-8 explicitly: in containers the locale is
 * often POSIX, and the JDK would then print the Chinese half as question marks.
 */
final class Console {

    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Console() {
    }

    static void say(String chinese, String english) {
        OUT.println("[ltcare] " + chinese + " / " + english);
    }

    static void fail(String chinese, String english) {
        ERR.println("[ltcare] 错误 ERROR: " + chinese + " / " + english);
    }

    static void raw(String line) {
        OUT.println(line);
    }
}
