package org.ltcare.web.overview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.ltcare.institution.CareInstitution;
import org.ltcare.overview.report.ReportJob;
import org.ltcare.overview.report.ReportKind;
import org.ltcare.overview.report.ReportRequest;
import org.ltcare.overview.report.ReportService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** 统计报表: ask for a report, follow its generation, download it as Excel or PDF when ready. */
@Named
@ViewScoped
public class ReportsPage extends Page {

    @Inject
    private ReportService reports;

    @Inject
    private Messages messages;

    private ReportKind kind = ReportKind.SETTLEMENT_SUMMARY;
    private String from;
    private String to;
    private Long institutionId;
    private Integer year;
    private List<ReportJob> jobs = List.of();
    private List<CareInstitution> institutions = List.of();

    @PostConstruct
    public void load() {
        YearMonth last = YearMonth.now(ClockProducer.ZONE).minusMonths(1);
        from = last.toString();
        to = last.toString();
        year = last.getYear();
        institutions = reports.institutions(actor);
        refresh();
    }

    public void refresh() {
        jobs = reports.recent(actor);
    }

    public void request() {
        try {
            YearMonth start = MonthField.parse("from", from);
            YearMonth end = kind == ReportKind.ASSESSMENT_STATISTICS ? MonthField.parse("to", to) : start;
            ReportJob job = reports.request(actor, new ReportRequest(kind, start, end, institutionId, year));
            errors.info("report.requested", messages.get("report.kind." + kind.name()), job.getParameters());
            refresh();
        } catch (BusinessException e) {
            errors.show(e, "reportForm", field -> messages.get("report." + field));
        }
    }

    public StreamedContent xlsx(ReportJob job) {
        byte[] file = reports.xlsx(actor, job.getId());
        return DefaultStreamedContent.builder().name(fileName(job) + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    public StreamedContent pdf(ReportJob job) {
        byte[] file = reports.pdf(actor, job.getId());
        return DefaultStreamedContent.builder().name(fileName(job) + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    private static String fileName(ReportJob job) {
        return job.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + job.getId();
    }

    /** Why it stopped, in the user's language where the run gave a reason of the bundles (a lost node). */
    public String failureText(ReportJob run) {
        return messages.runFailure(run.getRun().getFailure());
    }

    public boolean isRunning() {
        return jobs.stream().anyMatch(j -> j.getRun().isRunning());
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<ReportJob> getJobs() {
        return jobs;
    }

    public List<CareInstitution> getInstitutions() {
        return institutions;
    }
}
