package org.ltcare.policy.rules;

import static org.ltcare.policy.rules.JsonFields.array;
import static org.ltcare.policy.rules.JsonFields.arrayElement;
import static org.ltcare.policy.rules.JsonFields.decimal;
import static org.ltcare.policy.rules.JsonFields.element;
import static org.ltcare.policy.rules.JsonFields.enumValue;
import static org.ltcare.policy.rules.JsonFields.integer;
import static org.ltcare.policy.rules.JsonFields.integers;
import static org.ltcare.policy.rules.JsonFields.object;
import static org.ltcare.policy.rules.JsonFields.optionalInteger;
import static org.ltcare.policy.rules.JsonFields.pathOf;
import static org.ltcare.policy.rules.JsonFields.string;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the document {@link RuleSetJsonWriter} writes. Strict about shape (a missing key is an error, never a
 * default), lenient about policy (out-of-range numbers are read and left to {@link RuleSetValidator}).
 * Unknown keys are ignored so that a newer document still reads.
 */
final class RuleSetJsonReader {

    private RuleSetJsonReader() {
    }

    static RuleSetContent read(JsonObject root) {
        int version = integer(root, "formatVersion", "");
        if (version != RuleSetJson.FORMAT_VERSION) {
            throw new RuleSetFormatException("formatVersion", "unsupported version " + version);
        }
        JsonObject entitlement = object(root, "entitlement", "");
        return PolicyNumbers.content(
                readScale(object(root, "scale", ""), "scale"),
                new Entitlement(new HashSet<>(integers(entitlement, "entitledGrades", "entitlement")),
                        integer(entitlement, "minimumAge", "entitlement")),
                readCare(object(root, "care", ""), "care"),
                field -> number(object(root, field.part(), ""), field));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object number(JsonObject numbers, PolicyNumbers.Field field) {
        if (field.isWhole()) {
            return integer(numbers, field.name(), field.part());
        }
        return field.isDecimal() ? decimal(numbers, field.name(), field.part())
                : enumValue(numbers, field.name(), field.part(), (Class) field.type());
    }

    private static AssessmentScale readScale(JsonObject scale, String path) {
        List<ScaleItem> items = new ArrayList<>();
        JsonArray itemArray = array(scale, "items", path);
        for (int i = 0; i < itemArray.size(); i++) {
            String itemPath = pathOf(path, "items") + "[" + i + "]";
            JsonObject item = element(itemArray, i, pathOf(path, "items"));
            items.add(new ScaleItem(dimension(item, itemPath), string(item, "code", itemPath),
                    string(item, "nameZh", itemPath), integers(item, "allowedScores", itemPath)));
        }
        return new AssessmentScale(items, readBands(object(scale, "bands", path), pathOf(path, "bands")),
                new GradeMatrix(readMatrix(array(scale, "matrix", path), pathOf(path, "matrix"))));
    }

    private static Dimension dimension(JsonObject item, String path) {
        String key = string(item, "dimension", path);
        return Dimension.fromKey(key).orElseThrow(() ->
                new RuleSetFormatException(pathOf(path, "dimension"), "unknown dimension \"" + key + "\""));
    }

    private static Map<Dimension, Map<ImpairmentLevel, ScoreRange>> readBands(JsonObject bands, String path) {
        Map<Dimension, Map<ImpairmentLevel, ScoreRange>> result = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            JsonObject levels = bands.containsKey(dimension.key())
                    ? object(bands, dimension.key(), path) : JsonValue.EMPTY_JSON_OBJECT;
            String dimensionPath = pathOf(path, dimension.key());
            Map<ImpairmentLevel, ScoreRange> ranges = new EnumMap<>(ImpairmentLevel.class);
            for (ImpairmentLevel level : ImpairmentLevel.values()) {
                if (levels.containsKey(level.name())) {
                    JsonObject range = object(levels, level.name(), dimensionPath);
                    String rangePath = pathOf(dimensionPath, level.name());
                    ranges.put(level,
                            new ScoreRange(integer(range, "min", rangePath), integer(range, "max", rangePath)));
                }
            }
            result.put(dimension, ranges);
        }
        return result;
    }

    private static List<List<Integer>> readMatrix(JsonArray matrix, String path) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int row = 0; row < matrix.size(); row++) {
            rows.add(integers(arrayElement(matrix, row, path), path + "[" + row + "]"));
        }
        return rows;
    }

    private static CareTariffs readCare(JsonObject care, String path) {
        List<CareTariff> tariffs = new ArrayList<>();
        JsonArray tariffArray = array(care, "tariffs", path);
        for (int i = 0; i < tariffArray.size(); i++) {
            String tariffPath = pathOf(path, "tariffs") + "[" + i + "]";
            JsonObject tariff = element(tariffArray, i, pathOf(path, "tariffs"));
            tariffs.add(new CareTariff(enumValue(tariff, "careType", tariffPath, CareType.class),
                    optionalInteger(tariff, "hospitalLevel", tariffPath),
                    decimal(tariff, "fundRatio", tariffPath), decimal(tariff, "dailyLimit", tariffPath)));
        }
        return new CareTariffs(tariffs, integer(care, "specializedMinimumHospitalLevel", path));
    }
}
