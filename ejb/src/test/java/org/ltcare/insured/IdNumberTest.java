package org.ltcare.insured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "[{0}] is valid as {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "11010519491231002X|11010519491231002X",
        "11010519491231002x|11010519491231002X",
        "  370102198001011237 |370102198001011237",
        "370124200002290029|370124200002290029",   // 29 February of a leap year
        "370102190001011230|370102190001011230",   // earliest allowed birth date
        "370102202506011231|370102202506011231",   // born today
    })
    void acceptsValidNumbers(String raw, String expectedValue) {
        IdNumber idNumber = IdNumber.parse(raw, TODAY);

        assertThat(idNumber.value()).isEqualTo(expectedValue);
        assertThat(IdNumber.check(raw, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "''|EMPTY",
        "'   '|EMPTY",
        "37010219800101123|WRONG_LENGTH",                  // 17 characters
        "3701021980010112370|WRONG_LENGTH",                // 19 characters
        "11010519491231002XX|WRONG_LENGTH",
        "37010219800101123A|BAD_CHARACTERS",
        "3701021980O1011237|BAD_CHARACTERS",               // letter O for zero
        "X70102198001011237|BAD_CHARACTERS",               // X only allowed last
        "370102 98001011237|BAD_CHARACTERS",
        "３70102198001011237|BAD_CHARACTERS",               // full-width digit
        "370102199902301236|IMPOSSIBLE_BIRTH_DATE",        // 30 February
        "370102198013011234|IMPOSSIBLE_BIRTH_DATE",        // month 13
        "370102198001001231|IMPOSSIBLE_BIRTH_DATE",        // day 00
        "370102190002291238|IMPOSSIBLE_BIRTH_DATE",        // 1900 is not a leap year
        "370102189912311236|IMPOSSIBLE_BIRTH_DATE",        // before 1900
        "370102202506021237|BIRTH_DATE_IN_FUTURE",         // tomorrow
        "370102209901011233|BIRTH_DATE_IN_FUTURE",
        "370102198001011238|BAD_CHECK_DIGIT",              // 7 is right
        "110105194912310021|BAD_CHECK_DIGIT",              // X is right
        "370102198001011230|BAD_CHECK_DIGIT",
    })
    void rejectsInvalidNumbers(String raw, IdNumberProblem expected) {
        assertThat(IdNumber.check(raw, TODAY)).contains(expected);
        assertThatThrownBy(() -> IdNumber.parse(raw, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                    assertThat(e.problem()).isEqualTo(expected);
                    assertThat(e.rawValue()).isEqualTo(raw);
                });
    }

    @ParameterizedTest
    @NullSource
    void nullIsEmpty(String raw) {
        assertThat(IdNumber.check(raw)).contains(IdNumberProblem.EMPTY);
    }

    @Test
    void theSystemClockIsUsedWhenNoDateIsGiven() {
        assertThat(IdNumber.check("370102209901011233")).contains(IdNumberProblem.BIRTH_DATE_IN_FUTURE);
        assertThat(IdNumber.parse("370102198001011237").value()).isEqualTo("370102198001011237");
    }

    @Test
    void exceptionMessageMasksTheNumber() {
        assertThatThrownBy(() -> IdNumber.parse("370102198001011238", TODAY))
                .hasMessageContaining("BAD_CHECK_DIGIT")
                .hasMessageContaining("3701**********1238")
                .hasMessageNotContaining("370102198001011238");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "370102198001011237|3701**********1237",
        "11010519491231002X|1101**********002X",
    })
    void masksAllButFirstAndLastFour(String value, String masked) {
        IdNumber idNumber = IdNumber.parse(value, TODAY);

        assertThat(idNumber.masked()).isEqualTo(masked);
        assertThat(idNumber.toString()).isEqualTo(masked);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "37010219800101123|3701*********1123",
        "1234567890|12******90",
        "123|***",
    })
    void masksAnyRawValue(String raw, String masked) {
        assertThat(IdNumber.maskRaw(raw)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}: born {1}, {2}, region {3}")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002X|1949-12-31|FEMALE|110105",
        "370102198001011237|1980-01-01|MALE|370102",
        "440304199003070018|1990-03-07|MALE|440304",
        "370124200002290029|2000-02-29|FEMALE|370124",
        "110101200506151046|2005-06-15|FEMALE|110101",
    })
    void decodesBirthDateGenderAndRegion(String value, LocalDate birthDate, Gender gender, String region) {
        IdNumber idNumber = IdNumber.parse(value, TODAY);

        assertThat(idNumber.birthDate()).isEqualTo(birthDate);
        assertThat(idNumber.gender()).isEqualTo(gender);
        assertThat(idNumber.regionCode()).isEqualTo(region);
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "370102198001011237|1980-01-01|0",
        "370102198001011237|2025-12-31|45",
        "370102198001011237|2026-01-01|46",
        "370124200002290029|2001-02-28|0",   // a leap-day birthday is reached on 1 March
        "370124200002290029|2001-03-01|1",
        "370124200002290029|2004-02-29|4",
    })
    void computesCompletedYears(String value, LocalDate on, int age) {
        assertThat(IdNumber.parse(value, TODAY).ageOn(on)).isEqualTo(age);
    }

    @Test
    void ageBeforeBirthIsAnError() {
        IdNumber idNumber = IdNumber.parse("370102198001011237", TODAY);

        assertThatThrownBy(() -> idNumber.ageOn(LocalDate.of(1979, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalByValue() {
        IdNumber upper = IdNumber.parse("11010519491231002X", TODAY);
        IdNumber lower = IdNumber.parse("11010519491231002x", TODAY);
        IdNumber other = IdNumber.parse("370102198001011237", TODAY);

        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002|X",
        "37010219800101123|7",
        "44030419900307001|8",
        "37010219700101000|2",
    })
    void completesTheFirst17WithTheCheckCharacter(String first17, char check) {
        assertThat(IdNumber.fromFirst17(first17).value()).isEqualTo(first17 + check);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3701021980010112", "370102198001011237", "3701021980010112A", "37010219990230123"})
    void refusesFirst17ThatCannotMakeANumber(String first17) {
        assertThatThrownBy(() -> IdNumber.fromFirst17(first17)).isInstanceOf(IllegalArgumentException.class);
    }
}
