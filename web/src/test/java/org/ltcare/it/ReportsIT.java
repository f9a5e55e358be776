package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.AssessmentConclusion;
import org.ltcare.overview.report.Report;
import org.ltcare.overview.report.ReportJob;
import org.ltcare.overview.report.ReportKind;
import org.ltcare.overview.report.ReportRequest;
import org.ltcare.overview.report.ReportService;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.model.RunStatus;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.UserAccountRepository;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;

/**
 * The reports over the demo city: their figures equal the claims, lines and conclusions summed here another way
 * (entities, not the reports' SQL); a report is generated in the background and its Excel and PDF read back; in
 * the browser a report card is asked for and downloaded when ready. Reports only read: the demo city is not changed.
 */
class ReportsIT extends IntegrationTest {

    private static final String REGION = "370200";
    /** The demo's last fully paid month. */
    private static final YearMonth PAID = YearMonth.now(ClockProducer.ZONE).minusMonths(2);

    @Inject
    ReportService reports;

    @Inject
    ClaimService claims;

    @Inject
    UserAccountRepository accounts;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/MySQLDS")
    javax.sql.DataSource dataSource;

    @Test
    void theSettlementSummaryEqualsTheClaimsAndTheirLines() {
        Report report = reports.build(REGION, new ReportRequest(ReportKind.SETTLEMENT_SUMMARY, PAID, PAID, null, null));

        List<CareClaim> submitted = em.createQuery("select c from CareClaim c where c.month = :month and c.status <> "
                + "org.ltcare.settlement.claim.ClaimStatus.DRAFT and c.institutionId in (select o.id from Organisation o "
                + "where o.regionCode = :region)", CareClaim.class).setParameter("month", PAID.toString())
                .setParameter("region", REGION).getResultList();
        BigDecimal payable = submitted.stream().map(CareClaim::getPayable).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<Object>> byInstitution = report.sections().get(0).rows();
        assertEquals(submitted.size() + 1, byInstitution.size(), "a row per claim and the total");
        assertEquals(0, payable.compareTo((BigDecimal) last(byInstitution).get(7)), "payable: " + payable);

        BigDecimal lineFund = BigDecimal.ZERO;
        long billable = 0;
        for (CareClaim claim : submitted) {
            for (ClaimLine line : em.createQuery("select l from ClaimLine l where l.claimId = :c", ClaimLine.class)
                    .setParameter("c", claim.getId()).getResultList()) {
                lineFund = lineFund.add(line.getAmounts().getFundShare());
                billable += line.getAmounts().getBillableDays();
            }
        }
        List<Object> careTypeTotal = last(report.sections().get(1).rows());
        assertEquals(0, lineFund.compareTo((BigDecimal) careTypeTotal.get(5)), "fund share by care type");
        assertEquals(billable, careTypeTotal.get(3), "billable days by care type");
        assertEquals(0, lineFund.compareTo((BigDecimal) last(report.sections().get(2).rows()).get(4)), "by grade");
    }

    @Test
    void theAssessmentStatisticsCountTheConclusions() {
        YearMonth to = YearMonth.now(ClockProducer.ZONE);
        YearMonth from = to.minusMonths(11);
        Report report = reports.build(REGION, new ReportRequest(ReportKind.ASSESSMENT_STATISTICS, from, to, null, null));

        long conclusions = em.createQuery("select k from AssessmentConclusion k where k.concludedOn between :from "
                + "and :to and k.application.insured.regionCode = :region",
                AssessmentConclusion.class).setParameter("from", from.atDay(1)).setParameter("to", to.atEndOfMonth())
                .setParameter("region", REGION).getResultList().size();
        assertTrue(conclusions >= 9, "the demo's nine conclusions at least: " + conclusions);
        assertEquals(conclusions, last(report.sections().get(0).rows()).get(1), "by grade");
        assertEquals(conclusions, last(report.sections().get(1).rows()).get(1), "by agency");
        assertEquals(2 * conclusions, last(report.sections().get(2).rows()).get(3), "two assessors a round");
        assertEquals(conclusions, report.sections().get(3).rows().get(0).get(1));
    }

