package org.ltcare.settlement.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.calendar.DeadlineExplanation;

/**
 * Who may do what to a claim, kept on the claim itself: the second review is another reviewer's, the payout approval
 * neither the preparer's nor a reviewer's; a returned claim is resubmitted once.
 */
class ClaimFourEyesTest {

    private static final Instant AT = Instant.parse("2025-04-03T02:00:00Z");
    private static final DeadlineExplanation DUE = DeadlineExplanation.calendarDays(LocalDate.of(2025, 4, 3), 47, 2025);

    private static CareClaim submittedBy(String preparer) {
        CareClaim claim = new CareClaim(7, YearMonth.of(2025, 3));
        claim.generated("SD-2025", List.of(), preparer, AT);
        claim.submit(preparer, AT, YearMonth.of(2025, 4), DUE);
        return claim;
    }

    private static String messageKey(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void theSecondReviewIsAnotherReviewers() {
        CareClaim claim = submittedBy("staff-nh");
        claim.reviewedFirst("reviewer", AT, false, BigDecimal.ZERO);
        assertThat(messageKey(() -> claim.reviewedSecond("reviewer", AT))).isEqualTo("claim.fourEyes.secondReview");
        claim.reviewedSecond("reviewer2", AT);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SECOND_REVIEWED);
    }

    @Test
    void theApproverPreparedAndReviewedNothing() {
        CareClaim claim = submittedBy("staff-nh");
        claim.reviewedFirst("reviewer", AT, false, new BigDecimal("45.00"));
        claim.reviewedSecond("reviewer2", AT);
        for (String involved : List.of("staff-nh", "reviewer", "reviewer2")) {
            assertThat(messageKey(() -> claim.approve(involved, AT))).as(involved).isEqualTo("claim.fourEyes.approval");
        }
        claim.approve("approver", AT);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.getApproved().getBy()).isEqualTo("approver");
    }

    @Test
    void stepsComeInTheirOrder() {
        CareClaim claim = submittedBy("staff-nh");
        assertThat(messageKey(() -> claim.reviewedSecond("reviewer2", AT))).isEqualTo("claim.wrongStatus");
        assertThat(messageKey(() -> claim.approve("approver", AT))).isEqualTo("claim.wrongStatus");
        claim.reviewedFirst("reviewer", AT, false, BigDecimal.ZERO);
        assertThat(messageKey(() -> claim.reviewedFirst("reviewer", AT, false, BigDecimal.ZERO)))
                .isEqualTo("claim.wrongStatus");
        assertThat(messageKey(claim::requireDraft)).isEqualTo("claim.notDraft");
        assertThat(claim.isEditable()).isFalse();
    }

    @Test
    void aReturnedClaimIsResubmittedOnce() {
        CareClaim claim = submittedBy("staff-nh");
        claim.reviewedFirst("reviewer", AT, true, BigDecimal.ZERO);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.RETURNED);
        assertThat(claim.isEditable()).as("returned the first time").isTrue();
        claim.requireDraft();
        claim.submit("staff-nh", AT, YearMonth.of(2025, 4), DUE);
        assertThat(claim.getResubmissions()).isEqualTo(1);
        claim.reviewedFirst("reviewer", AT, true, BigDecimal.ZERO);
        assertThat(messageKey(claim::requireDraft)).isEqualTo("claim.resubmittedOnce");
        assertThat(claim.isEditable()).as("returned the second time").isFalse();
    }
}
