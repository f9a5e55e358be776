package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.RuleSet;
import org.ltcare.policy.RuleSetService;
import org.ltcare.policy.rules.CareTariff;
import org.ltcare.policy.rules.CareTariffs;
import org.ltcare.policy.rules.CareType;
import org.ltcare.policy.rules.RuleSetContent;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimReviewService;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.simulation.SimulationLine;
import org.ltcare.settlement.simulation.SimulationResult;
import org.ltcare.settlement.simulation.SimulationRun;
import org.ltcare.settlement.simulation.SimulationService;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * The fund-impact simulation: a nursing home's approved month computed again under a draft with every limit raised
 * by 10 % costs exactly the hand-computed difference and leaves the real claim as it was; only drafts, only past
 * periods, only approvers and administrators; in the browser the administrator runs one over the demo city's half
 * year and exports it.
 */
class SimulationIT extends IntegrationTest {

    private static final YearMonth MONTH = YearMonth.now(ClockProducer.ZONE).minusMonths(1);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ClaimService claims;

    @Inject
    ClaimReviewService reviews;

    @Inject
    RuleSetService ruleSets;

    @Inject
    SimulationService simulations;

    @Inject
    UserAccountRepository accounts;

    @Test
    void limitsRaisedByTenPercentCostTheHandComputedDifferenceAndTouchNoClaim() {
        AssessmentWorld.World world = care.world();
        LocalDate since = MONTH.minusMonths(1).atDay(1);
        CareInstitution home = care.contractedSince(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5,
                since);
        records.inCareSince(world, home, CareType.RESIDENTIAL, since);
        Actor staff = care.staffOf(home);
        CareClaim claim = claims.submit(staff, claims.generate(staff, home.getId(), MONTH).getId());
        reviews.firstReview(world.reviewer(), claim.getId(), List.of());
        reviews.secondReview(world.reviewer2(), claim.getId());
        CareClaim approved = reviews.approve(world.approver(), claim.getId());
        List<BigDecimal> linesBefore = fundShares(staff, claim);
        RuleSet draft = limitsRaised(world.admin(), world.region(), "SIM" + System.nanoTime() % 100_000);

        SimulationRun run = finished(world.admin(), simulations.start(world.admin(), draft.getId(), MONTH, MONTH));

        assertEquals(RunStatus.COMPLETED, run.getRun().getStatus(), String.valueOf(run.getRun().getFailure()));
        List<SimulationResult> results = simulations.results(world.admin(), run.getId());
        assertEquals(1, results.size(), "one institution, one care type in the world's region");
        SimulationResult result = results.get(0);
        // Every day of the month billable; charge 100.00 above both limits: 0.75 × (66.00 − 60.00) = 4.50 a day.
        BigDecimal days = BigDecimal.valueOf(MONTH.lengthOfMonth());
        assertEquals(new BigDecimal("45.00").multiply(days).setScale(2), result.getRealFund());
        assertEquals(new BigDecimal("4.50").multiply(days).setScale(2), result.getDifference());
        assertEquals(1, result.getPeopleAffected());
        List<SimulationLine> changed = simulations.lines(world.admin(), run.getId(), 0, 10);
        assertEquals(1, changed.size(), "the one line, with both sides' arithmetic");
        String n = String.valueOf(MONTH.lengthOfMonth());
        assertEquals(n + " × min(100.00, 60.00) × 0.75 = " + result.getRealFund(), changed.get(0).real().formula());
        assertEquals(n + " × min(100.00, 66.00) × 0.75 = " + result.getSimulatedFund(),
                changed.get(0).simulated().formula());
        assertEquals(result.getDifference(), changed.get(0).getDifference());
        assertEquals(1, simulations.lineCount(world.admin(), run.getId()));
        CareClaim after = claims.find(staff, claim.getId());
        assertEquals(approved.getStatus(), after.getStatus());
        assertEquals(0, approved.getPayable().compareTo(after.getPayable()));
        assertEquals(approved.getAmounts().getFundShare(), after.getAmounts().getFundShare());
        assertEquals(linesBefore, fundShares(staff, claim), "the real claim's lines as they were");

        assertThrows(AccessDeniedException.class, () -> simulations.start(world.reviewer(), draft.getId(), MONTH,
                MONTH));
        RuleSet inForce = ruleSets.inForce(world.region(), MONTH.atDay(1));
        assertEquals("simulation.notDraft", assertThrows(BusinessException.class,
                () -> simulations.start(world.admin(), inForce.getId(), MONTH, MONTH)).messageKey());
        assertThrows(ValidationException.class, () -> simulations.start(world.admin(), draft.getId(), MONTH,
                MONTH.plusMonths(1)), "the current month is not over");
    }

