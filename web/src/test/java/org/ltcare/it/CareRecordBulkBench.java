package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;

/**
 * Benchmark (profile {@code bench}, not part of the test command): the largest requests the care-record API
 * takes — 10,000 bed-day absences and 10,000 home visits — posted once and again (all "already stored"), with the
 * times printed. It checks the counts, never the times.
 */
@RunAsClient
class CareRecordBulkBench extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final int RESIDENTS = 10;
    private static final int DAYS = 1000;
    private static final int WORKERS = 10;
    private static final int VISIT_DAYS = 125;

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ApiCredentialService credentials;

    /** In the server: the two systems' credentials, the client, the workers and the residents (ID numbers). */
    List<String> institutionsWithTheirPeople() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 12);
        CareInstitution agency = care.contracted(world, InstitutionKind.HOME_CARE_AGENCY, null, CareType.HOME, 5);
        List<String> lines = new ArrayList<>();
        lines.add(credential(credentials.create(records.adminOf(home), "bench")));
        lines.add(credential(credentials.create(records.adminOf(agency), "bench")));
        lines.add(records.idNumberOf(records.inCareSince(world, agency, CareType.HOME, TODAY.minusDays(VISIT_DAYS))));
        for (int w = 1; w <= WORKERS; w++) {
            lines.add(records.worker(agency, "护理员" + w, w).getIdNumber().value());
        }
        for (int r = 0; r < RESIDENTS; r++) {
            lines.add(records.idNumberOf(records.inCareSince(world, home, CareType.RESIDENTIAL, TODAY.minusDays(DAYS))));
        }
        return lines;
    }

    @Test
    void tenThousandBedDaysAndTenThousandVisits() throws Exception {
        List<String> h = onServer("institutionsWithTheirPeople");
        ApiClient api = new ApiClient(baseUrl);
        StringBuilder bedDays = new StringBuilder("{\"records\":[");
        String[] reasons = {"HOME_LEAVE", "HOSPITAL", "OTHER"};
        int n = 0;
        for (int r = 0; r < RESIDENTS; r++) {
            String idNumber = h.get(3 + WORKERS + r);
            for (int d = 1; d <= DAYS; d++) {
                bedDays.append(n == 0 ? "" : ",").append("{\"idempotencyKey\":\"b-").append(n)
                        .append("\",\"idNumber\":\"").append(idNumber).append("\",\"date\":\"")
                        .append(TODAY.minusDays(d - 1)).append("\",\"status\":\"ABSENT\",\"reason\":\"")
                        .append(reasons[n % 3]).append("\",\"note\":\"bench\"}");
                n++;
            }
        }
        bedDays.append("]}");
        post(api, h.get(0), "/api/v1/care-records/bed-days", bedDays.toString(), n, "bed-days");

        StringBuilder visits = new StringBuilder("{\"records\":[");
        int v = 0;
        for (int w = 0; w < WORKERS; w++) {
            for (int d = 1; d <= VISIT_DAYS; d++) {
                for (int k = 0; k < 8; k++) {
                    String day = TODAY.minusDays(d).toString();
                    String in = String.format("%sT%02d:00:00", day, 8 + k);
                    String out = String.format("%sT%02d:45:00", day, 8 + k);
                    visits.append(v == 0 ? "" : ",").append("{\"idempotencyKey\":\"v-").append(v)
                            .append("\",\"visitId\":\"V").append(v).append("\",\"idNumber\":\"").append(h.get(2))
                            .append("\",\"careWorkerIdNumber\":\"").append(h.get(3 + w))
                            .append("\",\"checkedInAt\":\"").append(in).append("\",\"checkedOutAt\":\"").append(out)
                            .append("\",\"items\":[{\"code\":\"SH01\",\"quantity\":1},{\"code\":\"MC01\",\"quantity\":1}]")
                            .append(",\"confirmation\":{\"method\":\"ONE_TIME_CODE\",\"confirmedBy\":\"家属\",\"code\":\"1234\"}}");
                    v++;
                }
            }
        }
        visits.append("]}");
        post(api, h.get(1), "/api/v1/care-records/visits", visits.toString(), v, "visits");
    }

    private static void post(ApiClient api, String credential, String path, String body, int count, String what)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> first = api.post(path, credential, body);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, first.statusCode(), head(first.body()));
        assertTrue(first.body().contains("\"stored\":" + count), head(first.body()));
        start = System.nanoTime();
        HttpResponse<String> again = api.post(path, credential, body);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(again.body().contains("\"alreadyStored\":" + count), head(again.body()));
        System.out.printf("BENCH care-records %s: %d records (%d KB) stored in %d ms, posted again (all already "
                + "stored) in %d ms%n", what, count, body.length() / 1024, firstMillis, againMillis);
    }

    private static String head(String body) {
        return body.substring(0, Math.min(2000, body.length()));
    }

    private static String credential(ApiCredentialService.Created created) {
        return created.token();
    }
}
