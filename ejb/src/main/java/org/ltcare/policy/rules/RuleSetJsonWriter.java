package org.ltcare.policy.rules;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ltcare.shared.Jsons;

/**
 * Writes rule-set content with a streaming generator, so that keys come out in the order written here
 * whatever the JSON implementation (two versions of equal content give equal text, and diffs stay readable).
 */
final class RuleSetJsonWriter {

    private static final JsonGeneratorFactory PRETTY =
            Jsons.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RuleSetJsonWriter() {
    }

    static String write(RuleSetContent content) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = PRETTY.createGenerator(out)) {
            json.writeStartObject();
            json.write("formatVersion", RuleSetJson.FORMAT_VERSION);
            writeScale(json, content.scale());
            json.writeStartObject("entitlement");
            writeIntegers(json, "entitledGrades", content.entitlement().entitledGrades());
            json.write("minimumAge", content.entitlement().minimumAge());
            json.writeEnd();
            writeCare(json, content.care());
            writeNumbers(json, PolicyNumbers.valuesOf(content));
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeScale(JsonGenerator json, AssessmentScale scale) {
        json.writeStartObject("scale");
        json.writeStartArray("items");
        for (ScaleItem item : scale.items()) {
            json.writeStartObject();
            json.write("dimension", item.dimension().key());
            json.write("code", item.code());
            json.write("nameZh", item.nameZh());
            writeIntegers(json, "allowedScores", item.allowedScores());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartObject("bands");
        for (Dimension dimension : Dimension.values()) {
            json.writeStartObject(dimension.key());
            for (Map.Entry<ImpairmentLevel, ScoreRange> band : scale.bandsOf(dimension).entrySet()) {
                json.writeStartObject(band.getKey().name());
                json.write("min", band.getValue().min());
                json.write("max", band.getValue().max());
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("matrix");
        for (List<Integer> row : scale.matrix().rows()) {
            json.writeStartArray();
            row.forEach(json::write);
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void writeCare(JsonGenerator json, CareTariffs care) {
        json.writeStartObject("care");
        json.write("specializedMinimumHospitalLevel", care.specializedMinimumHospitalLevel());
        json.writeStartArray("tariffs");
        for (CareTariff tariff : care.tariffs()) {
            json.writeStartObject();
            json.write("careType", tariff.careType().name());
            if (tariff.hospitalLevel() == null) {
                json.writeNull("hospitalLevel");
            } else {
                json.write("hospitalLevel", tariff.hospitalLevel());
            }
            json.write("fundRatio", tariff.fundRatio().toPlainString());
            json.write("dailyLimit", tariff.dailyLimit().toPlainString());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
    }

    /** The parts of single numbers, each an object of its numbers in the records' order. */
    private static void writeNumbers(JsonGenerator json, Map<String, Object> values) {
        for (String part : PolicyNumbers.parts()) {
            json.writeStartObject(part);
            for (PolicyNumbers.Field field : PolicyNumbers.fieldsOf(part)) {
                Object value = values.get(field.name());
                if (value instanceof Integer whole) {
                    json.write(field.name(), whole);
                } else if (value instanceof BigDecimal decimal) {
                    json.write(field.name(), decimal.toPlainString());
                } else {
                    json.write(field.name(), ((Enum<?>) value).name());
                }
            }
            json.writeEnd();
        }
    }

    private static void writeIntegers(JsonGenerator json, String key, Collection<Integer> values) {
        json.writeStartArray(key);
        values.forEach(json::write);
        json.writeEnd();
    }
}
