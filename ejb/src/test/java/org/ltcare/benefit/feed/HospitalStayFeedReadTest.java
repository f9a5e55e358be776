package org.ltcare.benefit.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.ValidationException;

class HospitalStayFeedReadTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRecordsAndReportsBadRowsByLine() {
        List<FeedReport.RowProblem> problems = new ArrayList<>();
        List<FeedRecord> records = HospitalStayFeed.read(csv("""
                record_id,id_number,name,hospital,admitted_on,discharged_on
                ZY001,370202194001010011,张三,市立医院,2026-03-05,2026-03-14
                ZY002,370202194001010011,,市立医院,2026-04-01,
                ,370202194001010011,张三,市立医院,2026-04-01,
                ZY004,370202194001010011,张三,市立医院,2026/04/01,
                ZY005,370202194001010011
                """), problems);

        assertThat(records).extracting(FeedRecord::recordId).containsExactly("ZY001", "ZY002");
        assertThat(records.get(0).dischargedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(records.get(1).name()).isNull();
        assertThat(records.get(1).dischargedOn()).isNull();
        assertThat(problems).extracting(FeedReport.RowProblem::line, FeedReport.RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "feed.recordId"),
                        org.assertj.core.groups.Tuple.tuple(5, "feed.date"),
                        org.assertj.core.groups.Tuple.tuple(6, "feed.columns"));
    }

    @Test
    void refusesAFileThatIsNotTheFeed() {
        assertThatThrownBy(() -> HospitalStayFeed.read(csv("身份证号,姓名\n1,2\n"), new ArrayList<>()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("feed.header"));
    }
}
