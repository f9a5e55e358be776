package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * The draft bundle texts under test/resources/policy, handed to the lead for the UI bundles. Each package's
 * tests check that every key its code can emit has a Chinese and an English text taking the same arguments.
 */
public final class MessageDrafts {

    private static final Properties ZH = load("/org/ltcare/policy/rules/messages_zh_CN.properties");
    private static final Properties EN = load("/org/ltcare/policy/rules/messages_en.properties");

    private MessageDrafts() {
    }

    /** Formats both texts with arguments "‹0›", "‹1›", … and checks that each shows all of them. */
    public static void assertTexts(String key, int argumentCount) {
        Object[] arguments = IntStream.range(0, argumentCount).mapToObj(i -> "‹" + i + "›").toArray();
        for (Properties texts : new Properties[] {ZH, EN}) {
            String text = texts.getProperty(key);
            assertThat(text).as("text of %s", key).isNotBlank();
            String formatted = new MessageFormat(text, Locale.ROOT).format(arguments);
            assertThat(formatted).as("%s formatted", key).doesNotContain("{");
            for (Object argument : arguments) {
                assertThat(formatted).as("%s shows %s", key, argument).contains((String) argument);
            }
        }
    }

    public static int size() {
        return ZH.size();
    }

    public static boolean bothHave(String key) {
        return ZH.containsKey(key) && EN.containsKey(key);
    }

    private static Properties load(String name) {
        try (InputStream in = MessageDrafts.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
