package org.ltcare.overview.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ltcare.shared.model.RunState;
import org.ltcare.shared.model.Stamp;
import org.ltcare.shared.model.Versioned;

/** A report asked for: generated in the background, its Excel and PDF kept for download. */
@Entity
@Table(name = "report_job")
public class ReportJob extends Versioned {

    /** A report's run counts in per cent: its steps say how far they have got, not how much they added. */
    private static final int PER_CENT = 100;

    private String regionCode;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private String parameters;

    @Embedded
    private RunState run = RunState.running();

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] xlsx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Embedded
    private Stamp requested;

    private Instant endedAt;

    /** The start of the node generating it (issue 24): a job whose node is lost is ended, to be asked again. */
    private String nodeBoot;

    protected ReportJob() {
    }

    ReportJob(String regionCode, ReportKind kind, String parameters, String requestedBy, Instant requestedAt,
              String nodeBoot) {
        this.nodeBoot = nodeBoot;
        this.regionCode = regionCode;
        this.kind = kind;
        this.parameters = parameters;
        this.requested = Stamp.of(requestedBy, requestedAt);
        this.run.counted(PER_CENT);
    }

    void progressed(int percent) {
        this.run.reached(percent);
    }

    void completed(byte[] xlsx, byte[] pdf, Instant at) {
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.run.completed();
        this.run.reached(PER_CENT);
        this.endedAt = at;
    }

    void failed(String why, Instant at) {
        this.run.failed(why);
        this.endedAt = at;
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

    /** Its files are there to download once the run is completed. */
    public RunState getRun() {
        return run;
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
