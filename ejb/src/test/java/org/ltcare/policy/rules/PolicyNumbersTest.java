package org.ltcare.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyNumbersTest {

    private final RuleSetContent reference = RuleSetEdits.reference();

    @Test
    void everyNumberOfTheFourPartsIsDescribedOnceByAUniqueName() {
        assertThat(PolicyNumbers.fields()).hasSize(reference.procedure().getClass().getRecordComponents().length
                + reference.settlement().getClass().getRecordComponents().length
                + reference.homeCare().getClass().getRecordComponents().length
                + reference.contracting().getClass().getRecordComponents().length);
        assertThat(PolicyNumbers.fields()).extracting(PolicyNumbers.Field::name).doesNotHaveDuplicates()
                .contains("renewalLeadDays", "qualityDepositRate", "benefitStart");
        assertThat(PolicyNumbers.fieldsOf("contracting")).extracting(PolicyNumbers.Field::path)
                .startsWith("contracting.evaluationPassMark");
        PolicyNumbers.Field fee = PolicyNumbers.fieldsOf("procedure").stream()
                .filter(f -> f.name().equals("reassessmentFeeHome")).findFirst().orElseThrow();
        assertThat(fee.isDecimal()).isTrue();
        assertThat(fee.isWhole()).isFalse();
    }

    @Test
    void valuesReadAndWrittenBackGiveTheSameContent() {
        Map<String, Object> values = PolicyNumbers.valuesOf(reference);
        assertThat(values).containsEntry("renewalLeadDays", reference.contracting().renewalLeadDays())
                .containsEntry("qualityDepositRate", reference.settlement().qualityDepositRate())
                .containsEntry("benefitStart", reference.procedure().benefitStart());
        assertThat(PolicyNumbers.withValues(reference, values)).isEqualTo(reference);
    }

    @Test
    void oneChangedNumberChangesOnlyThatNumber() {
        Map<String, Object> values = new HashMap<>(PolicyNumbers.valuesOf(reference));
        values.put("renewalLeadDays", 45);
        values.put("reassessmentFeeHome", new BigDecimal("250"));
        RuleSetContent changed = PolicyNumbers.withValues(reference, values);
        assertThat(changed.contracting().renewalLeadDays()).isEqualTo(45);
        assertThat(changed.procedure().reassessmentFeeHome()).isEqualByComparingTo("250.00");
        assertThat(changed.contracting().agreementValidityYears())
                .isEqualTo(reference.contracting().agreementValidityYears());
        assertThat(changed.scale()).isSameAs(reference.scale());
    }

    @Test
    void anEmptyNumberIsZeroForTheValidatorButAMissingChoiceIsRefused() {
        Map<String, Object> values = new HashMap<>(PolicyNumbers.valuesOf(reference));
        values.remove("noticeWorkingDays");
        values.remove("qualityDepositRate");
        RuleSetContent emptied = PolicyNumbers.withValues(reference, values);
        assertThat(emptied.contracting().noticeWorkingDays()).isZero();
        assertThat(emptied.settlement().qualityDepositRate()).isZero();
        values.remove("benefitStart");
        assertThatThrownBy(() -> PolicyNumbers.withValues(reference, values))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("benefitStart");
    }
}
