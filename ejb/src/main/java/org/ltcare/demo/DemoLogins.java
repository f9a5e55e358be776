package org.ltcare.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ltcare.shared.security.Role;

/**
 * The demo users, read from demo/demo-logins.txt: the same file the run command prints, so the printed
 * logins are always the ones that work. Line format: {@code user / password — description ROLES @ORG}.
 */
final class DemoLogins {

    static final String RESOURCE = "demo/demo-logins.txt";
    private static final Pattern LINE = Pattern.compile("^(\\S+) / (\\S+) — (.+) ([A-Z_,]+) @(\\S+)$");

    record Login(String username, String password, String description, Set<Role> roles, String organisationCode) {
    }

    private DemoLogins() {
    }

    static List<Login> read() {
        try (InputStream in = DemoLogins.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<Login> logins = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    logins.add(parse(line.trim()));
                }
            }
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Login parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad demo login line: " + line);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(m.group(4).split(",")).map(Role::valueOf).forEach(roles::add);
        return new Login(m.group(1), m.group(2), m.group(3), roles, m.group(5));
    }
}
