package org.ltcare.web.insured;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.ImportProblem;
import org.ltcare.insured.importing.InsuredCsvColumn;
import org.ltcare.insured.importing.InsuredImportPreview;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.insured.importing.RowError;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.assessment.IdDisplay;
import org.ltcare.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * 参保人导入 in two steps: upload a CSV file and see what it would bring in (nothing is stored), then confirm
 * to store the valid rows. Rows with errors are never imported.
 */
@Named
@ViewScoped
public class InsuredImport extends Page {

    static final String FORM = "importForm";
    /** Valid rows shown for checking before the confirmation. */
    static final int SAMPLE_ROWS = 50;

    @Inject
    private InsuredService insured;

    @Inject
    private FormMessages forms;

    @Inject
    private Messages messages;

    /** The file of the current upload request only. */
    private transient UploadedFile file;

    /**
     * Held between preview and confirmation. InsuredRow and RowError are not serialisable; WildFly keeps the view
     * state in memory, so this survives the postbacks of the page. Should it ever be lost (a passivated session),
     * the confirmation asks for the file again instead of importing anything.
     */
    private transient InsuredImportPreview preview;
    private String fileName;
    private Integer importedCount;

    public void preview() {
        importedCount = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            forms.error(FORM + ":file", "import.noFile");
            return;
        }
        try {
            preview = insured.preview(actor, file.getFileName(), file.getContent());
            fileName = file.getFileName();
        } catch (BusinessException e) {
            errors.show(e, FORM);
        } finally {
            file = null;
        }
    }

    public void confirm() {
        if (preview == null) {
            forms.error(null, "import.previewLost");
            return;
        }
        try {
            importedCount = insured.confirmImport(actor, preview.validRows());
        } catch (BusinessException e) {
            errors.show(e, null);
        }
        preview = null;
    }

    public void restart() {
        preview = null;
        fileName = null;
        importedCount = null;
    }

    /** The reason of one problem in the user's language; an invalid ID number says what is wrong with it. */
    public String reason(RowError error) {
        String detail = error.detail();
        if (error.code() == ImportProblem.ID_NUMBER_INVALID && detail != null) {
            detail = messages.get("idNumber." + detail);
        }
        return forms.format("importProblem." + error.code().name(), detail == null ? "" : detail);
    }

    public String columnOf(RowError error) {
        return error.column() == null ? forms.get("import.errors.wholeLine") : error.column();
    }

    public String idNumberOf(InsuredRow row) {
        return IdDisplay.of(actor, row.idNumber());
    }

    public String getConfirmLabel() {
        return forms.format("import.confirm", preview == null ? 0 : preview.validRowCount());
    }

    public String getConfirmQuestion() {
        return forms.format("import.confirmQuestion", preview == null ? 0 : preview.validRowCount());
    }

    public String getExpectedHeader() {
        return String.join(",", InsuredCsvColumn.HEADERS);
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public InsuredImportPreview getPreview() {
        return preview;
    }

    public List<RowError> getErrors() {
        return preview == null ? List.of() : preview.errors();
    }

    public List<InsuredRow> getSampleRows() {
        if (preview == null) {
            return List.of();
        }
        List<InsuredRow> valid = preview.validRows();
        return valid.subList(0, Math.min(SAMPLE_ROWS, valid.size()));
    }

    public int getSampleSize() {
        return SAMPLE_ROWS;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getImportedCount() {
        return importedCount;
    }
}