    @Test
    void recentReportsAreListedByTheTimeAskedNotByTheirIds() throws Exception {
        Actor approver = accounts.findByUsername("approver").orElseThrow().toActor();
        ReportJob first = reports.request(approver, new ReportRequest(ReportKind.ASSESSMENT_STATISTICS, PAID, PAID,
                null, null));
        ReportJob second = reports.request(approver, new ReportRequest(ReportKind.ASSESSMENT_STATISTICS, PAID, PAID,
                null, null));
        // as when the node that took the earlier request had a block of higher ids: the later id asked a day before
        try (java.sql.Connection sql = dataSource.getConnection();
             java.sql.PreparedStatement earlier = sql.prepareStatement(
                     "update report_job set requested_at = requested_at - interval 1 day where id = ?")) {
            earlier.setLong(1, second.getId());
            assertEquals(1, earlier.executeUpdate());
        }

        List<Long> listed = reports.recent(approver).stream().map(ReportJob::getId).toList();
        int older = listed.indexOf(second.getId());
        assertTrue(listed.contains(first.getId()) && (older < 0 || listed.indexOf(first.getId()) < older),
                listed.toString());
    }

    @Test
    void aReportIsGeneratedInTheBackgroundAndItsFilesReadBack() throws Exception {
        Actor approver = accounts.findByUsername("approver").orElseThrow().toActor();
        assertThrows(ValidationException.class, () -> reports.request(approver, new ReportRequest(
                ReportKind.SETTLEMENT_SUMMARY, YearMonth.now(ClockProducer.ZONE).plusMonths(1), null, null, null)));
        ReportJob job = reports.request(approver, new ReportRequest(ReportKind.SETTLEMENT_SUMMARY, PAID, PAID, null,
                null));
        ReportJob done = Await.until(() -> reports.find(approver, job.getId()), j -> !j.getRun().isRunning(),
                Duration.ofSeconds(60), "the report");
        assertEquals(RunStatus.COMPLETED, done.getRun().getStatus(), String.valueOf(done.getRun().getFailure()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(reports.xlsx(approver, job.getId())))) {
            assertEquals(3, book.getNumberOfSheets(), "a sheet per section");
            assertEquals("福寿园护理院", findRow(book, "福寿园护理院"), "the demo nursing home's claim is listed");
        }
        byte[] file = reports.pdf(approver, job.getId());
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("settlement-summary.pdf"), file);
        String text = PdfText.of(file);
        assertTrue(text.contains("长期护理保险月度结算汇总表") && text.contains("福寿园护理院"), text);
    }

    @Test
    @RunAsClient
    void aReportCardIsAskedForAndDownloadedWhenReady() throws Exception {
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(ownLoginLike("reviewer"), "test");
            browser.open("/bureau/reports.xhtml");
            browser.selectMenuValue("reportForm:kind", "INSTITUTION_CARD", "定点机构年度报告卡");
            // The widget selects silently; a user's click fires the change the page listens to.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "PrimeFaces.getWidgetById('reportForm:kind').input.trigger('change')");
            browser.waitForText(By.id("reportForm:parameters"), "定点机构");
            String homeId = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.getElementById('reportForm:institution_input').options)"
                            + ".find(o => o.text === '福寿园护理院').value");
            browser.selectMenuValue("reportForm:institution", homeId, "福寿园护理院");
            browser.clickAndWaitForNewPage("reportForm:request");
            browser.waitForText(By.id("reportForm:jobs:0:covers"), "福寿园护理院");
            browser.waitForText(By.id("reportForm:jobs:0:status"), "已完成");
            browser.screenshot("reports");
            Path file = browser.download("reportForm:jobs:0:xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                assertEquals(4, book.getNumberOfSheets());
                assertEquals("福寿园护理院", book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
            }
        }
    }

    private static String findRow(XSSFWorkbook book, String name) {
        var sheet = book.getSheetAt(0);
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            if (name.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return name;
            }
        }
        return "not found";
    }

    private static List<Object> last(List<List<Object>> rows) {
        return rows.get(rows.size() - 1);
    }
}
