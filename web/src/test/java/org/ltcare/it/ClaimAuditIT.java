package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.visit.Confirmation;
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.VisitForm;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.auditrule.AuditRule;
import org.ltcare.policy.auditrule.AuditRuleService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.audit.ClaimFinding;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.run.ClaimRun;
import org.ltcare.settlement.run.ClaimRunService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;

/**
 * The automatic audit: a home-care agency's claim shows, before submission, the rejected days by code and the
 * anomaly of one care worker in two homes at once, with its evidence; the rule catalogue of a version is fixed
 * once in force, switched on a draft (the law's codes cannot be), copied into the next draft; the city-wide
 * generation as a Jakarta Batch job: failing mid-way (a database refusal) and restarted from its checkpoint, run
 * twice without a duplicated line. Each test works in a region of its own: a run generates its officer's region.
 */
class ClaimAuditIT extends IntegrationTest {

    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    HomeVisitService visits;

    @Inject
    ClaimService claims;

    @Inject
    AuditRuleService auditRules;

    @Inject
    RuleSetService ruleSets;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ClaimRunService claimRuns;

    @Inject
    CutClaimRuns cutRuns;

    /** A home-care agency's draft claim of last month: two clients, one worker at both at once on the 3rd. */
    private record DraftClaim(Actor staff, CareInstitution agency, CareClaim claim, CareAdmission first,
                              CareAdmission second) {
    }

    /** The unverified visit of the last draft claim made by {@link #anAgencysDraftClaim}. */
    private long tooShort;

    private DraftClaim anAgencysDraftClaim(AssessmentWorld.World world) {
        CareInstitution agency = care.contractedSince(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME,
                5, MONTH.minusMonths(1).atDay(1));
        CareAdmission first = records.inCareSince(world, agency, CareType.HOME, MONTH.minusMonths(1).atDay(1));
        CareAdmission second = records.inCareSince(world, agency, CareType.HOME, MONTH.minusMonths(1).atDay(1));
        CareWorker worker = records.worker(agency, "周护理", 6);
        Actor staff = care.staffOf(agency);
        visits.record(staff, first.getId(), visit(worker, MONTH.atDay(3).atTime(9, 0), 60));
        visits.record(staff, second.getId(), visit(worker, MONTH.atDay(3).atTime(9, 30), 60));
        tooShort = visits.record(staff, first.getId(), visit(worker, MONTH.atDay(5).atTime(9, 0), 20)).getId();
        return new DraftClaim(staff, agency, claims.generate(staff, agency.getId(), MONTH), first, second);
    }

    @Test
    void theClaimShowsTheDayCodesAndAWorkerInTwoHomesAtOnce() {
        DraftClaim draft = anAgencysDraftClaim(care.world());
        Actor staff = draft.staff();
        CareClaim claim = draft.claim();
        CareAdmission first = draft.first();
        CareAdmission second = draft.second();
        List<ClaimFinding> findings = claims.findings(staff, claim.getId());

        ClaimFinding overlap = findings.stream().filter(f -> f.getRule() == AuditRule.WORKER_OVERLAP).findFirst()
                .orElseThrow();
        assertEquals(second.getInsuredId(), overlap.getInsuredId());
        assertEquals(MONTH.atDay(3), overlap.getDay());
        assertEquals(List.of("周护理", "09:00–10:00", "09:30–10:30"), overlap.getEvidence().subList(0, 3));
        ClaimFinding noRecord = findings.stream().filter(f -> f.getRule() == AuditRule.NO_SERVICE_RECORD)
                .findFirst().orElseThrow();
        assertEquals(first.getInsuredId(), noRecord.getInsuredId());
        assertEquals("5", noRecord.getEvidence().get(0));
        assertEquals(java.util.Optional.of(RejectionFact.of(FactKind.UNVERIFIED_VISIT, tooShort)), noRecord.fact(),
                "the day names the visit that failed verification");
        assertEquals("SD-2025", noRecord.getRuleSetCode());
        assertEquals(null, noRecord.getThreshold(), "a day code without a threshold");
        assertEquals(2, findings.size(), findings.toString());
        claims.generate(staff, draft.agency().getId(), MONTH);
        assertEquals(2, claims.findings(staff, claim.getId()).size(), "a new run replaces the findings");
    }

