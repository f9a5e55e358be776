package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trial API over HTTP exactly as ../shared/api-trial.md states it, as the user `reviewer`. */
@RunAsClient
class TrialApiIT extends IntegrationTest {

    private static final String FULL_SCORES = "\"adl\":{\"eating\":10,\"dressing\":10,\"hygiene\":5,\"bowel\":10,"
            + "\"bladder\":10,\"toilet\":10,\"walking\":15,\"transfer\":15,\"stairs\":10,\"bathing\":5},"
            + "\"cognition\":{\"time\":4,\"person\":4,\"place\":4,\"memory\":4},"
            + "\"perception\":{\"vision\":4,\"hearing\":4,\"communication\":4}";

    private static final String MARCH_FEE = "\"ruleSet\":\"SD-2025\",\"month\":\"2025-03\","
            + "\"careType\":\"RESIDENTIAL\",\"hospitalLevel\":null,\"dailyCharge\":\"80.00\","
            + "\"conclusionDate\":\"2024-06-10\",\"careDays\":\"ALL\",\"inpatientDays\":[\"2025-03-05\"],"
            + "\"deathDate\":null,\"daysClaimedElsewhere\":[],\"daysWithoutServiceRecord\":[]";

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl);
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return api.post(path, user, json);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return api.get(path, user);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The fields named by a 400 answer. */
    private static Set<String> badFields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        JsonArray errors = json(response).getJsonArray("errors");
        Set<String> fields = new TreeSet<>();
        errors.forEach(e -> {
            fields.add(e.asJsonObject().getString("field"));
            assertTrue(!e.asJsonObject().getString("message").isBlank() && !e.asJsonObject().getString("message")
                    .startsWith("??"), "every error has a readable message: " + response.body());
        });
        return fields;
    }

    // ---- disability grade

    @Test
    void gradeOfTheContractsExample() throws Exception {
        HttpResponse<String> response = post("/api/v1/trial/disability-grade", "reviewer",
                "{\"ruleSet\":\"SD-2025\",\"date\":\"2025-03-01\"," + FULL_SCORES + "}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("{\"ruleSet\":\"SD-2025\",\"adlScore\":100,\"cognitionScore\":16,\"perceptionScore\":12,"
                + "\"adlLevel\":\"INTACT\",\"cognitionLevel\":\"INTACT\",\"perceptionLevel\":\"INTACT\","
                + "\"grade\":0,\"gradeName\":\"基本正常\"}"),
                Json.createObjectBuilder(json(response)).remove("explanation").build());
    }

    @Test
    void theGradeExplainsItselfInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/v1/trial/disability-grade", "reviewer")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ruleSet\":\"SD-2025\",\"date\":\"2025-03-01\","
                        + FULL_SCORES.replace("\"eating\":10", "\"eating\":0") + "}")).build());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject explanation = json(response).getJsonObject("explanation");
        assertEquals(json("{\"dimension\":\"adl\",\"total\":90,\"band\":\"65-95\",\"level\":\"MILD\"}"),
                explanation.getJsonArray("dimensions").getJsonObject(0));
        assertEquals("MILD × INTACT → 1", explanation.getString("matrixCell"));
        assertEquals("Grade matrix: daily living \"Mild\" × cognition and perception \"Intact\" → grade 1 "
                + "(mildly disabled)", explanation.getJsonArray("steps").getString(5));
    }

    @Test
    void gradeWithoutRuleSetOrDateUsesTheVersionInForceToday() throws Exception {
        HttpResponse<String> response = post("/api/v1/trial/disability-grade", "nurse",
                "{\"adl\":{\"eating\":0,\"dressing\":0,\"hygiene\":0,\"bowel\":0,\"bladder\":0,\"toilet\":0,"
                        + "\"walking\":0,\"transfer\":0,\"stairs\":0,\"bathing\":0},"
                        + "\"cognition\":{\"time\":0,\"person\":0,\"place\":0,\"memory\":0},"
                        + "\"perception\":{\"vision\":0,\"hearing\":0,\"communication\":0}}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("SD-2025", json(response).getString("ruleSet"));
        assertEquals(5, json(response).getInt("grade"));
    }

    @Test
    void gradeNamesEveryMissingUnknownAndDisallowedItem() throws Exception {
        String scores = FULL_SCORES.replace("\"hygiene\":5,", "").replace("\"walking\":15", "\"walking\":7")
                .replace("\"memory\":4", "\"memory\":4,\"mood\":2");
        assertEquals(Set.of("adl.hygiene", "adl.walking", "cognition.mood"),
                badFields(post("/api/v1/trial/disability-grade", "reviewer", "{" + scores + "}")));
    }

    @Test
    void gradeNamesAMissingDimensionAndAWrongType() throws Exception {
        String scores = FULL_SCORES.replaceAll(",\"perception\":\\{[^}]*}", "").replace("\"eating\":10",
                "\"eating\":\"ten\"");
        assertEquals(Set.of("adl.eating", "perception"),
                badFields(post("/api/v1/trial/disability-grade", "reviewer", "{" + scores + "}")));
    }

    @Test
    void anUnknownRuleSetAndABodyThatIsNotJsonAreRefused() throws Exception {
        assertEquals(Set.of("ruleSet"), badFields(post("/api/v1/trial/disability-grade", "reviewer",
                "{\"ruleSet\":\"XX-1999\"," + FULL_SCORES + "}")));
        assertEquals(Set.of(""), badFields(post("/api/v1/trial/disability-grade", "reviewer", "not json")));
    }

    // ---- care fee

    @Test
    void careFeeOfTheContractsExample() throws Exception {
        HttpResponse<String> response = post("/api/v1/trial/care-fee", "reviewer",
                "{" + MARCH_FEE + ",\"grade\":5}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("{\"ruleSet\":\"SD-2025\",\"claimedDays\":31,\"billableDays\":30,"
                + "\"totalFee\":\"2400.00\",\"fundShare\":\"1350.00\",\"personalShare\":\"1050.00\","
                + "\"rejectedDays\":[{\"date\":\"2025-03-05\",\"reason\":\"INPATIENT_DAY\"}]}"),
                Json.createObjectBuilder(json(response)).remove("explanation").build());
    }

    @Test
    void theFeeExplainsItselfInTheCallersLanguage() throws Exception {
        JsonObject chinese = json(post("/api/v1/trial/care-fee", "reviewer", "{" + MARCH_FEE + ",\"grade\":5}"))
                .getJsonObject("explanation");
        assertEquals(json("{\"ruleSet\":\"SD-2025\",\"careType\":\"RESIDENTIAL\",\"hospitalLevel\":null,"
                + "\"grade\":5,\"fundRatio\":\"0.75\",\"dailyLimit\":\"60.00\",\"dailyCharge\":\"80.00\","
                + "\"countedDailyCharge\":\"60.00\",\"fundShareBeforeRounding\":\"1350.0000\",\"rounding\":\"HALF_UP\","
                + "\"formula\":\"30 × min(80.00, 60.00) × 0.75 = 1350.00\"}"),
                Json.createObjectBuilder(chinese).remove("steps").build());
        assertEquals("拒付「住院期间」1 天：03-05", chinese.getJsonArray("steps").getString(2));

        HttpResponse<String> english = api.send(api.request("/api/v1/trial/care-fee", "reviewer")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{" + MARCH_FEE + ",\"grade\":5}")).build());
        assertEquals(200, english.statusCode(), english.body());
        assertEquals("Fund share = 30 days × 60.00 yuan × 75% = 1350.00 yuan",
                json(english).getJsonObject("explanation").getJsonArray("steps").getString(4));
    }

    @Test
    void theOptionalFieldsMayBeLeftOut() throws Exception {
        HttpResponse<String> response = post("/api/v1/trial/care-fee", "reviewer", "{\"month\":\"2025-03\","
                + "\"careType\":\"RESIDENTIAL\",\"grade\":5,\"dailyCharge\":\"80.00\","
                + "\"conclusionDate\":\"2024-06-10\",\"careDays\":\"ALL\",\"inpatientDays\":[\"2025-03-05\"]}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1350.00", json(response).getString("fundShare"));
        assertEquals(30, json(response).getInt("billableDays"));
    }

    @Test
    void aGradeBelowTheEntitledGradesRejectsEveryDay() throws Exception {
        HttpResponse<String> response = post("/api/v1/trial/care-fee", "reviewer", "{" + MARCH_FEE + ",\"grade\":2}");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals(0, body.getInt("billableDays"));
        assertEquals("0.00", body.getString("fundShare"));
        assertEquals(31, body.getJsonArray("rejectedDays").size());
        body.getJsonArray("rejectedDays").forEach(day ->
                assertEquals("NOT_ENTITLED_GRADE", day.asJsonObject().getString("reason")));
    }

    @Test
    void careFeeNamesEveryBadField() throws Exception {
        String bad = MARCH_FEE.replace("\"RESIDENTIAL\"", "\"LUXURY\"").replace("\"80.00\"", "\"-5.00\"")
                .replace("\"2025-03-05\"", "\"2025-04-01\"");
        assertEquals(Set.of("careType", "dailyCharge", "grade", "inpatientDays"),
                badFields(post("/api/v1/trial/care-fee", "reviewer", "{" + bad + ",\"grade\":6}")));
        assertEquals(Set.of("month"), badFields(post("/api/v1/trial/care-fee", "reviewer",
                "{" + MARCH_FEE.replace("\"2025-03\"", "\"2025-13\"") + ",\"grade\":5}")));
        assertEquals(Set.of("grade"), badFields(post("/api/v1/trial/care-fee", "reviewer", "{" + MARCH_FEE + "}")));
    }

    @Test
    void errorsFollowAcceptLanguage() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/v1/trial/care-fee", "reviewer")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{" + MARCH_FEE + ",\"grade\":9}")).build());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("(is 9)"), response.body());
    }

    // ---- working days

    @Test
    void workingDaysOfTheContractsExample() throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/working-days?from=2025-04-07&add=30", "reviewer");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("{\"from\":\"2025-04-07\",\"add\":30,\"date\":\"2025-05-21\"}"),
                Json.createObjectBuilder(json(response)).remove("explanation").build());
        JsonObject how = json(response).getJsonObject("explanation");
        assertEquals(5, how.getJsonArray("holidaysPassed").size(), how.toString());
        assertEquals("2025-04-27", how.getJsonArray("makeUpDaysCounted").getJsonObject(0).getString("date"));
        assertEquals(9, how.getInt("weekendDaysPassed"), "the other Saturdays and Sundays of April and May");
        assertEquals("跳过法定节假日 5 天：2025-05-01–2025-05-05 劳动节", how.getJsonArray("steps").getString(1));
    }

    @Test
    void workingDaysNamesBadParameters() throws Exception {
        assertEquals(Set.of("add", "from"),
                badFields(get("/api/v1/calendar/working-days?from=2025-02-30&add=-1", "reviewer")));
        assertEquals(Set.of("add", "from"), badFields(get("/api/v1/calendar/working-days", "reviewer")));
        assertEquals(Set.of("add"), badFields(get("/api/v1/calendar/working-days?from=2025-04-07&add=x", "reviewer")));
    }

    // ---- authentication

    @Test
    void everyEndpointNeedsCredentials() throws Exception {
        for (HttpResponse<String> response : List.of(
                post("/api/v1/trial/disability-grade", null, "{" + FULL_SCORES + "}"),
                post("/api/v1/trial/care-fee", null, "{" + MARCH_FEE + ",\"grade\":5}"),
                get("/api/v1/calendar/working-days?from=2025-04-07&add=30", null),
                post("/api/v1/trial/care-fee", "no-such-user:wrong", "{" + MARCH_FEE + ",\"grade\":5}"))) {
            assertEquals(401, response.statusCode(), response.body());
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheTrialEndpoints() throws Exception {
        HttpResponse<String> response = get("/openapi?format=JSON", null);
        assertEquals(200, response.statusCode());
        JsonObject paths = json(response).getJsonObject("paths");
        for (String path : List.of("/api/v1/trial/disability-grade", "/api/v1/trial/care-fee",
                "/api/v1/calendar/working-days")) {
            assertTrue(paths.containsKey(path), path + " is described");
        }
        assertEquals("#/components/schemas/CareFeeTrial", paths.getJsonObject("/api/v1/trial/care-fee")
                .getJsonObject("post").getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