    /** In the server: a draft of the demo city with its limits raised (a draft: nothing in force changes). */
    List<Object> aDraftOfTheDemoCity() {
        RuleSet draft = limitsRaised(actor("admin"), "370200", "SIMDEMO" + System.nanoTime() % 10_000);
        return List.of(draft.getId(), draft.getCode());
    }

    @Test
    @RunAsClient
    void theAdministratorSimulatesTheDemoHalfYearAndExportsIt() throws Exception {
        List<String> h = onServer("aDraftOfTheDemoCity");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("admin"), "test");
            browser.open("/bureau/simulation.xhtml");
            browser.selectMenuValue("simulationForm:ruleSet", h.get(0), h.get(1) + " · 限额上调 10%");
            browser.type("simulationForm:from", MONTH.minusMonths(5).toString());
            browser.type("simulationForm:to", MONTH.toString());
            browser.clickAndWaitForNewPage("simulationForm:start");
            browser.waitForText(By.id("simulationForm:runs:0:status"), "已完成");
            browser.waitForText(By.id("simulationForm:results"), h.get(1));
            BigDecimal difference = new BigDecimal(browser.byId("simulationForm:totalDifference").getText());
            assertTrue(difference.signum() > 0, "raised limits cost the fund more: " + difference);
            browser.scrollTo("simulationForm:changedLines");
            browser.screenshot("simulation");
            assertTrue(browser.byId("simulationForm:changedLines:0:simulatedHow").getText().contains(" × min("),
                    "each changed line shows the draft's arithmetic");
            Path file = browser.download("simulationForm:export");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                var sheet = book.getSheetAt(0);
                double sum = 0;
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    sum += sheet.getRow(r).getCell(8).getNumericCellValue();
                }
                assertEquals(difference.doubleValue(), sum, 0.001, "the export's differences add up to the page's");
                var lines = book.getSheet("逐行差异");
                double lineSum = 0;
                for (int r = 3; r <= lines.getLastRowNum(); r++) {
                    lineSum += lines.getRow(r).getCell(9).getNumericCellValue();
                }
                assertEquals(difference.doubleValue(), lineSum, 0.001, "and so do the changed lines'");
            }
        }
    }

    private RuleSet limitsRaised(Actor admin, String region, String code) {
        RuleSet inForce = ruleSets.inForce(region, MONTH.atDay(1));
        RuleSet draft = ruleSets.createDraft(admin, inForce.getId(), code, "限额上调 10%");
        RuleSetContent rules = draft.content();
        List<CareTariff> raised = rules.care().tariffs().stream().map(t -> new CareTariff(t.careType(),
                t.hospitalLevel(), t.fundRatio(), t.dailyLimit().multiply(new BigDecimal("1.1"))
                .setScale(2, RoundingMode.HALF_UP))).toList();
        return ruleSets.saveDraft(admin, draft.getId(), draft.getName(), new RuleSetContent(rules.scale(),
                rules.entitlement(), new CareTariffs(raised, rules.care().specializedMinimumHospitalLevel()),
                rules.procedure(), rules.settlement(), rules.homeCare(), rules.contracting()));
    }

    private SimulationRun finished(Actor reader, SimulationRun started) {
        return Await.until(() -> simulations.find(reader, started.getId()), r -> !r.getRun().isRunning(),
                Duration.ofSeconds(60), "the simulation");
    }

    private List<BigDecimal> fundShares(Actor staff, CareClaim claim) {
        return claims.lines(staff, claim.getId()).stream().map(ClaimLine::getAmounts)
                .map(a -> a.getFundShare()).toList();
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
