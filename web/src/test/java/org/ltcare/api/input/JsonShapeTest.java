package org.ltcare.api.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

class JsonShapeTest {

    @Test
    void aDocumentedBodyPasses() {
        assertDoesNotThrow(() -> JsonShape.check("{\"partialAcceptance\":true,\"records\":[{\"idempotencyKey\":\"k1\","
                + "\"date\":\"2026-11-02\",\"status\":\"PRESENT\",\"note\":null}],\"amount\":80.00,\"id\":-12}"));
    }

    @Test
    void eachViolationIsNamedWhereItIs() {
        assertEquals(new FieldError("records[1]", "api.json.nullElement"),
                first("{\"records\":[{\"a\":1},null]}"));
        assertEquals("records[0].charge", first("{\"records\":[{\"charge\":1E+9999}]}").field());
        assertEquals("api.json.numberOutOfRange", first("{\"n\":0.0000000000000000000001}").messageKey());
        assertEquals("api.json.malformed", first("{\"records\":[").messageKey());
        assertEquals("api.body.missing", first(" ").messageKey());
        assertEquals("api.json.notObject", first("[{}]").messageKey());
        assertEquals("api.json.notObject", first("null").messageKey());
        assertEquals(new FieldError("a" + "[0]".repeat(ApiLimits.MAX_DEPTH - 1), "api.json.tooDeep", List.of("16")),
                first("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i <= ApiLimits.MAX_KEYS; i++) {
            wide.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        assertEquals("api.json.tooManyKeys", first(wide.append('}').toString()).messageKey());
    }

    @Test
    void aNestingJustWithinTheLimitPasses() {
        int inner = ApiLimits.MAX_DEPTH - 1;
        assertDoesNotThrow(() -> JsonShape.check("{\"a\":" + "[".repeat(inner) + "]".repeat(inner) + "}"));
        assertThrows(ValidationException.class,
                () -> JsonShape.check("{\"a\":" + "[".repeat(inner + 1) + "]".repeat(inner + 1) + "}"));
    }

    private static FieldError first(String json) {
        List<FieldError> errors = assertThrows(ValidationException.class, () -> JsonShape.check(json)).errors();
        return errors.get(0);
    }
}
