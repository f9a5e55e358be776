package org.ltcare.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.util.Map;

/**
 * Jakarta JSON through one provider looked up once. {@code Jsons.createReader(…)} and its siblings look the provider
 * up again on every call, and in WildFly that lookup scans the deployment's jars for a service file: it was a
 * visible share of a page's CPU wherever a claim's deadline basis, an audit entry or a chart is converted (issue 23,
 * JFR on the generated city). The provider is thread-safe; what it creates is not shared.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonParser createParser(Reader reader) {
        return PROVIDER.createParser(reader);
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return PROVIDER.createGeneratorFactory(config);
    }
}
