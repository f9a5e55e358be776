package org.ltcare.settlement.simulation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.ltcare.shared.model.RunState;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/** One fund-impact simulation: a draft rule-set version over a past period, month by month, with its progress. */
@Entity
@Table(name = "simulation_run")
public class SimulationRun extends Versioned {

    private String regionCode;

    private long ruleSetId;

    private String ruleSetCode;

    private String fromMonth;

    private String toMonth;

    @Embedded
    private RunState run = RunState.running();

    private int total;

    private int done;

    @Embedded
    private Stamp started;

    private Instant endedAt;

    protected SimulationRun() {
    }

    SimulationRun(String regionCode, long ruleSetId, String ruleSetCode, YearMonth from, YearMonth to,
                  String startedBy, Instant startedAt) {
        this.regionCode = regionCode;
        this.ruleSetId = ruleSetId;
        this.ruleSetCode = ruleSetCode;
        this.fromMonth = from.toString();
        this.toMonth = to.toString();
        this.total = (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
        this.started = Stamp.of(startedBy, startedAt);
    }

    void monthDone() {
        done++;
    }

    void completed(Instant at) {
        this.run.completed();
        this.endedAt = at;
    }

    void failed(String why, Instant at) {
        this.run.failed(why);
        this.endedAt = at;
    }

    public boolean isRunning() {
        return run.isRunning();
    }

    /** Its figures are complete and may be shown. */
    public boolean isCompleted() {
        return run.isCompleted();
    }

    public int getProgress() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public String getRuleSetCode() {
        return ruleSetCode;
    }

    public YearMonth getFromMonth() {
        return YearMonth.parse(fromMonth);
    }

    public YearMonth getToMonth() {
        return YearMonth.parse(toMonth);
    }

    public RunStatus getStatus() {
        return run.getStatus();
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public String getFailure() {
        return run.getFailure();
    }

    public Stamp getStarted() {
        return started;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
