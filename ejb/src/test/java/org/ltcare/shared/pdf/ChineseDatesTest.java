package org.ltcare.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void writesDatesAsOnOfficialDocuments() {
        assertThat(ChineseDates.format(LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
        assertThat(ChineseDates.format(null)).isEqualTo("—");
    }
}
