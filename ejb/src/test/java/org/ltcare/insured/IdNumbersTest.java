package org.ltcare.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumbersTest {

    @Test
    void validIsTheWellKnownSample() {
        assertThat(IdNumbers.valid().value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource({"1930-07-15,MALE,0", "1930-07-15,FEMALE,0", "2000-02-29,FEMALE,498", "1988-11-30,MALE,37"})
    void bornGivesThatBirthDateAndGender(LocalDate birthDate, Gender gender, int serial) {
        IdNumber idNumber = IdNumbers.born(birthDate, gender, serial);

        assertThat(idNumber.birthDate()).isEqualTo(birthDate);
        assertThat(idNumber.gender()).isEqualTo(gender);
        assertThat(idNumber.regionCode()).isEqualTo(IdNumbers.REGION);
    }

    @Test
    void distinctNumbersAreDistinct() {
        Set<IdNumber> numbers = IntStream.range(0, 5_000).mapToObj(IdNumbers::distinct).collect(Collectors.toSet());

        assertThat(numbers).hasSize(5_000);
    }

    @Test
    void wrongCheckCharacterIsRejected() {
        String wrong = IdNumbers.withWrongCheckCharacter(IdNumbers.born(LocalDate.of(1960, 3, 3), Gender.MALE));

        assertThat(IdNumber.check(wrong)).contains(IdNumberProblem.BAD_CHECK_DIGIT);
    }
}
