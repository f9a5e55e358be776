package org.ltcare.launcher;

import java.time.Duration;
import java.util.List;

/** What the user needs once the application is up: where to open it and how to log in. */
final class Banner {

    private static final String RULE = "=".repeat(72);

    private Banner() {
    }

    static void print(int httpPort, List<String> demoLogins, Duration startedIn) {
        Console.raw("");
        Console.raw(RULE);
        Console.raw("  长护险经办系统已就绪 / LTC Case Manager is ready (" + startedIn.toSeconds() + " s)");
        Console.raw("  打开 / open:  http://localhost:" + httpPort + "/");
        if (demoLogins.isEmpty()) {
            Console.raw("  演示账号 / demo logins: see README.md");
        } else {
            Console.raw("  演示账号 / demo logins:");
            demoLogins.forEach(line -> Console.raw("    " + line));
        }
        Console.raw("  按 Ctrl-C 停止 / press Ctrl-C to stop");
        Console.raw(RULE);
        Console.raw("");
    }
}
