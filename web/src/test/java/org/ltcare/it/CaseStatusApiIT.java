package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/applications/{id}/status as an institution's system uses it: its own cases only (another
 * institution's is "not found", like a missing one), the stage in the caller's language, and no anonymous access.
 */
@RunAsClient
class CaseStatusApiIT extends IntegrationTest {

    @Test
    void anInstitutionReadsTheStatusOfItsOwnCaseOnly() throws Exception {
        ApiClient api = new ApiClient(baseUrl);
        long id = fileAsTheNursingHome(api);

        HttpResponse<String> own = api.get("/api/v1/applications/" + id + "/status", "nurse");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"stage\":\"ACCEPTANCE_REVIEW\""), own.body());
        assertTrue(own.body().contains("\"status\":\"SUBMITTED\""), own.body());

        HttpResponse<String> other = api.get("/api/v1/applications/" + id + "/status", "homecare");
        HttpResponse<String> missing = api.get("/api/v1/applications/999999999/status", "homecare");
        assertEquals(404, other.statusCode(), "another institution's case is not found");
        assertEquals(404, missing.statusCode());

        HttpResponse<String> anonymous = api.get("/api/v1/applications/" + id + "/status", null);
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void theStageTextFollowsTheCallersLanguageAndTheAgencySeesEveryCase() throws Exception {
        ApiClient api = new ApiClient(baseUrl);
        long id = fileAsTheNursingHome(api);

        HttpResponse<String> chinese = api.get("/api/v1/applications/" + id + "/status", "reviewer");
        HttpResponse<String> english = api.send(api.request("/api/v1/applications/" + id + "/status", "reviewer")
                .header("Accept-Language", "en").GET().build());

        assertEquals(200, chinese.statusCode(), chinese.body());
        assertEquals(200, english.statusCode(), english.body());
        String zh = stageText(chinese.body());
        String en = stageText(english.body());
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
        assertTrue(en.chars().allMatch(c -> c < 128), en);
    }

    private static String stageText(String json) {
        Matcher text = Pattern.compile("\"stageText\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertTrue(text.find(), json);
        return text.group(1);
    }

    private long fileAsTheNursingHome(ApiClient api) throws Exception {
        String idNumber = Insureds.freshIdNumber();
        String name = Insureds.nameFor("状态", idNumber);
        assertEquals(201, api.post("/api/v1/insured", "reviewer", Insureds.registrationJson(idNumber, name)).statusCode());
        HttpResponse<String> filed = api.post("/api/v1/applications", "nurse", "{\"insuredIdNumber\":\"" + idNumber
                + "\",\"applicantRole\":\"SELF\",\"applicantName\":\"" + name + "\",\"contactPhone\":\"13900002222\","
                + "\"residenceKind\":\"HOME\",\"residenceAddress\":\"市南区测试路4号\","
                + "\"materialsCheckedOnPaper\":[\"ID_DOCUMENT\",\"DIAGNOSIS\"]}");
        assertEquals(201, filed.statusCode(), filed.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(filed.body());
        assertTrue(id.find(), filed.body());
        return Long.parseLong(id.group(1));
    }
}
