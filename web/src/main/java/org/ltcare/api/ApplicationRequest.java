package org.ltcare.api;

import java.util.List;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.ResidenceKind;

/**
 * An application filed through the API. Materials are the kinds of document the filer checked on paper;
 * files are uploaded through the screens.
 */
public record ApplicationRequest(String insuredIdNumber, ApplicantRole applicantRole, String applicantName,
                                 String applicantRelation, String contactPhone, ResidenceKind residenceKind,
                                 String residenceAddress, Long currentInstitutionId,
                                 List<MaterialKind> materialsCheckedOnPaper) {

    NewApplication toNewApplication() {
        List<NewMaterial> materials = materialsCheckedOnPaper == null ? List.of()
                : materialsCheckedOnPaper.stream().distinct().map(NewMaterial::seenOnPaper).toList();
        return new NewApplication(insuredIdNumber, applicantRole, applicantName, applicantRelation, contactPhone,
                residenceKind, residenceAddress, currentInstitutionId, materials);
    }
}
