package org.ltcare.insured;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "[{0}] is shown as [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "王五|王*",
        "张三英|张*英",
        "欧阳文翀|欧**翀",
        "司马相如君|司***君",
        "阿依古丽·买买提|阿******提",          // the middle dot is hidden like any character
        "王|*",                                // a single character would be the whole name
        "𠮷祥|𠮷*",                            // a character outside the BMP counts once
        "𠮷大祥|𠮷*祥",
        "  李四 |李*",
        "张 三|张*",                           // a stray space must not reveal the second character
        "John|J***",
        "john smith|j*** *****",
        "Mary-Ann O'Neil|M***-*** *'****",      // only the very first letter stays
        "J|J",
    })
    void masksAllButTheCharactersThatLetTheCaseBeRecognised(String name, String expected) {
        assertThat(PersonName.masked(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void showsNothingForNoName(String name) {
        assertThat(PersonName.masked(name)).isEmpty();
    }
}
