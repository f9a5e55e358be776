package org.ltcare.benefit;

import java.util.EnumSet;
import java.util.Set;
import org.ltcare.policy.rules.CareType;

/** What the applicant's side chooses: a care type at an institution, with the medical indications recorded for 专护. */
public record CareChoice(CareType careType, long institutionId, Set<MedicalIndication> indications) {

    public CareChoice {
        indications = indications == null || indications.isEmpty() ? EnumSet.noneOf(MedicalIndication.class)
                : EnumSet.copyOf(indications);
    }
}