    @Test
    void theCatalogueIsFixedInForceSwitchedOnADraftAndCopied() {
        AssessmentWorld.World world = care.world();
        Actor admin = world.admin();
        RuleSet inForce = ruleSets.inForce(world.region(), MONTH.atDay(1));
        assertEquals(AuditRule.values().length, auditRules.settings(admin, inForce.getId()).size());
        Map<AuditRule, Boolean> on = new EnumMap<>(AuditRule.class);
        Map<AuditRule, Integer> thresholds = new EnumMap<>(AuditRule.class);
        thresholds.put(AuditRule.FAR_FROM_USUAL_PLACE, 2_000);
        BusinessException fixed = assertThrows(BusinessException.class,
                () -> auditRules.update(admin, inForce.getId(), on, thresholds));
        assertEquals("ruleSet.notDraft", fixed.messageKey());

        String code = "AUD-" + System.nanoTime() % 100_000;
        RuleSet draft = ruleSets.createDraft(admin, inForce.getId(), code, "智能审核规则测试");
        on.put(AuditRule.AFTER_DEATH, false);
        thresholds.put(AuditRule.FAR_FROM_USUAL_PLACE, 50);
        thresholds.put(AuditRule.OVER_ENTITLEMENT, 32);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> auditRules.update(admin, draft.getId(), on, thresholds));
        assertEquals(List.of("auditRules.mandatory", "auditRules.threshold.range.OVER_ENTITLEMENT",
                        "auditRules.threshold.range.FAR_FROM_USUAL_PLACE"),
                refused.errors().stream().map(e -> e.messageKey()).toList());

