package org.ltcare.settlement.simulation;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.ltcare.shared.model.RunState;
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

    @Embedded
    private Stamp started;

    private Instant endedAt;

    /** The start of the node running it (issue 24): another node takes the run over when that one is lost. */
    private String nodeBoot;

    protected SimulationRun() {
    }

    SimulationRun(String regionCode, long ruleSetId, String ruleSetCode, YearMonth from, YearMonth to,
                  String startedBy, Instant startedAt, String nodeBoot) {
        this.regionCode = regionCode;
        this.nodeBoot = nodeBoot;
        this.ruleSetId = ruleSetId;
        this.ruleSetCode = ruleSetCode;
        this.fromMonth = from.toString();
        this.toMonth = to.toString();
        this.run.counted((int) from.until(to, ChronoUnit.MONTHS) + 1);
        this.started = Stamp.of(startedBy, startedAt);
    }

    /** The month it works on next: each month is done in one transaction, in order. */
    YearMonth nextMonth() {
        return getFromMonth().plusMonths(run.getDone());
    }

    boolean isRunBy(String nodeBoot) {
        return nodeBoot.equals(this.nodeBoot);
    }

    void monthDone() {
        run.advanced(1);
    }

    void completed(Instant at) {
        this.run.completed();
        this.endedAt = at;
    }

    void failed(String why, Instant at) {
        this.run.failed(why);
        this.endedAt = at;
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

    /** Its figures are complete and may be shown once the run is completed. */
    public RunState getRun() {
        return run;
    }

    public Stamp getStarted() {
        return started;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
