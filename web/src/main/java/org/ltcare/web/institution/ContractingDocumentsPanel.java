package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ltcare.institution.contracting.ChecklistItem;
import org.ltcare.institution.contracting.ContractingApplication;
import org.ltcare.institution.contracting.ContractingDocument;
import org.ltcare.institution.contracting.ContractingDocumentService;
import org.ltcare.institution.contracting.ContractingService;
import org.ltcare.institution.contracting.DocumentFile;
import org.ltcare.shared.BusinessException;
import org.ltcare.web.Page;
import org.ltcare.web.files.StoredFiles;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The documents of a contracting application on its page: listed, downloaded, handed in and removed. */
@Named
@ViewScoped
public class ContractingDocumentsPanel extends Page {

    @Inject
    private ContractingDocumentService handedIn;

    @Inject
    private ContractingService contracting;

    private Long id;
    private boolean mayHandIn;
    private List<ContractingDocument> attached = List.of();
    private ChecklistItem documentItem;
    private transient UploadedFile upload;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            ContractingApplication application = contracting.find(actor, id);
            mayHandIn = handedIn.mayHandIn(actor, application);
            attached = handedIn.of(actor, id);
        } catch (BusinessException e) {
            attached = List.of();
        }
    }

    public void attach() {
        try {
            ContractingDocument document = handedIn.attach(actor, id, documentItem,
                    upload == null ? new DocumentFile("", new byte[0])
                            : new DocumentFile(upload.getFileName(), upload.getContent()));
            errors.info("contracting.document.attached", document.getFileName());
            attached = handedIn.of(actor, id);
        } catch (BusinessException e) {
            errors.show(e, "documentsForm");
        }
    }

    public void removeDocument(ContractingDocument document) {
        try {
            handedIn.remove(actor, document.getId());
            attached = handedIn.of(actor, id);
        } catch (BusinessException e) {
            errors.show(e, "documentsForm");
        }
    }

    public StreamedContent download(ContractingDocument document) {
        ContractingDocument file = handedIn.download(actor, document.getId());
        return StoredFiles.download(file.getFileName(), file.getFile().getContentType(), file.getContent());
    }

    /** "2 份" next to a checklist item in the review, so the reviewer sees what came in for it. */
    public long documentCount(ChecklistItem item) {
        return attached.stream().filter(d -> d.getItem() == item).count();
    }

    public boolean isMayHandIn() {
        return mayHandIn;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<ContractingDocument> getAttached() {
        return attached;
    }

    public ChecklistItem getDocumentItem() {
        return documentItem;
    }

    public void setDocumentItem(ChecklistItem documentItem) {
        this.documentItem = documentItem;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
