package org.ltcare.web.publicform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The human check of the public forms, made here without any outside service: a picture of digits
 * ({@link DigitPicture}) whose answer only the server knows. A challenge is answered once, within ten minutes;
 * a wrong answer uses it up. Challenges live in this node's memory (bounded), like the sessions of the forms.
 */
@ApplicationScoped
public class HumanChecks {

    static final int DIGITS = 5;
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_OPEN = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Challenge(String answer, Instant expires) {
    }

    private final Map<String, Challenge> open = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    /** A new challenge's id; {@link #picture} draws it. */
    public String issue() {
        Instant now = clock.instant();
        if (open.size() >= MAX_OPEN) {
            open.values().removeIf(challenge -> challenge.expires().isBefore(now));
        }
        if (open.size() >= MAX_OPEN) {
            open.clear();
        }
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            answer.append(RANDOM.nextInt(10));
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        open.put(key, new Challenge(answer.toString(), now.plus(LIFETIME)));
        return key;
    }

    /** The challenge as a PNG picture, or null if it is no longer open. */
    public byte[] picture(String id) {
        Challenge challenge = id == null ? null : open.get(id);
        return challenge == null ? null : DigitPicture.png(challenge.answer(), RANDOM);
    }

    /** Whether the answer is the challenge's; the challenge is used up either way. */
    public boolean passes(String id, String answer) {
        Challenge challenge = id == null ? null : open.remove(id);
        return challenge != null && challenge.expires().isAfter(clock.instant()) && answer != null
                && challenge.answer().equals(answer.trim());
    }

    /**
     * The answer of an open challenge, for the integration tests, which cannot read a picture (they call it inside
     * the server; no page or operation offers it).
     */
    public String answerOf(String id) {
        Challenge challenge = open.get(id);
        return challenge == null ? null : challenge.answer();
    }
}
