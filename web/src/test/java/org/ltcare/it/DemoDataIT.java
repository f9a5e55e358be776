package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.UserAccountRepository;

/** The demo data the run command loads: what issue 2 promises the people who try the application. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssessorRepository assessors;

    @Inject
    InstitutionRepository institutions;

    @Test
    void theAssessmentAgencyHasSixActiveAssessorsEachWithALogin() {
        long agency = accounts.findOrganisationByCode("ASSESS").orElseThrow().getId();
        assertEquals(OrganisationKind.ASSESSMENT_AGENCY, accounts.organisation(agency).getKind());
        List<Assessor> pool = assessors.activeOf(agency);
        assertEquals(6, pool.size(), "six assessors in the agency's pool");
        for (int i = 1; i <= 6; i++) {
            long userId = accounts.findByUsername("assessor" + i).orElseThrow().getId();
            assertTrue(pool.stream().anyMatch(a -> a.getUserId() == userId), "assessor" + i + " is in the pool");
        }
        assertTrue(pool.stream().noneMatch(a -> a.getName().contains("（")), "assessors carry their own names");
    }

    @Test
    void eightContractedInstitutionsAreThere() {
        // Other tests add institutions of their own (codes "IT-…"); the demo's carry codes "INST-…".
        assertEquals(8, institutions.all().stream()
                .filter(i -> i.getOrganisation().getCode().startsWith("INST-")).count());
    }
}
