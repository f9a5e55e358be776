package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.queue.ClaimQueueService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;

/**
 * 一键初审通过: each clean claim is accepted on its own, so a claim another reviewer has just taken is left as it
 * is and the others are accepted all the same (in one transaction, its refusal undid them all).
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
