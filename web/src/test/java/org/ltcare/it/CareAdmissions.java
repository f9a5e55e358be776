package org.ltcare.it;

import java.time.LocalDate;
import java.util.Set;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.benefit.AdmissionService;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.benefit.CareChoice;
import org.ltcare.institution.CareInstitution;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;

/** Care begun the usual way, for tests about what happens to it later (in the server). */
final class CareAdmissions {

    private CareAdmissions() {
    }

    /** The reviewer chooses 院护 at {@code home}, and its staff admits today. */
    static CareAdmission inResidentialCare(AdmissionService admissions, CareWorld care, AssessmentWorld.World world,
                                           CareInstitution home, AssessmentApplication application) {
        CareAdmission requested = admissions.choose(world.reviewer(), application.getId(),
                new CareChoice(CareType.RESIDENTIAL, home.getId(), Set.of()));
        return admissions.admit(care.staffOf(home), requested.getId(), LocalDate.now(ClockProducer.ZONE), null);
    }
}
