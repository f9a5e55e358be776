package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.AdmissionStatus;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.overview.CaseStageCount;
import org.ltcare.overview.Dashboard;
import org.ltcare.overview.GradeTypeCount;
import org.ltcare.overview.InstitutionRank;
import org.ltcare.overview.MonthSpend;
import org.ltcare.overview.OverviewService;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.audit.AuditEntry;
import org.ltcare.shared.security.AccessDeniedException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * The bureau's dashboard over the demo city, read only: its figures equal sums computed here another way (claims
 * rather than claim lines, admissions as entities), and in the browser the charts draw and a table's Excel export
 * opens with the page's figures. The budget — set by an approver only, bad amounts changing nothing — is set in a
 * region of the test's own.
 */
class DashboardIT extends IntegrationTest {

    private static final String REGION = "370200";

    @Inject
    OverviewService overview;

    @Inject
    UserAccountRepository accounts;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Inject
    AssessmentWorld worlds;

    @Test
    void theFiguresEqualTheClaimsAndAdmissionsSummedAnotherWay() {
        Dashboard dashboard = overview.dashboard(actor("approver"));
        LocalDate today = LocalDate.now(ClockProducer.ZONE);

        Map<YearMonth, BigDecimal> fundByMonth = new TreeMap<>();
        for (MonthSpend cell : dashboard.spend()) {
            fundByMonth.merge(cell.month(), cell.fundSpend(), BigDecimal::add);
        }
        Map<YearMonth, BigDecimal> payableByMonth = new TreeMap<>();
        YearMonth first = dashboard.months().get(0);
        for (CareClaim claim : em.createQuery("select c from CareClaim c where c.status in :decided and c.institutionId "
                + "in (select o.id from Organisation o where o.regionCode = :region)", CareClaim.class)
                .setParameter("decided", List.of(ClaimStatus.APPROVED, ClaimStatus.PAID))
                .setParameter("region", REGION).getResultList()) {
            if (!claim.getMonth().isBefore(first)) {
                payableByMonth.merge(claim.getMonth(), claim.getPayable(), BigDecimal::add);
            }
        }
        assertEquals(payableByMonth, fundByMonth, "per month: the lines' fund share less deductions = claims' payable");
        YearMonth last = YearMonth.from(today).minusMonths(1);
        assertTrue(fundByMonth.getOrDefault(last.minusMonths(1), BigDecimal.ZERO).signum() > 0,
                "the demo's paid months are there");

        long inCare = em.createQuery("select a from CareAdmission a where a.status = :admitted and a.startsOn <= :today "
                + "and (a.endsOn is null or a.endsOn >= :today) and a.institutionId in "
                + "(select o.id from Organisation o where o.regionCode = :region)", CareAdmission.class)
                .setParameter("admitted", AdmissionStatus.ADMITTED).setParameter("today", today)
                .setParameter("region", REGION).getResultList().size();
        assertEquals(inCare, dashboard.beneficiaries().stream().mapToLong(GradeTypeCount::people).sum());
        InstitutionRank nursingHome = dashboard.institutions().stream().filter(i -> i.name().equals("福寿园护理院"))
                .findFirst().orElseThrow();
        long homesResidents = em.createQuery("select count(a) from CareAdmission a, CareInstitution i where "
                + "i.id = a.institutionId and i.organisation.name = '福寿园护理院' and a.status = :admitted "
                + "and a.startsOn <= :today and (a.endsOn is null or a.endsOn >= :today)", Long.class)
                .setParameter("admitted", AdmissionStatus.ADMITTED).setParameter("today", today).getSingleResult();
        assertEquals(homesResidents, nursingHome.beneficiaries(), "the demo nursing home's residents");
        assertTrue(homesResidents > 0, "the demo has people in care there");
        assertEquals(inCare, dashboard.institutions().stream().mapToLong(InstitutionRank::beneficiaries).sum());
    }

