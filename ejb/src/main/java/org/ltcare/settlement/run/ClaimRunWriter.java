package org.ltcare.settlement.run;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Generates the drafts of a chunk's institutions (with their audit) in the chunk's transaction, as the officer who
 * started the run, and adds them to the run's progress in the same commit. What each institution loaded is let go
 * before the next one, as the chunk's transaction would otherwise check it again at every query.
 */
@Named("claimRunWriter")
@Dependent
public class ClaimRunWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String username;

    @Inject
    private ClaimService claims;

    @Inject
    private ClaimRuns runs;

    @Inject
    private UserAccountRepository accounts;

    @Override
    public void writeItems(List<Object> items) {
        Actor officer = accounts.findByUsername(username).orElseThrow().toActor();
        int generated = 0;
        int submitted = 0;
        int lines = 0;
        for (Object item : items) {
            Optional<CareClaim> claim = claims.generateByBureau(officer, (Long) item, YearMonth.parse(month));
            if (claim.isPresent()) {
                generated++;
                lines += claim.get().getLineCount();
            } else {
                submitted++;
            }
            runs.release();
        }
        runs.progressed(Long.parseLong(runId), generated, submitted, lines);
    }
}
