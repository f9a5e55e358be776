package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.care.AbsenceReason;
import org.ltcare.care.BedDayService;
import org.ltcare.care.DayCell;
import org.ltcare.care.DayState;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 床日登记 in the browser: the nursing home's staff open the month grid, click today for their resident, record a
 * hospital absence with a note, and the grid shows it; the bureau's reviewer sees the same grid without links.
 */
@RunAsClient
class BedDayGridIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    BedDayService bedDays;

    /** In the server: the home's staff login, the resident's admission and the home. */
    List<Object> aNursingHomeWithAResident() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, TODAY.minusDays(15));
        return List.of("staff-" + home.getOrganisation().getCode(), resident.getId(), home.getId());
    }

    @Test
    void theStaffRecordAnAbsenceOnTheGridWhichIsStoredAndShownToTheBureau() throws Exception {
        List<String> h = onServer("aNursingHomeWithAResident");
        By today = By.cssSelector("a[data-admission='" + h.get(1) + "'][data-day='" + TODAY + "']");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(0), "test");
            browser.open("/care/bed-days.xhtml");
            browser.byId("gridForm");
            WebElement cell = browser.driver().findElement(today);
            assertEquals("✓", cell.getText().trim());
            cell.click();
            browser.byId("absenceForm:saveAbsent");
            browser.selectMenuValue("absenceForm:reason", "HOSPITAL", "住院");
            browser.type("absenceForm:note", "急诊留观");
            browser.clickAndWaitForNewPage("absenceForm:saveAbsent");
            browser.waitForText(By.id("messages"), "已登记为缺勤");
            WebElement absent = browser.driver().findElement(today);
            assertEquals("院", absent.getText().trim());
            assertTrue(absent.findElement(By.xpath("..")).getAttribute("class").contains("ltc-day-ABSENT"));
            browser.screenshot("bed-day-grid");
        }
        try (Browser bureau = new Browser(baseUrl.toString())) {
            bureau.login(ownLoginLike("reviewer"), "test");
            bureau.open("/care/bed-days.xhtml?institution=" + h.get(2));
            bureau.byId("gridForm");
            assertTrue(bureau.driver().findElements(today).isEmpty(), "the bureau reads, it does not edit");
            WebElement shown = bureau.driver().findElement(By.cssSelector("span[data-admission='" + h.get(1)
                    + "'][data-day='" + TODAY + "']"));
            assertEquals("院", shown.getText().trim());
            assertEquals("住院 — 急诊留观", shown.findElement(By.xpath("..")).getAttribute("title"),
                    "the day's tooltip: the reason and the note");
        }
        onServer("theAbsenceIsStored", h.get(2));
    }

    /** In the server. */
    void theAbsenceIsStored(String institution) {
        DayCell cell = bedDays.grid(care.approver(), Long.parseLong(institution), YearMonth.from(TODAY)).rows().get(0)
                .cells().get(TODAY.getDayOfMonth() - 1);
        assertEquals(DayState.ABSENT, cell.state());
        assertEquals(AbsenceReason.HOSPITAL, cell.reason());
        assertEquals("急诊留观", cell.note());
    }
}
