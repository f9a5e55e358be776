package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.assessment.ApplicantRole;
import org.ltcare.assessment.ApplicationService;
import org.ltcare.assessment.Assessment;
import org.ltcare.assessment.AssessmentApplication;
import org.ltcare.assessment.AssessmentRepository;
import org.ltcare.assessment.MaterialKind;
import org.ltcare.assessment.NewApplication;
import org.ltcare.assessment.NewMaterial;
import org.ltcare.assessment.PhotoInfo;
import org.ltcare.assessment.PhotoService;
import org.ltcare.assessment.ResidenceKind;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;
import org.ltcare.insured.InsuredService;
import org.ltcare.insured.importing.InsuredRow;
import org.ltcare.shared.ValidationException;
import org.ltcare.shared.ValidationException.FieldError;
import org.ltcare.shared.security.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Uploads and downloads (issue 19, F11): a file is what its content is, whatever its name or declared type — an
 * HTML page named .png is no photo, a text named .pdf no material — and what was uploaded goes back as an
 * attachment of the type found on upload, with nosniff, so that it is saved and never shown as a page of the site.
 */
class FileSafetyIT extends IntegrationTest {

    private static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String PHOTO_NAME = "床边照片.png";

    @Inject
    AssessmentWorld worlds;

    @Inject
    AssessmentRepository assessments;

    @Inject
    PhotoService photos;

    @Inject
    ApplicationService applications;

    @Inject
    InsuredService insured;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    @Test
    void anHtmlPageNamedPngIsNoPhotoAndARealPngIsStoredAsAnImage() {
        AssessmentWorld.World world = worlds.create(4);
        Assessment round = assessments.latestOf(worlds.acceptedApplication(world, false).getId()).orElseThrow();
        Actor assessor = world.actorOf(round.getAssessorA());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> photos.add(assessor, round.getId(), "床边.png", HTML));
        assertEquals(List.of(new FieldError("photo", "file.wrongType", List.of("床边.png", "JPG/PNG/WebP"))),
                refused.errors());
        assertTrue(photos.of(assessor, round.getId()).isEmpty(), "nothing stored");

        PhotoInfo stored = photos.add(assessor, round.getId(), "床边.jpg", ONE_PIXEL_PNG);
        assertEquals("image/png", stored.contentType(), "the type of the content, not of the name");
    }

    @Test
    void aTextNamedPdfIsNoMaterialAndRealFilesAreFiledAsWhatTheyAre() {
        AssessmentWorld.World world = worlds.create(2);
        String idNumber = aRegisteredPerson(world);

        ValidationException refused = assertThrows(ValidationException.class, () -> applications.file(
                world.reviewer(), application(idNumber, new NewMaterial(MaterialKind.ID_DOCUMENT, "身份证.pdf",
                        "这只是一段文字".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(List.of(new FieldError("materials.ID_DOCUMENT", "file.wrongType",
                List.of("身份证.pdf", "PDF/JPG/PNG"))), refused.errors());

        // Nothing was filed: the same person's application is taken now (a second open one would be refused).
        AssessmentApplication filed = applications.file(world.reviewer(), application(idNumber,
                new NewMaterial(MaterialKind.ID_DOCUMENT, "身份证.pdf", PDF),
                new NewMaterial(MaterialKind.MEDICAL_RECORDS, "病历.pdf", ONE_PIXEL_PNG)));
        Map<String, String> types = em.createQuery("select m.kind, m.file.contentType from ApplicationMaterial m "
                + "where m.application.id = :id and m.file.fileName is not null", Object[].class)
                .setParameter("id", filed.getId()).getResultList().stream()
                .collect(Collectors.toMap(row -> row[0].toString(), row -> (String) row[1]));
        assertEquals(Map.of("ID_DOCUMENT", "application/pdf", "MEDICAL_RECORDS", "image/png"), types);
    }

    @Test
    @RunAsClient
    void aStoredPhotoIsDownloadedAsAnAttachmentOfItsRealTypeThatNoBrowserSniffs() throws Exception {
        List<String> round = onServer("aRoundWithAPhoto");
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(round.get(1), "test");
            browser.open("/assessor/assessment.xhtml?application=" + round.get(0));
            browser.waitForText(By.id("photoListForm"), PHOTO_NAME);
            String link = browser.driver().findElement(By.cssSelector("[id='photoListForm'] a[id$=':download']"))
                    .getAttribute("id");

            // The request the link's form submit makes, sent from the page, to read what the browser is told.
            @SuppressWarnings("unchecked")
            List<Object> response = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('photoListForm');
                    const data = new URLSearchParams(new FormData(form));
                    data.append(arguments[0], arguments[0]);
                    fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(body => done([
                        r.status, r.headers.get('Content-Type'), r.headers.get('Content-Disposition'),
                        r.headers.get('X-Content-Type-Options'), body.byteLength])));
                    """, link);
            assertEquals(200L, response.get(0));
            assertEquals("image/png", response.get(1));
            String disposition = (String) response.get(2);
            assertTrue(disposition.startsWith("attachment;"), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(PHOTO_NAME, StandardCharsets.UTF_8)),
                    disposition);
            assertEquals("nosniff", response.get(3));
            assertEquals((long) ONE_PIXEL_PNG.length, response.get(4));

            Path saved = browser.download(link);
            assertEquals(PHOTO_NAME, saved.getFileName().toString(), "the browser saves it under its name");
            assertArrayEquals(ONE_PIXEL_PNG, Files.readAllBytes(saved));
        }
    }

    /** In the server: a round with a photo its assessor took, the case's id and its supervisor's login. */
    List<Object> aRoundWithAPhoto() {
        AssessmentWorld.World world = worlds.create(4);
        AssessmentApplication application = worlds.acceptedApplication(world, false);
        Assessment round = assessments.latestOf(application.getId()).orElseThrow();
        photos.add(world.actorOf(round.getAssessorA()), round.getId(), PHOTO_NAME, ONE_PIXEL_PNG);
        return List.of(application.getId(), worlds.login(world.supervisor()));
    }

    private String aRegisteredPerson(AssessmentWorld.World world) {
        String idNumber = Insureds.freshIdNumber();
        insured.register(world.reviewer(), new InsuredRow(1, IdNumber.parse(idNumber), Insureds.nameFor("文件", idNumber),
                InsuranceType.RESIDENT, world.region(), LocalDate.of(2020, 1, 1), null, null));
        return idNumber;
    }

    private static NewApplication application(String idNumber, NewMaterial... files) {
        List<NewMaterial> materials = new ArrayList<>(List.of(files));
        materials.add(NewMaterial.seenOnPaper(MaterialKind.DIAGNOSIS));
        return new NewApplication(idNumber, ApplicantRole.SELF, Insureds.nameFor("文件", idNumber), null,
                "13900001111", ResidenceKind.HOME, "测试路2号", null, materials);
    }
}
