package org.ltcare.web.care;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.benefit.feed.FeedReport;
import org.ltcare.benefit.feed.HospitalStayFeed;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

/** 住院信息导入 (bureau): the medical-insurance system's inpatient stays from a CSV file, with a report by line. */
@Named
@ViewScoped
public class HospitalStayImportPage extends Page {

    @Inject
    private HospitalStayFeed feed;

    @Inject
    private Messages messages;

    private transient UploadedFile upload;
    private FeedReport report;

    /** Opens the page to those who may import stays; anyone else gets 403. */
    public void load() {
        try {
            HospitalStayFeed.requireImporter(actor);
        } catch (BusinessException e) {
            errors.refuse(e);
        }
    }

    public void importFile() {
        try {
            report = upload == null ? feed.importFile(actor, null, null)
                    : feed.importFile(actor, upload.getFileName(), upload.getContent());
        } catch (BusinessException e) {
            report = null;
            errors.show(e, "importForm");
        }
    }

    /** A row problem in words. */
    public String problemText(FeedReport.RowProblem problem) {
        return messages.format(problem.messageKey(), problem.arguments().toArray());
    }

    public List<FeedReport.RowProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }

    public FeedReport getReport() {
        return report;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