        on.clear();
        on.put(AuditRule.NO_SERVICE_RECORD, false);
        thresholds.put(AuditRule.FAR_FROM_USUAL_PLACE, 2_000);
        thresholds.put(AuditRule.OVER_ENTITLEMENT, 20);
        auditRules.update(admin, draft.getId(), on, thresholds);
        assertFalse(auditRules.applied(draft.getId()).applies(AuditRule.NO_SERVICE_RECORD));
        assertEquals(2_000, auditRules.applied(draft.getId()).threshold(AuditRule.FAR_FROM_USUAL_PLACE));
        assertEquals(20, auditRules.applied(draft.getId()).threshold(AuditRule.OVER_ENTITLEMENT));
        assertTrue(auditRules.applied(inForce.getId()).applies(AuditRule.NO_SERVICE_RECORD), "in force unchanged");
        RuleSet next = ruleSets.createDraft(admin, draft.getId(), code + "B", "再复制");
        assertFalse(auditRules.applied(next.getId()).applies(AuditRule.NO_SERVICE_RECORD), "copied into drafts");
    }

    @Test
    void aRunFailingMidwayIsRestartedFromItsCheckpoint() {
        AssessmentWorld.World world = care.world();
        Actor officer = world.reviewer();
        // Five institutions in care before the failing one: at least one chunk (of five) commits before it.
        CutClaimRuns.Cut cut = cutRuns.atTheSixthInstitution(world, officer, MONTH);
        ClaimRun failed = cut.run();
        CareInstitution last = cut.last();
        assertEquals(RunStatus.FAILED, failed.getRun().getStatus());
        assertEquals(6, failed.getRun().getTotal(), "the officer's region's institutions in care, no other region's");
        assertEquals(5 * ((failed.getRun().getTotal() - 1) / 5), failed.getRun().getDone(),
                "the chunks before the failing one committed");
        Actor lastStaff = care.staffOf(last);
        assertTrue(claims.ofInstitution(lastStaff, last.getId()).isEmpty(), "the failing chunk rolled back");

        ClaimRun restarted = toTheEnd(officer, claimRuns.restart(officer, failed.getId()));

        assertEquals(RunStatus.COMPLETED, restarted.getRun().getStatus(),
                String.valueOf(restarted.getRun().getFailure()));
        // Progress adds up per chunk: a restart from the beginning would count the committed chunks twice.
        assertEquals(restarted.getRun().getTotal(), restarted.getRun().getDone(), "went on from the checkpoint");
        assertThrows(org.ltcare.shared.NotFoundException.class, () -> claimRuns.find(care.approver(), restarted.getId()),
                "another region's run");
        assertEquals(1, claims.lines(lastStaff, claims.ofInstitution(lastStaff, last.getId()).get(0).getId()).size());
    }

    @Test
    void theCityWideRunGeneratesEveryDraftAgainWithoutDuplicates() {
        AssessmentWorld.World world = care.world();
        Actor officer = world.reviewer();
        care.login(officer); // the job acts as the officer's account
        Actor staff = anAgencysDraftClaim(world).staff();
        CareClaim draft = claims.ofInstitution(staff, staff.organisationId()).get(0);
        assertThrows(org.ltcare.shared.security.AccessDeniedException.class, () -> claimRuns.start(staff, MONTH));

        for (int run = 0; run < 2; run++) {
            ClaimRun ended = toTheEnd(officer, claimRuns.start(officer, MONTH));
            assertEquals(RunStatus.COMPLETED, ended.getRun().getStatus(), String.valueOf(ended.getRun().getFailure()));
            assertEquals(ended.getRun().getTotal(), ended.getRun().getDone(), "every institution in care done");
            assertEquals(1, ended.getRun().getTotal(), "the region's one institution in care");
            CareClaim regenerated = claims.find(officer, draft.getId());
            assertEquals(officer.username(), regenerated.getGenerated().getBy());
            assertEquals(2, claims.lines(officer, draft.getId()).size(), "generated again, never duplicated");
            assertEquals(2, claims.findings(officer, draft.getId()).size());
        }
    }

    @Test
    @RunAsClient
    void theInstitutionSeesTheFindingsAndTheAdminTheCatalogue() throws Exception {
        List<String> h = onServer("aDraftClaimWithFindingsAndADraftRuleSet");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(0), "test");
            browser.open("/care/claims.xhtml?month=" + h.get(1));
            String findings = browser.byId("claimForm:findings").getText();
            assertTrue(findings.contains("护理员同一时间两处服务"), findings);
            assertTrue(findings.contains("规则版本 SD-2025") && findings.contains("未通过核验"),
                    "each finding with its rule set and record: " + findings);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('claimForm:findings').scrollIntoView()");
            browser.screenshot("claim-findings");
        }
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(3), "test");
            browser.open("/admin/audit-rules.xhtml?ruleSet=" + h.get(2));
            assertTrue(browser.pageText().contains("法定，始终适用"));
            browser.byId("rulesForm:save");
            browser.screenshot("audit-rules");
            browser.open("/admin/deposit-bands.xhtml?ruleSet=" + h.get(2));
            browser.type("bandsForm:bands:4:minScore_input", "95");
            browser.type("bandsForm:bands:4:percent_input", "10");
            browser.clickAndWaitForNewPage("bandsForm:save");
            browser.waitForText(org.openqa.selenium.By.tagName("body"), "得分越高的档次返还比例不能更低");
            browser.screenshot("deposit-bands-refused");
            browser.open("/admin/deposit-bands.xhtml?ruleSet=" + h.get(2));
            assertEquals("", browser.byId("bandsForm:bands:4:minScore_input").getAttribute("value"),
                    "the refused band was not stored: the draft keeps its four bands");
        }
    }

    /** In the server: the agency's staff login, the month, a draft rule set of the region and its admin's login. */
    List<Object> aDraftClaimWithFindingsAndADraftRuleSet() {
        AssessmentWorld.World world = care.world();
        DraftClaim draft = anAgencysDraftClaim(world);
        RuleSet draftRules = ruleSets.createDraft(world.admin(), ruleSets.inForce(world.region(), MONTH.atDay(1)).getId(),
                "AUD-" + System.nanoTime() % 100_000, "智能审核规则测试");
        return List.of(draft.staff().username(), MONTH, draftRules.getId(), care.login(world.admin()));
    }

    private ClaimRun toTheEnd(Actor officer, ClaimRun started) {
        return cutRuns.untilEnded(officer, started);
    }

    private static VisitForm visit(CareWorker worker, LocalDateTime in, int minutes) {
        return new VisitForm(worker.getId(), in, in.plusMinutes(minutes), null, null, null, Map.of("SH01", 1),
                Confirmation.ONE_TIME_CODE, "家属", "1234", null, null);
    }
}
