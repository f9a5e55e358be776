package org.ltcare.settlement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;

/** A day code's finding keeps the record behind its days in its evidence and gives it back as it was. */
class FindingTest {

    @Test
    void theRecordBehindTheDaysComesBackFromTheEvidence() {
        RejectionFact open = new RejectionFact(FactKind.HOSPITAL_STAY, 12L, LocalDate.of(2026, 3, 30), null);

        Finding finding = Finding.ofDays(AuditRule.INPATIENT_DAY, 7L, "30、31", Optional.of(open));

        assertThat(finding.evidence()).containsExactly("30、31", "HOSPITAL_STAY", "12", "2026-03-30", "");
        assertThat(Finding.factOf(finding.evidence())).contains(open);
    }

    @Test
    void daysWithoutARecordAndAnomaliesHaveNone() {
        RejectionFact noAgreement = RejectionFact.of(FactKind.NO_AGREEMENT, null);

        assertThat(Finding.ofDays(AuditRule.NO_AGREEMENT, 7L, "1", Optional.empty()).evidence()).containsExactly("1");
        assertThat(Finding.factOf(Finding.ofDays(AuditRule.NO_AGREEMENT, 7L, "1", Optional.of(noAgreement))
                .evidence())).contains(noAgreement);
        assertThat(Finding.factOf(List.of("周护理", "09:00–10:00", "09:30–10:30", "1", "2"))).isEmpty();
    }
}
