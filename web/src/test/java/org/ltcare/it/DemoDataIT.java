package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.Assessor;
import org.ltcare.assessment.AssessorRepository;
import org.ltcare.institution.InstitutionRepository;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.settlement.payout.PayoutBatch;
import org.ltcare.settlement.payout.PayoutService;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.OrganisationKind;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/** The demo data the run command loads: what issue 2 promises the people who try the application. */
class DemoDataIT extends IntegrationTest {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssessorRepository assessors;

    @Inject
    InstitutionRepository institutions;

    @Inject
    ClaimService claims;

    @Inject
    PayoutService payouts;

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

    @Test
    void halfAYearOfCareIsSettledAndLastMonthsClaimsWaitAtEachStep() {
        Actor approver = accounts.findByUsername("approver").orElseThrow().toActor();
        YearMonth last = YearMonth.now(ClockProducer.ZONE).minusMonths(1);
        Map<String, List<CareClaim>> byLogin = new java.util.LinkedHashMap<>();
        for (String login : List.of("nurse", "hospital", "homecare")) {
            Actor staff = accounts.findByUsername(login).orElseThrow().toActor();
            List<CareClaim> own = claims.ofInstitution(staff, staff.organisationId());
            assertEquals(6, own.size(), login + ": a claim a month for six months");
            own.stream().filter(c -> c.getMonth().isBefore(last)).forEach(c -> {
                assertEquals(ClaimStatus.PAID, c.getStatus(), login + " " + c.getMonth());
                assertEquals(c.getMonth().plusMonths(1).toString(), c.getCycle(), "paid in its own cycle");
            });
            byLogin.put(login, own);
        }
        assertEquals(ClaimStatus.DRAFT, statusOf(byLogin.get("nurse"), last), "福寿园 may submit last month's");
        assertEquals(ClaimStatus.SUBMITTED, statusOf(byLogin.get("homecare"), last), "waits for the first review");
        assertEquals(ClaimStatus.APPROVED, statusOf(byLogin.get("hospital"), last), "waits for a payout batch");
        CareClaim deducted = byLogin.get("homecare").stream().filter(c -> c.getMonth().equals(last.minusMonths(3)))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("35.00").compareTo(deducted.getDeducted()));
        for (YearMonth cycle = last.minusMonths(4); !cycle.isAfter(last); cycle = cycle.plusMonths(1)) {
            YearMonth paidCycle = cycle;
            List<PayoutBatch> batches = payouts.recent(approver).stream()
                    .filter(b -> b.getCycle().equals(paidCycle)).toList();
            assertEquals(1, batches.size(), "one batch in cycle " + cycle);
            assertEquals(RunStatus.COMPLETED, batches.get(0).getRun().getStatus());
            assertEquals(3, batches.get(0).getRun().getTotal());
        }
    }

    private static ClaimStatus statusOf(List<CareClaim> claims, YearMonth month) {
        return claims.stream().filter(c -> c.getMonth().equals(month)).findFirst().orElseThrow().getStatus();
    }
}
