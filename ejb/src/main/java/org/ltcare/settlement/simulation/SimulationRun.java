package org.ltcare.settlement.simulation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import org.ltcare.shared.FormText;
import org.ltcare.shared.model.Stamp;

/** One fund-impact simulation: a draft rule-set version over a past period, month by month, with its progress. */
@Entity
@Table(name = "simulation_run")
public class SimulationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Column(name = "rule_set_code", nullable = false, length = 32)
    private String ruleSetCode;

    @Column(name = "from_month", nullable = false, length = 7)
    private String fromMonth;

    @Column(name = "to_month", nullable = false, length = 7)
    private String toMonth;

    @Column(nullable = false, length = 16)
    private String status = "STARTED";

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(length = 500)
    private String failure;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "started_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "started_at"))
    private Stamp started;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

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

    void ended(String status, String why, Instant at) {
        this.status = status;
        this.failure = FormText.cut(why, 500);
        this.endedAt = at;
    }

    public boolean isRunning() {
        return "STARTED".equals(status);
    }

    /** Its figures are complete and may be shown. */
    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }

    public int getProgress() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public Long getId() {
        return id;
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

    public String getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public String getFailure() {
        return failure;
    }

    public Stamp getStarted() {
        return started;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