    @Test
    void theCasesInProgressCountEachOfTheRegionsCasesOnceAtTheStepItWaitsAt() {
        AssessmentWorld.World world = worlds.create(2);
        assertEquals(List.of(), overview.dashboard(world.approver()).cases(), "a new region has no cases");
        worlds.filedApplication(world, false);
        assertEquals(List.of(new CaseStageCount("Task_ReviewApplication", 1, 0)),
                overview.dashboard(world.approver()).cases(), "a filed case waits for acceptance, counted once");
        worlds.acceptedApplication(world, false);
        assertEquals(Set.of(new CaseStageCount("Task_ReviewApplication", 1, 0),
                new CaseStageCount("Task_OnSiteAssessment", 1, 0)),
                Set.copyOf(overview.dashboard(world.approver()).cases()),
                "an accepted case waits for its assessors; other regions' cases are not counted");
    }

    @Test
    void theBudgetIsAnApproversAndABadAmountChangesNothing() {
        AssessmentWorld.World world = worlds.create(0);
        Actor approver = world.approver();
        Actor auditor = new Actor("it-auditor-" + world.region(), approver.organisationId(),
                approver.organisationKind(), java.util.Set.of(org.ltcare.shared.security.Role.AUDITOR));
        YearMonth month = YearMonth.now(ClockProducer.ZONE);
        assertThrows(AccessDeniedException.class,
                () -> overview.setBudget(world.reviewer(), month, new BigDecimal("1000.00")));
        assertThrows(ValidationException.class,
                () -> overview.setBudget(approver, month, new BigDecimal("-1")));
        assertThrows(ValidationException.class,
                () -> overview.setBudget(approver, month, new BigDecimal("10.001")));
        assertNull(overview.dashboard(auditor).budget().get(month), "bad amounts stored nothing");
        overview.setBudget(approver, month, new BigDecimal("60000"));
        overview.setBudget(approver, month, new BigDecimal("65000.50"));

        assertEquals(new BigDecimal("65000.50"), overview.dashboard(auditor).budget().get(month));
        assertNotEquals(new BigDecimal("65000.50"), overview.dashboard(actor("auditor")).budget().get(month),
                "another region's budget is its own");
        List<AuditEntry> entries = em.createQuery("select e from AuditEntry e where e.entityType = 'FundBudget' "
                + "and e.action = 'SET_BUDGET' and e.actorUsername = :approver order by e.id", AuditEntry.class)
                .setParameter("approver", approver.username()).getResultList();
        assertEquals(2, entries.size(), "each change audited");
        AuditEntry change = entries.get(1);
        assertTrue(change.getBeforeState().contains("60000.00") && change.getAfterState().contains("65000.50"),
                change.getBeforeState() + " → " + change.getAfterState());
    }

    @Test
    @RunAsClient
    void theChartsDrawAndTheSpendExportOpensWithThePagesFigures() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("approver"), "test");
            browser.open("/bureau/dashboard.xhtml");
            for (String chart : List.of("beneficiariesChart", "spendChart", "institutionsChart")) {
                var canvas = browser.byId("dashForm:" + chart).findElement(By.tagName("canvas"));
                assertTrue(canvas.getSize().getWidth() > 100 && canvas.getSize().getHeight() > 100, chart + " drawn");
            }
            String lastMonthTotal = browser.byId("dashForm:spend:22:fund").getText();
            browser.screenshot("dashboard");
            Path file = browser.download("dashForm:exportSpend");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals(3 + OverviewService.MONTHS - 1, sheet.getLastRowNum(), "a header and 24 months");
                Row lastMonth = sheet.getRow(3 + 22);
                String month = YearMonth.now(ClockProducer.ZONE).minusMonths(1).toString();
                assertEquals(month, lastMonth.getCell(0).getStringCellValue());
                assertEquals(new BigDecimal(lastMonthTotal.replace(",", "").replace("¥", "")).doubleValue(),
                        lastMonth.getCell(5).getNumericCellValue(), 0.001, "the table's total for " + month);
            }
        }
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
