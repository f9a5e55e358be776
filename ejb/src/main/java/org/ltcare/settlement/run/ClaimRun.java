package org.ltcare.settlement.run;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.ltcare.shared.model.Identified;
import org.ltcare.shared.model.RunState;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.model.Stamp;

/**
 * A run of the city-wide claim generation for a month, and how far it has got. The job's chunks add to its counts
 * with an update of their own (no version: the page reads it while the job writes).
 */
@Entity
@Table(name = "claim_run")
public class ClaimRun extends Identified {

    private String month;

    private String regionCode;

    private Long executionId;

    @Embedded
    private RunState run = RunState.running();

    private int skipped;

    private int lineCount;

    @Embedded
    private Stamp started;

    private Instant endedAt;

    /** The start of the node running it (issue 24): another node takes the run over when that one is lost. */
    private String nodeBoot;

    protected ClaimRun() {
    }

    ClaimRun(YearMonth month, String regionCode, int total, String startedBy, Instant startedAt, String nodeBoot) {
        this.month = month.toString();
        this.nodeBoot = nodeBoot;
        this.regionCode = regionCode;
        this.run.counted(total);
        this.started = Stamp.of(startedBy, startedAt);
    }

    public String getRegionCode() {
        return regionCode;
    }

    void execution(long id) {
        this.executionId = id;
    }

    /** Before a restart's execution begins: its listener may record the end before the execution id is stored. */
    void restarting(String nodeBoot) {
        this.nodeBoot = nodeBoot;
        this.run.resume();
        this.endedAt = null;
    }

    void ended(RunStatus status, String why, Instant at) {
        this.run.ended(status, why);
        this.endedAt = at;
    }

    public boolean isRestartable() {
        return run.getStatus().isResumable();
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Long getExecutionId() {
        return executionId;
    }

    public RunState getRun() {
        return run;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Stamp getStarted() {
        return started;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
