package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.claim.LineReview;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.audit.AuditLog;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * 一键初审通过: a claim another reviewer has just taken is left as it is and the others are accepted all the same
 * (once, in one transaction, its refusal undid them all); every line is accepted as computed and the workflow
 * moves on; chunks accepted side by side accept each claim once. (Many claims are the settlement benchmark's.)
 */
class BulkFirstReviewIT extends IntegrationTest {

    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ClaimService claims;

    @Inject
    ClaimReviewService reviews;

    @Inject
    ClaimQueueService queue;

    @Inject
    AuditLog audit;

    @Test
    void aClaimReviewedMeanwhileIsLeftAndTheOthersAreAccepted() {
        AssessmentWorld.World world = care.world();
        CareClaim taken = submittedClaim(world);
        CareClaim first = submittedClaim(world);
        CareClaim second = submittedClaim(world);
        Actor reviewer = world.reviewer();
        reviews.firstReview(reviewer, taken.getId(), List.of());

        assertEquals(2, queue.acceptClean(reviewer, List.of(first.getId(), taken.getId(), second.getId())),
                "the two clean claims at their first review");
        assertEquals(ClaimStatus.FIRST_REVIEWED, statusOf(world, first));
        assertEquals(ClaimStatus.FIRST_REVIEWED, statusOf(world, second));
        assertEquals(ClaimStatus.FIRST_REVIEWED, statusOf(world, taken), "reviewed once, as it was");
    }

    @Test
    void everyLineIsAcceptedAsComputedAndTheWorkflowMovesOnToTheSecondReview() {
        AssessmentWorld.World world = care.world();
        CareClaim claim = submittedClaim(world);

        assertEquals(1, queue.acceptClean(world.reviewer(), List.of(claim.getId())));
        List<ClaimLine> lines = claims.lines(world.reviewer(), claim.getId());
        assertFalse(lines.isEmpty());
        lines.forEach(line -> {
            assertEquals(LineReview.ACCEPTED, line.getReview());
            assertEquals(0, line.getDeduction().signum());
            assertNull(line.getReviewReason());
        });
        CareClaim reviewed = claims.find(world.reviewer(), claim.getId());
        assertEquals(0, reviewed.getPayable().compareTo(reviewed.getAmounts().getFundShare()), "nothing deducted");
        assertEquals(List.of("FIRST_REVIEW_CLAIM"), audit.history("CareClaim", String.valueOf(claim.getId()))
                .stream().map(AuditEntry::getAction).filter(a -> a.contains("REVIEW")).toList());
        // the workflow waits for the second review: completing it there succeeds
        assertEquals(ClaimStatus.SECOND_REVIEWED, reviews.secondReview(world.reviewer2(), claim.getId()).getStatus());
    }

    @Test
    void chunksAcceptedSideBySideAcceptEachClaimOnce() {
        AssessmentWorld.World world = care.world();
        List<Long> ids = java.util.stream.Stream.generate(() -> submittedClaim(world)).limit(5).map(CareClaim::getId)
                .toList();

        assertEquals(5, queue.acceptClean(world.reviewer(), ids, 1), "five chunks of one, two at a time");
        for (long id : ids) {
            assertEquals(ClaimStatus.FIRST_REVIEWED, claims.find(world.reviewer(), id).getStatus());
            assertEquals(List.of("FIRST_REVIEW_CLAIM"), audit.history("CareClaim", String.valueOf(id)).stream()
                    .map(AuditEntry::getAction).filter(a -> a.contains("REVIEW")).toList(), "reviewed once");
        }
        assertEquals(0, queue.acceptClean(world.reviewer(), ids, 2), "none left at its first review");
    }

    private CareClaim submittedClaim(AssessmentWorld.World world) {
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL,
                5, MONTH.minusMonths(1).atDay(1));
        records.inCareSince(world, home, CareType.RESIDENTIAL, MONTH.minusMonths(1).atDay(1));
        Actor staff = care.staffOf(home);
        return claims.submit(staff, claims.generate(staff, home.getId(), MONTH).getId());
    }

    private ClaimStatus statusOf(AssessmentWorld.World world, CareClaim claim) {
        return claims.find(world.reviewer(), claim.getId()).getStatus();
    }
}
