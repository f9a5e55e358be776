package org.ltcare.overview.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ltcare.shared.FormText;
import org.ltcare.shared.model.Stamp;

/** A report asked for: generated in the background, its Excel and PDF kept for download. */
@Entity
@Table(name = "report_job")
public class ReportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportKind kind;

    @Column(nullable = false, length = 200)
    private String parameters;

    @Column(nullable = false, length = 16)
    private String status = "RUNNING";

    @Column(nullable = false)
    private int progress;

    @Column(length = 500)
    private String failure;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] xlsx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "requested_by", length = 64))
    @AttributeOverride(name = "at", column = @Column(name = "requested_at"))
    private Stamp requested;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected ReportJob() {
    }

    ReportJob(String regionCode, ReportKind kind, String parameters, String requestedBy, Instant requestedAt) {
        this.regionCode = regionCode;
        this.kind = kind;
        this.parameters = parameters;
        this.requested = Stamp.of(requestedBy, requestedAt);
    }

    void progressed(int percent) {
        this.progress = percent;
    }

    void completed(byte[] xlsx, byte[] pdf, Instant at) {
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.status = "COMPLETED";
        this.progress = 100;
        this.endedAt = at;
    }

    void failed(String why, Instant at) {
        this.status = "FAILED";
        this.failure = FormText.cut(why, 500);
        this.endedAt = at;
    }

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    /** Its files are there to download. */
    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getParameters() {
        return parameters;
    }

    public String getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getFailure() {
        return failure;
    }

    byte[] xlsx() {
        return xlsx;
    }

    byte[] pdf() {
        return pdf;
    }

    public Stamp getRequested() {
        return requested;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
