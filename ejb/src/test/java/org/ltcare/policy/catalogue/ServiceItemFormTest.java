package org.ltcare.policy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;

class ServiceItemFormTest {

    private static ServiceItemForm form(String code, String name, String unit, Integer minutes, String price) {
        return new ServiceItemForm(code, name, ServiceCategory.MEDICAL_CARE, unit, minutes,
                price == null ? null : new BigDecimal(price), Set.of(CareType.HOME, CareType.VISITING));
    }

    private static ServiceItemForm valid() {
        return form("MC01", "生命体征监测", "次", 15, "10.00");
    }

    private static List<FieldError> errors(ServiceItemForm form) {
        try {
            form.check();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static List<String> problems(ServiceItemForm form) {
        return errors(form).stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void aValidItemChecksAsItself() {
        ServiceItemForm form = valid();

        assertThat(form.check()).isSameAs(form);
    }

    @Test
    void theCodeIsTrimmedAndUpperCasedTheNameAndUnitTrimmed() {
        ServiceItemForm form = form("  mc-01 ", " 生命体征监测 ", " 次 ", 15, "10.00");

        assertThat(form.code()).isEqualTo("MC-01");
        assertThat(form.name()).isEqualTo("生命体征监测");
        assertThat(form.unit()).isEqualTo("次");
        assertThat(problems(form)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"AB", "A-", "9Z", "SH-01-A", "ABCDEFGHIJKLMNOP"})
    void codesOf2To16CapitalsDigitsOrDashesAreValid(String code) {
        assertThat(problems(form(code, "服务", "次", 15, "10.00"))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(nullValues = "-", value = {"-", "''", "A", "-A", "ABCDEFGHIJKLMNOPQ", "SH_01", "SH 01", "MC.01", "护理01"})
    void otherCodesAreInvalid(String code) {
        assertThat(problems(form(code, "服务", "次", 15, "10.00"))).containsExactly("code:catalogue.code.invalid");
    }

    @Test
    void nameAndUnitAreRequiredAndFitTheirColumns() {
        assertThat(problems(form("MC01", null, "  ", 15, "10.00")))
                .containsExactly("name:validation.required", "unit:validation.required");
        assertThat(problems(form("MC01", "名".repeat(64), "单".repeat(8), 15, "10.00"))).isEmpty();
        assertThat(errors(form("MC01", "名".repeat(65), "单".repeat(9), 15, "10.00"))).containsExactly(
                new FieldError("name", "validation.tooLong", List.of("64")),
                new FieldError("unit", "validation.tooLong", List.of("8")));
    }

    @Test
    void theCategoryIsRequired() {
        assertThat(problems(new ServiceItemForm("MC01", "服务", null, "次", 15, BigDecimal.TEN,
                Set.of(CareType.HOME)))).containsExactly("category:validation.required");
    }

    @ParameterizedTest(name = "{0} min: {1}")
    @CsvSource(nullValues = "-", value = {
            "-,   minimumMinutes:validation.required",
            "-1,  minimumMinutes:catalogue.minutes.range",
            "0,   -",
            "480, -",
            "481, minimumMinutes:catalogue.minutes.range",
    })
    void minimumMinutesAreFrom0To480(Integer minutes, String expected) {
        assertThat(problems(form("MC01", "服务", "次", minutes, "10.00")))
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void minutesOutOfRangeSayTheMaximum() {
        assertThat(errors(form("MC01", "服务", "次", 481, "10.00")))
                .containsExactly(new FieldError("minimumMinutes", "catalogue.minutes.range", List.of("480")));
    }

    @ParameterizedTest(name = "{0} yuan: {1}")
    @CsvSource(nullValues = "-", value = {
            "-,         referencePrice:validation.required",
            "0,         -",
            "0.00,      -",
            "12.5,      -",
            "12.500,    -",
            "99999.99,  -",
            "1E+2,      -",
            "-0.01,     referencePrice:catalogue.price.invalid",
            "100000.00, referencePrice:catalogue.price.invalid",
            "99999.991, referencePrice:catalogue.price.invalid",
            "12.345,    referencePrice:catalogue.price.invalid",
    })
    void theReferencePriceHasAtMost2DecimalsAndIsFrom0To99999point99(String price, String expected) {
        assertThat(problems(form("MC01", "服务", "次", 15, price)))
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void atLeastOneCareTypeIsRequired() {
        ServiceItemForm none = new ServiceItemForm("MC01", "服务", ServiceCategory.DAILY_LIVING, "次", 15,
                BigDecimal.TEN, null);
        ServiceItemForm empty = new ServiceItemForm("MC01", "服务", ServiceCategory.DAILY_LIVING, "次", 15,
                BigDecimal.TEN, EnumSet.noneOf(CareType.class));

        assertThat(problems(none)).containsExactly("careTypes:catalogue.careTypes.required");
        assertThat(problems(empty)).containsExactly("careTypes:catalogue.careTypes.required");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ServiceItemForm empty = new ServiceItemForm(null, null, null, null, null, null, null);

        assertThatThrownBy(empty::check).isInstanceOf(ValidationException.class);
        assertThat(problems(empty)).containsExactly(
                "code:catalogue.code.invalid",
                "name:validation.required",
                "category:validation.required",
                "unit:validation.required",
                "minimumMinutes:validation.required",
                "referencePrice:validation.required",
                "careTypes:catalogue.careTypes.required");
    }
}
