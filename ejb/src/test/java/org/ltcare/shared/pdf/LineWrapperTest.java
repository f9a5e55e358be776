package org.ltcare.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line breaking measured in characters (every code point one unit wide), so the rules are easy to read. */
class LineWrapperTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            一二三四五六;        4;  一二三四|五六
            一二三，四;          3;  一二|三，四
            一二（三;            3;  一二|（三
            费用 300.00 元;      8;  费用|300.00 元
            ABCDEFGHIJ;          4;  ABCD|EFGH|IJ
            一二 三四;           2;  一二|三四
            一\\n二;              9;  一|二
            '';                  4;  ''
            """)
    void breaksWithinWidthKeepingWordsAndPunctuationRules(String text, int width, String expected) {
        String input = text.replace("\\n", "\n");
        assertThat(String.join("|", LineWrapper.wrap(input, width, s -> s.codePointCount(0, s.length()))))
                .isEqualTo(expected);
    }
}
