package org.ltcare.assessment.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ltcare.shared.i18n.EnumLabels;

class DisabilityGradeTest {

    @ParameterizedTest(name = "grade {0} is {1}")
    @CsvSource({"0,基本正常", "1,轻度失能", "2,中度失能", "3,重度失能Ⅰ级", "4,重度失能Ⅱ级", "5,重度失能Ⅲ级"})
    void hasTheNationalNames(int number, String nameZh) {
        assertThat(EnumLabels.of(DisabilityGrade.of(number), Locale.SIMPLIFIED_CHINESE)).isEqualTo(nameZh);
        assertThat(DisabilityGrade.of(number).number()).isEqualTo(number);
        assertThat(DisabilityGrade.isGrade(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void thereIsNoOtherGrade(int number) {
        assertThat(DisabilityGrade.isGrade(number)).isFalse();
        assertThatThrownBy(() -> DisabilityGrade.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thereAreSixGrades() {
        assertThat(DisabilityGrade.values()).hasSize(6);
    }
}
