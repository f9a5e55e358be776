package org.ltcare.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money on screens: yuan with thousands separated and two decimals, in either language. */
class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void moneyReadsAsYuanWithThousandsSeparatedAndTwoDecimals() {
        assertThat(formats.money(new BigDecimal("12019.5"))).isEqualTo("¥12,019.50");
        assertThat(formats.money(new BigDecimal("1234567.89"))).isEqualTo("¥1,234,567.89");
        assertThat(formats.money(new BigDecimal("0"))).isEqualTo("¥0.00");
        assertThat(formats.money(new BigDecimal("-12.3"))).isEqualTo("-¥12.30");
        assertThat(formats.money(new BigDecimal("-1234.5"))).isEqualTo("-¥1,234.50");
        assertThat(formats.money(new BigDecimal("999.999"))).isEqualTo("¥1,000.00");
        assertThat(formats.money(new BigDecimal("100000"))).isEqualTo("¥100,000.00");
        assertThat(formats.money(new BigDecimal("1E+3"))).isEqualTo("¥1,000.00");
    }

    @Test
    void aLongerAmountIsRoundedHalfUpForDisplayOnly() {
        assertThat(formats.money(new BigDecimal("0.005"))).isEqualTo("¥0.01");
        assertThat(formats.money(new BigDecimal("2.344"))).isEqualTo("¥2.34");
        assertThat(formats.money(new BigDecimal("-0.001"))).as("no minus before nothing").isEqualTo("¥0.00");
    }

    @Test
    void nothingIsShownForNoAmount() {
        assertThat(formats.money(null)).isEmpty();
    }
}
