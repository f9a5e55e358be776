package org.ltcare.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.RunState;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.model.Stamp;

class AuditStatesTest {

    static class Referenced extends Identified {
    }

    enum Colour { RED }

    static class Sample {
        @AuditedField
        private BigDecimal amount = new BigDecimal("1282.50");
        @AuditedField
        private Stamp approved = Stamp.of("approver", Instant.parse("2026-01-02T03:04:05Z"));
        @AuditedField
        private Stamp secondReviewed;
        @AuditedField
        private Referenced insured;
        @AuditedField("decidedBy")
        private String decider = "reviewer";
        @AuditedField
        private LocalDate dueOn = LocalDate.of(2026, 3, 1);
        @AuditedField
        private Colour colour = Colour.RED;
        @AuditedField
        private RunState run = RunState.prepared();
        @AuditedField
        private AuditText idNumber = () -> "1101**********0015";
        private String notAudited = "secret";
    }

    @Test
    void writesEachKindOfValueByOneRule() throws ReflectiveOperationException {
        Sample sample = new Sample();
        sample.insured = new Referenced();
        Field id = Identified.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(sample.insured, 42L);
        sample.run.failed("no bank account");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("amount", "1282.50");
        expected.put("approvedBy", "approver");
        expected.put("secondReviewedBy", null);
        expected.put("insuredId", 42L);
        expected.put("decidedBy", "reviewer");
        expected.put("dueOn", LocalDate.of(2026, 3, 1));
        expected.put("colour", Colour.RED);
        expected.put("status", RunStatus.FAILED);
        expected.put("failure", "no bank account");
        expected.put("idNumber", "1101**********0015");
        assertEquals(expected, AuditStates.of(sample));
    }

    @Test
    void theStateIsANewMapTheEntityMayAddTo() {
        Map<String, Object> state = AuditStates.of(new Sample());
        state.put("extra", "x");
        assertEquals("x", state.get("extra"));
        assertEquals(false, AuditStates.of(new Sample()).containsKey("extra"));
    }
}
