package org.ltcare.settlement.run;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Iterator;

/**
 * The institutions of the run's region in care in the month, one item each, in id order. The checkpoint is the last institution whose chunk
 * committed, so a restart goes on after it (institutions admitted since are taken in too).
 */
@Named("claimRunReader")
@Dependent
public class ClaimRunReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String month;

    @Inject
    @BatchProperty
    private String region;

    @Inject
    private ClaimRuns runs;

    private Iterator<Long> institutions;
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? 0 : (Long) checkpoint;
        institutions = runs.institutionsInCare(YearMonth.parse(month), region, last).iterator();
    }

    @Override
    public Object readItem() {
        if (!institutions.hasNext()) {
            return null;
        }
        last = institutions.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
