package org.ltcare.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.shared.security.Organisation;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.UserAccountRepository;

/**
 * Test fixture of the institution capability: a care institution of its own in the demo region, made in one
 * transaction (the institution shares its organisation's id).
 */
@Stateless
public class Institutions {

    @Inject
    InstitutionRepository institutions;

    @Inject
    UserAccountRepository accounts;

    public CareInstitution aNew(InstitutionKind kind, Integer hospitalLevel) {
        String code = "IT-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Organisation organisation = new Organisation(code, "测试机构" + code, OrganisationKind.CARE_INSTITUTION, "370200");
        accounts.save(organisation);
        CareInstitution institution = new CareInstitution(organisation, kind, hospitalLevel, hospitalLevel != null, 40,
                "测试路5号");
        institutions.save(institution);
        return institution;
    }
}
