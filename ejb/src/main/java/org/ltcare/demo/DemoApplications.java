package org.ltcare.demo;

import java.util.List;
import java.util.Map;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.insured.InsuredPerson;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.UserAccountRepository;

/** A few submitted applications, so the reviewer's task list is not empty on the first visit. */
final class DemoApplications {

    private DemoApplications() {
    }

    static void fileSome(ApplicationService service, List<InsuredPerson> people,
                         Map<String, Organisation> organisations, UserAccountRepository accounts) {
        Actor nurse = accounts.findByUsername("nurse").orElseThrow().toActor();
        Actor reviewer = accounts.findByUsername("reviewer").orElseThrow().toActor();
        long nursingHome = organisations.get("INST-NH1").getId();
        for (int i = 0; i < 3; i++) {
            InsuredPerson person = people.get(i);
            service.file(nurse, new NewApplication(person.getIdNumber().value(), ApplicantRole.GUARDIAN,
                    "家属" + person.getName().charAt(0) + "女士", "子女", "13800000" + (100 + i),
                    ResidenceKind.INSTITUTION, null, nursingHome, paperMaterials(true)));
        }
        for (int i = 3; i < 6; i++) {
            InsuredPerson person = people.get(i);
            service.file(reviewer, new NewApplication(person.getIdNumber().value(), ApplicantRole.SELF,
                    person.getName(), null, person.getPhone(), ResidenceKind.HOME, person.getAddress(), null,
                    paperMaterials(false)));
        }
    }

    private static List<NewMaterial> paperMaterials(boolean guardian) {
        return guardian
                ? List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT), NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS),
                        NewMaterial.seenOnPaper(MaterialKind.GUARDIANSHIP))
                : List.of(NewMaterial.seenOnPaper(MaterialKind.ID_DOCUMENT), NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS));
    }
}
