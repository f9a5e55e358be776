package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetJsonTest {

    private final RuleSetContent sd2025 = ReferenceRuleSets.sd2025();

    @Test
    void readsBackWhatItWrote() {
        assertThat(RuleSetJson.read(RuleSetJson.write(sd2025))).isEqualTo(sd2025);
    }

    @Test
    void writesTheReferenceSetExactlyAsStored() throws IOException {
        assertThat(normalised(RuleSetJson.write(sd2025))).isEqualTo(normalised(resource("/policy/sd-2025.json")));
    }

    @Test
    void readsTheStoredDocument() throws IOException {
        assertThat(RuleSetJson.read(resource("/policy/sd-2025.json"))).isEqualTo(sd2025);
    }

    @Test
    void writesKeysInAFixedOrder() {
        JsonObject root = parse(RuleSetJson.write(sd2025));

        assertThat(root.keySet()).containsExactly(
                "formatVersion", "scale", "entitlement", "care", "procedure", "settlement", "homeCare",
                "contracting");
        assertThat(root.getJsonObject("care").getJsonArray("tariffs").getJsonObject(0).keySet())
                .containsExactly("careType", "hospitalLevel", "fundRatio", "dailyLimit");
    }

    @Test
    void writesMoneyAndRatiosAsStrings() {
        JsonObject root = parse(RuleSetJson.write(sd2025));
        JsonObject residential = root.getJsonObject("care").getJsonArray("tariffs").getJsonObject(3);

        assertThat(residential.getString("careType")).isEqualTo("RESIDENTIAL");
        assertThat(residential.isNull("hospitalLevel")).isTrue();
        assertThat(residential.getString("fundRatio")).isEqualTo("0.75");
        assertThat(residential.getString("dailyLimit")).isEqualTo("60.00");
        assertThat(root.getJsonObject("procedure").getString("reassessmentFeeHome")).isEqualTo("300.00");
        assertThat(root.getJsonObject("settlement").getString("qualityDepositRate")).isEqualTo("0.05");
    }

    @Test
    void givesWholeYuanTwoDecimals() {
        RuleSetContent wholeYuan = RuleSetEdits.withTariffs(sd2025, ts -> List.of(
                RuleSetEdits.tariff(CareType.HOME, null, "0.9", "45")));

        String json = RuleSetJson.write(wholeYuan);

        assertThat(json).contains("\"dailyLimit\": \"45.00\"").contains("\"fundRatio\": \"0.9\"");
        assertThat(RuleSetJson.read(json)).isEqualTo(wholeYuan);
    }

    @Test
    void readsInvalidNumbersForTheValidatorToReport() {
        String json = RuleSetJson.write(sd2025).replace("\"0.90\"", "\"1.90\"");

        RuleSetContent content = RuleSetJson.read(json);

        assertThat(content.care().tariffFor(CareType.HOME, null)).get()
                .extracting(CareTariff::fundRatio).isEqualTo(new BigDecimal("1.90"));
        assertThat(RuleSetValidator.validate(content)).containsExactly(
                new RuleSetProblem("tariffs.HOME.fundRatio", "ruleset.ratio.outOfRange", List.of("1.90")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing limit|, \"dailyLimit\": \"60.00\"||care.tariffs[3].dailyLimit",
        "an unknown care type|\"RESIDENTIAL\"|\"NURSING\"|care.tariffs[3].careType",
        "an unknown dimension|\"dimension\": \"adl\"|\"dimension\": \"mood\"|scale.items[0].dimension",
        "a fractional score|[10, 5, 0]|[10, 5.5, 0]|scale.items[0].allowedScores[1]",
        "a ratio that is no number|\"0.75\"|\"three quarters\"|care.tariffs[1].fundRatio",
        "a number instead of a string|\"0.05\"|0.05|settlement.qualityDepositRate",
        "another format version|\"formatVersion\": 1|\"formatVersion\": 2|formatVersion",
    })
    void refusesADocumentOfTheWrongShapeSayingWhere(String description, String original, String replacement,
            String path) {
        String json = compact(RuleSetJson.write(sd2025)).replaceFirst(Pattern.quote(compactKeys(original)),
                Matcher.quoteReplacement(compactKeys(replacement == null ? "" : replacement)));

        assertThatThrownBy(() -> RuleSetJson.read(json))
                .isInstanceOfSatisfying(RuleSetFormatException.class, e -> assertThat(e.path()).isEqualTo(path));
    }

    @Test
    void refusesTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> RuleSetJson.read("{\"formatVersion\": 1,")).isInstanceOf(RuleSetFormatException.class);
        assertThatThrownBy(() -> RuleSetJson.read("[]")).isInstanceOf(RuleSetFormatException.class);
        assertThatThrownBy(() -> RuleSetJson.read(null)).isInstanceOf(RuleSetFormatException.class);
    }

    /** The written text, with the generator's whitespace removed, so that replacements can be exact. */
    private static String compact(String json) {
        return parse(json).toString();
    }

    private static String compactKeys(String fragment) {
        return fragment.replace(": ", ":").replace(", ", ",");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RuleSetJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
