package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.run.ClaimRun;
import org.ltcare.settlement.run.ClaimRunService;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;

/**
 * Test fixture: a month's claim generation cut off in the middle — six nursing homes of the world's region in care,
 * the sixth's claim refused by the database ({@link FailingClaimGeneration}), so the first chunk of five commits and
 * the run fails at the sixth. Not in a transaction: the job runs on its own threads and must see the data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CutClaimRuns {

    /** The run as it ended, and the institution it stopped at. */
    public record Cut(ClaimRun run, CareInstitution last) {
    }

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    FailingClaimGeneration failing;

    @Inject
    ClaimRunService claimRuns;

    public Cut atTheSixthInstitution(AssessmentWorld.World world, Actor officer, YearMonth month) {
        care.login(officer); // the job acts as the officer's account
        LocalDate since = month.minusMonths(1).atDay(1);
        CareInstitution last = null;
        for (int i = 0; i < 6; i++) {
            last = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5, since);
            records.inCareSince(world, last, CareType.RESIDENTIAL, since);
        }
        failing.failFor(last.getId());
        try {
            return new Cut(untilEnded(officer, claimRuns.start(officer, month)), last);
        } finally {
            failing.heal();
        }
    }

    /** The run once it is no longer running. */
    public ClaimRun untilEnded(Actor officer, ClaimRun started) {
        return Await.until(() -> claimRuns.find(officer, started.getId()),
                r -> r.getRun().getStatus() != RunStatus.RUNNING, Duration.ofSeconds(120), "the claim-generation job");
    }
}
