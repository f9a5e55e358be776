package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;

/**
 * The devices people hold (issue 21): the public pages on a phone (390×844), the on-site assessment form on a tablet
 * upright (768×1024) and sideways (1024×768). Nothing is wider than the screen, the menu folds behind 菜单, the grade
 * summary stays in view while scoring, and every score choice is a finger's target (at least 44 px high).
 * Screenshots go to target/screenshots (phone-public-notices, tablet-assessment-form) for people to look at.
 */
@RunAsClient
class ScreenSizesIT extends IntegrationTest {

    @Inject
    AssessmentWorld worlds;

    @Inject
    AssessmentRepository assessments;

    @Test
    void thePublicPagesFitAPhone() throws Exception {
        onServer("aCaseInNotice");
        try (Browser phone = new Browser(baseUrl.toString(), 390, 844)) {
            for (String page : List.of("/public/notices.xhtml", "/public/objection.xhtml",
                    "/public/institution-register.xhtml", "/public/contracting-notices.xhtml", "/login.xhtml")) {
                phone.open(page);
                phone.waitUntilLoaded();
                assertEquals(0, phone.horizontalOverflow(), page + " is no wider than the phone");
            }
            phone.open("/public/notices.xhtml?lang=zh");
            phone.waitUntilLoaded();
            phone.screenshot("phone-public-notices");
        }
    }

    @Test
    void theAssessmentFormWorksOnATablet() throws Exception {
        List<String> drawn = onServer("drawnAssessment");
        String application = drawn.get(0);
        String assessor = drawn.get(1);
        try (Browser tablet = new Browser(baseUrl.toString(), 768, 1024)) {
            tablet.login(assessor, "test");
            tablet.open("/assessor/assessment.xhtml?application=" + application);
            tablet.byId("assessmentForm:previewGrade");
            assertEquals(0, tablet.horizontalOverflow(), "the form is no wider than the tablet");
            assertFalse(tablet.isDisplayed("menu"), "the menu is folded away");
            assertTrue(tablet.isDisplayed("menuToggle"), "behind the menu button");
            tablet.scrollTo("assessmentForm:adl_walking");
            assertTrue(tablet.isInViewport("assessmentForm:previewGrade"),
                    "the grade summary stays in view while scoring the middle of the scale");
            tablet.screenshot("tablet-assessment-form");
            tablet.click("menuToggle");
            assertTrue(tablet.isDisplayed("menu"), "the menu button opens the menu");

            tablet.resize(1024, 768);
            tablet.open("/assessor/assessment.xhtml?application=" + application);
            tablet.byId("assessmentForm:previewGrade");
            assertEquals(0, tablet.horizontalOverflow(), "the form is no wider than the tablet held sideways");
            List<String> small = tablet.smallerThan(".ltc-assess-items .ltc-trial-scores label", 44);
            assertTrue(small.isEmpty(), "choices under 44 px: " + small);
        }
    }

    /** In the server: a case of a world of its own in its public notice. */
    List<String> aCaseInNotice() {
        return List.of(String.valueOf(worlds.inNotice(worlds.create(2)).getId()));
    }

    /**
     * In the server: an accepted application of a world of its own, and the login of its entering assessor, whose
     * password becomes "test".
     */
    List<String> drawnAssessment() {
        AssessmentWorld.World world = worlds.create(2);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        return List.of(String.valueOf(application.getId()),
                testLogins.withTestPassword(world.actorOf(round.getAssessorA()).username()));
    }
}
