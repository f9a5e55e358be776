package org.ltcare.overview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's PDF columns take the width of what they hold, so that a city's amounts do not wrap. */
class ReportFilesTest {

    private static final Report.Section SECTION = new Report.Section("按定点机构",
            List.of("机构", "明细数", "护理费总额", "审核扣减金额合计"),
            List.of(List.of("乐龄居家护理服务站第215号", 106, new BigDecimal("192430.00"), new BigDecimal("0.00")),
                    List.of("一个名字很长很长很长很长很长很长很长很长很长的护理机构", 7, new BigDecimal("1.00"),
                            new BigDecimal("0.00"))));

    @Test
    void sharesFollowTheWidestValueAndAddUpToTheWholeWidth() {
        float[] shares = ReportFiles.shares(SECTION);

        float sum = 0;
        for (float share : shares) {
            sum += share;
        }
        assertThat(sum).isCloseTo(1f, within(0.0001f));
        assertThat(shares[2]).as("a six-figure amount against a count")
                .isGreaterThan(shares[1]).isCloseTo(11f / 26 * shares[0], within(0.001f));
        assertThat(shares[0]).as("a long name is capped, it wraps").isCloseTo(26f / (26 + 6 + 11 + 10), within(0.001f));
        assertThat(shares[3]).as("at least half the heading").isCloseTo(10f / (26 + 6 + 11 + 10), within(0.001f));
    }
}
