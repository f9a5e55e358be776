package org.ltcare.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The Authorization header a test sends for a caller: the demo machine credentials' printed bearer tokens (from
 * demo/demo-logins.txt, where their "password" is the token), a token given as such ({@code ltc_…}), or HTTP Basic
 * for a person ({@code user} with the password = user name, or {@code user:password}).
 */
final class DemoCredentials {

    private static final Map<String, String> TOKENS = tokens();

    private DemoCredentials() {
    }

    static String authorization(String caller) {
        if (caller.startsWith("ltc_")) {
            return "Bearer " + caller;
        }
        String token = TOKENS.get(caller);
        if (token != null) {
            return "Bearer " + token;
        }
        String credentials = caller.contains(":") ? caller : caller + ":" + caller;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> tokens() {
        Map<String, String> tokens = new HashMap<>();
        try (InputStream in = DemoCredentials.class.getClassLoader().getResourceAsStream("demo/demo-logins.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 3 && "/".equals(words[1]) && words[2].startsWith("ltc_")) {
                    tokens.put(words[0], words[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
