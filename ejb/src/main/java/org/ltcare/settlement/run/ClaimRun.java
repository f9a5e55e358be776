package org.ltcare.settlement.run;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.ltcare.shared.FormText;
import org.ltcare.shared.model.Stamp;

/**
 * A run of the city-wide claim generation for a month, and how far it has got. The job's chunks add to its counts
 * with an update of their own (no version: the page reads it while the job writes).
 */
@Entity
@Table(name = "claim_run")
public class ClaimRun {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(nullable = false, length = 7)
    private String month;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(nullable = false, length = 16)
    private String status = "STARTED";

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "started_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "started_at"))
    private Stamp started;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 500)
    private String failure;

    protected ClaimRun() {
    }

    ClaimRun(YearMonth month, String regionCode, int total, String startedBy, Instant startedAt) {
        this.month = month.toString();
        this.regionCode = regionCode;
        this.total = total;
        this.started = Stamp.of(startedBy, startedAt);
    }

    public String getRegionCode() {
        return regionCode;
    }

    void execution(long id) {
        this.executionId = id;
    }

    /** Before a restart's execution begins: its listener may record the end before the execution id is stored. */
    void restarting() {
        this.status = "STARTED";
        this.failure = null;
        this.endedAt = null;
    }

    void ended(String batchStatus, String why, Instant at) {
        this.status = batchStatus;
        this.failure = FormText.cut(why, 500);
        this.endedAt = at;
    }

    public boolean isRestartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    public int getProgress() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Long getExecutionId() {
        return executionId;
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

    public String getFailure() {
        return failure;
    }
}
