package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
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
import org.ltcare.care.visit.HomeVisitService;
import org.ltcare.care.visit.UnverifiedReason;
import org.ltcare.care.visit.VisitLine;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.care.worker.CareWorker;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;

/**
 * The care-record API as an institution's system uses it (contract test over HTTP): bulk bed-days and visits with
 * an API credential bound to the institution; the same request again stores nothing twice; a bad record refuses
 * the whole request (422, nothing stored) unless partial acceptance is asked for, which stores exactly the good
 * ones; a record for another institution's beneficiary is refused like any bad record; the credential cannot log
 * in to the pages. The server-side steps set up the world and check what was stored.
 */
@RunAsClient
class CareRecordApiIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ApiCredentialService credentials;

    @Inject
    BedDayService bedDays;

    @Inject
    HomeVisitService visits;

    /**
     * In the server: the home's and the agency's system credentials (user:password), ID numbers of the resident, a
     * second resident, someone in care elsewhere, the agency's client and its worker; the home, the agency, the two
     * residents' admissions and the region.
     */
    List<Object> twoNursingHomesAndAHomeCareAgencyWithTheirSystemsCredentials() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareInstitution other = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, TODAY.minusDays(20));
        CareAdmission secondResident = records.inCareSince(world, home, CareType.RESIDENTIAL, TODAY.minusDays(20));
        CareAdmission elsewhere = records.inCareSince(world, other, CareType.RESIDENTIAL, TODAY.minusDays(20));
        CareAdmission client = records.inCareSince(world, agency, CareType.HOME, TODAY.minusDays(20));
        CareWorker worker = records.worker(agency, "赵护理", 3);
        var homeSystem = credentials.create(records.adminOf(home), "院内护理系统");
        var agencySystem = credentials.create(records.adminOf(agency), "居家护理APP");
        return List.of(homeSystem.token(),
                agencySystem.token(),
                records.idNumberOf(resident), records.idNumberOf(secondResident), records.idNumberOf(elsewhere),
                records.idNumberOf(client), worker.getIdNumber().value(),
                home.getId(), agency.getId(), resident.getId(), secondResident.getId(), world.region(),
                homeSystem.username());
    }

    @Test
    void bedDaysInBulkWithIdempotentRetryAllOrNothingAndPartialAcceptance() throws Exception {
        List<String> h = onServer("twoNursingHomesAndAHomeCareAgencyWithTheirSystemsCredentials");
        ApiClient api = new ApiClient(baseUrl);
        String homeSystem = h.get(0);
        String resident = h.get(2);
        String second = h.get(3);
        String elsewhere = h.get(4);
        LocalDate yesterday = TODAY.minusDays(1);

        String batch = "{\"records\":["
                + bedDay("bd-1", resident, yesterday, "ABSENT", "HOME_LEAVE", "回家")
                + "," + bedDay("bd-2", resident, TODAY, "PRESENT", null, null)
                + "," + bedDay("bd-3", second, yesterday, "ABSENT", "HOSPITAL", null) + "]}";
        HttpResponse<String> first = api.post("/api/v1/care-records/bed-days", homeSystem, batch);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"stored\":3") && first.body().contains("\"rejected\":[]"), first.body());

        HttpResponse<String> retry = api.post("/api/v1/care-records/bed-days", homeSystem, batch);
        assertEquals(200, retry.statusCode(), retry.body());
        assertTrue(retry.body().contains("\"stored\":0") && retry.body().contains("\"alreadyStored\":3"),
                retry.body());

        HttpResponse<String> reused = api.post("/api/v1/care-records/bed-days", homeSystem, "{\"records\":["
                + bedDay("bd-1", resident, yesterday, "ABSENT", "OTHER", "改了") + "]}");
        assertEquals(422, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("records.key.reused"), reused.body());

        // Another institution's resident, a check of the future and an unknown reason: all refused, nothing stored.
        String mixed = "{\"records\":["
                + bedDay("bd-4", second, TODAY.minusDays(2), "ABSENT", "HOME_LEAVE", null)
                + "," + bedDay("bd-5", elsewhere, yesterday, "ABSENT", "HOME_LEAVE", null)
                + "," + bedDay("bd-6", second, TODAY.plusDays(1), "ABSENT", "HOME_LEAVE", null)
                + "," + bedDay("bd-7", second, TODAY.minusDays(3), "ABSENT", "HOLIDAY", null) + "]}";
        HttpResponse<String> refused = api.post("/api/v1/care-records/bed-days", homeSystem, mixed);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"stored\":0"), refused.body());
        assertTrue(refused.body().contains("\"index\":1") && refused.body().contains("records.notInCareHere"),
                refused.body());
        assertTrue(refused.body().contains("records.future") && refused.body().contains("records.choice.invalid"),
                refused.body());
        assertFalse(refused.body().contains("\"index\":0"), "the good record is not among the refused");

        HttpResponse<String> partial = api.post("/api/v1/care-records/bed-days", homeSystem,
                mixed.replace("{\"records\"", "{\"partialAcceptance\":true,\"records\""));
        assertEquals(200, partial.statusCode(), partial.body());
        assertTrue(partial.body().contains("\"stored\":1") && partial.body().contains("\"partialAcceptance\":true"),
                partial.body());

        assertEquals(400, api.post("/api/v1/care-records/bed-days", homeSystem, "{\"records\":[]}").statusCode());
        try (Browser browser = new Browser(baseUrl.toString())) {
            browser.login(h.get(12), homeSystem);
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".ltc-logout")).isEmpty(),
                    "an API credential does not log in to the pages");
            assertTrue(browser.pageText().contains("用户名或密码错误"), browser.pageText());
        }
        assertEquals(401, api.post("/api/v1/care-records/bed-days", null, batch).statusCode());
        assertEquals(403, api.post("/api/v1/care-records/bed-days", "reviewer", batch).statusCode());
        onServer("onlyTheGoodRecordsWereStored", h.get(7), h.get(9), h.get(10));
    }

    /** In the server. */
    void onlyTheGoodRecordsWereStored(String homeId, String residentId, String secondId) {
        long home = Long.parseLong(homeId);
        long resident = Long.parseLong(residentId);
        long second = Long.parseLong(secondId);
        var yesterday = cell(home, resident, TODAY.minusDays(1));
        assertEquals(DayState.ABSENT, yesterday.state());
        assertEquals(AbsenceReason.HOME_LEAVE, yesterday.reason(), "the reused key changed nothing");
        assertEquals(DayState.ABSENT, cell(home, second, TODAY.minusDays(2)).state(),
                "the good record of the partial request");
        assertEquals(DayState.PRESENT, cell(home, second, TODAY.minusDays(3)).state(),
                "the refused record changed nothing");
    }

    private DayCell cell(long institution, long admission, LocalDate day) {
        return bedDays.grid(care.approver(), institution, YearMonth.from(day)).rows().stream()
                .filter(r -> r.admissionId() == admission).findFirst().orElseThrow()
                .cells().get(day.getDayOfMonth() - 1);
    }

    @Test
    void visitsInBulkAndTheBeneficiaryList() throws Exception {
        List<String> h = onServer("twoNursingHomesAndAHomeCareAgencyWithTheirSystemsCredentials");
        ApiClient api = new ApiClient(baseUrl);
        String agencySystem = h.get(1);
        String client = h.get(5);
        String worker = h.get(6);
        String day = TODAY.minusDays(1).toString();

        String batch = "{\"records\":["
                + visit("v-1", "APP-1", client, worker, day + "T09:00:00", day + "T10:00:00", "SH01")
                + "," + visit("v-2", "APP-2", client, worker, day + "T14:00:00", null, "MC01") + "]}";
        HttpResponse<String> first = api.post("/api/v1/care-records/visits", agencySystem, batch);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"stored\":2"), first.body());
        assertTrue(api.post("/api/v1/care-records/visits", agencySystem, batch).body()
                .contains("\"alreadyStored\":2"));

        HttpResponse<String> checkOut = api.post("/api/v1/care-records/visits", agencySystem, "{\"records\":["
                + visit("v-3", "APP-2", client, worker, day + "T14:00:00", day + "T14:10:00", "MC01") + "]}");
        assertEquals(200, checkOut.statusCode(), checkOut.body());

        HttpResponse<String> bad = api.post("/api/v1/care-records/visits", agencySystem, "{\"records\":["
                + visit("v-4", "APP-4", client, worker, day + "T16:00:00", day + "T15:00:00", "XX01") + "]}");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("records.visit.checkOutBeforeCheckIn")
                && bad.body().contains("records.visit.unknownItem"), bad.body());

        HttpResponse<String> list = api.get("/api/v1/care-records/beneficiaries", agencySystem);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"careType\":\"HOME\""), list.body());
        assertFalse(list.body().contains(client), "ID numbers are masked");
        assertTrue(list.body().matches("(?s).*\"startsOn\":\"\\d{4}-\\d{2}-\\d{2}\".*"),
                "a date is ISO text, as the OpenAPI document declares it: " + list.body());
        assertEquals(403, api.get("/api/v1/care-records/beneficiaries", "reviewer").statusCode());
        onServer("theVisitsAreStoredWithTheirFlags", h.get(8));
    }

    /** In the server. */
    void theVisitsAreStoredWithTheirFlags(String agencyId) {
        long agency = Long.parseLong(agencyId);
        List<VisitLine> stored = visits.list(care.approver(), agency, TODAY.minusDays(1), TODAY, false, 0, 10);
        assertEquals(2, stored.size());
        var byRef = new java.util.HashMap<String, VisitLine>();
        stored.forEach(line -> byRef.put(line.visit().getExternalRef(), line));
        assertNull(byRef.get("APP-1").visit().getUnverifiedReason());
        assertEquals(UnverifiedReason.TOO_SHORT, byRef.get("APP-2").visit().getUnverifiedReason(),
                "checked out by the later record, 10 minutes");
    }

    private static String bedDay(String key, String idNumber, LocalDate date, String status, String reason,
                                 String note) {
        return "{\"idempotencyKey\":\"" + key + "\",\"idNumber\":\"" + idNumber + "\",\"date\":\"" + date
                + "\",\"status\":\"" + status + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    private static String visit(String key, String visitId, String idNumber, String worker, String in, String out,
                                String item) {
        return "{\"idempotencyKey\":\"" + key + "\",\"visitId\":\"" + visitId + "\",\"idNumber\":\"" + idNumber
                + "\",\"careWorkerIdNumber\":\"" + worker + "\",\"checkedInAt\":\"" + in + "\""
                + (out == null ? "" : ",\"checkedOutAt\":\"" + out + "\"")
                + ",\"checkIn\":{\"latitude\":36.0671,\"longitude\":120.3826},\"deviceId\":\"PAD-01\""
                + ",\"items\":[{\"code\":\"" + item + "\",\"quantity\":1}]"
                + ",\"confirmation\":{\"method\":\"ONE_TIME_CODE\",\"confirmedBy\":\"家属\",\"code\":\"2468\"}}";
    }
}
