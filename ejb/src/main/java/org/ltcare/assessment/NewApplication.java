package org.ltcare.assessment;

import java.util.List;

/** What the filer enters in the application form. The service validates it as a whole. */
public record NewApplication(
        String insuredIdNumber,
        ApplicantRole applicantRole,
        String applicantName,
        String applicantRelation,
        String contactPhone,
        ResidenceKind residenceKind,
        String residenceAddress,
        Long currentInstitutionId,
        List<NewMaterial> materials) {

    public NewApplication {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
