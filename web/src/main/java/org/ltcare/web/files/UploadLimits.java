package org.ltcare.web.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.ltcare.assessment.ApplicationMaterial;
import org.ltcare.insured.InsuredService;
import org.ltcare.shared.files.UploadRule;

/**
 * The services' upload limits for pages to check a chosen file at once (resources/js/ltcare.js reads them from
 * {@code data-max-bytes}); the service checks again, so a page can never allow more than its service.
 */
@Named
@ApplicationScoped
public class UploadLimits {

    public long getMaterialsMaxBytes() {
        return ApplicationMaterial.FILES.maxBytes();
    }

    public long getInsuredImportMaxBytes() {
        return InsuredService.IMPORT_FILE.maxBytes();
    }

    /** "10 MB": a limit as the messages name it. */
    public String text(long bytes) {
        return UploadRule.sizeText(bytes);
    }
}
