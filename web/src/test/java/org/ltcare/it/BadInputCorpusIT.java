package org.ltcare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.ltcare.benefit.CareAdmission;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.institution.apiclient.ApiCredentialService;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.time.ClockProducer;

/**
 * Issue 19's bad-input corpus: every REST operation that takes a body gets malformed JSON, a body that is not an
 * object, null elements, a huge number, deep nesting, too many keys, bytes that are not UTF-8, the wrong content
 * type, a field of the wrong type and a body over its limit — each answered with a 4xx in the documented
 * {@code {"errors":[…]}} format without internals, and nothing stored (counted before and after). Then the same
 * operations take the unspoilt body, which proves the refusals came from the defects.
 */
@RunAsClient
class BadInputCorpusIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final Pattern INTERNALS = Pattern.compile("Exception|java\\.|org\\.|SQL|select |\\bat [a-z]");

    @Inject
    CareWorld care;

    @Inject
    CareRecordWorld records;

    @Inject
    ApiCredentialService credentials;

    @PersistenceContext(unitName = "ltcare")
    EntityManager em;

    /** An operation, its caller, a body it takes, its body limit in bytes and a body of the wrong field type. */
    private record Operation(String path, String user, String good, int limit, String wrongType) {
    }

    @Test
    void everyOperationRefusesEveryKindOfBadBodyAndStoresNothing() throws Exception {
        List<String> home = onServer("aNursingHomeWithAResidentAndItsSystemsCredential");
        String credential = home.get(0);
        String resident = home.get(1);
        String institutionId = home.get(2);
        String person = Insureds.freshIdNumber();
        String applicant = Insureds.freshIdNumber();
        List<Operation> operations = List.of(
                new Operation("/api/v1/care-records/bed-days", credential, "{\"records\":[{\"idempotencyKey\":\"c-1\","
                        + "\"idNumber\":\"" + resident + "\",\"date\":\"" + TODAY.minusDays(1)
                        + "\",\"status\":\"PRESENT\"}]}", 8 << 20, "{\"records\":\"x\"}"),
                new Operation("/api/v1/insured", "reviewer", Insureds.registrationJson(person, Insureds.nameFor("语料",
                        person)), 256 << 10, "{\"idNumber\":[1,2]}"),
                new Operation("/api/v1/applications", "reviewer", application(applicant), 256 << 10,
                        "{\"applicantRole\":\"NOT_A_ROLE\"}"),
                new Operation("/api/v1/trial/care-fee", "reviewer", "{\"month\":\"2025-03\",\"careType\":\"RESIDENTIAL\","
                        + "\"grade\":5,\"dailyCharge\":\"80.00\",\"conclusionDate\":\"2024-06-10\",\"careDays\":\"ALL\"}",
                        256 << 10,
                        "{\"month\":\"2025-03\",\"careType\":\"RESIDENTIAL\",\"grade\":\"five\",\"careDays\":\"ALL\"}"));
        ApiClient api = new ApiClient(baseUrl);
        // The applicant's person is registered first, so that the application's good body is good.
        assertEquals(201, api.post("/api/v1/insured", "reviewer", Insureds.registrationJson(applicant,
                Insureds.nameFor("语料", applicant))).statusCode());
        List<String> before = onServer("stored", institutionId);

        for (Operation operation : operations) {
            for (Map.Entry<String, byte[]> bad : corpus(operation).entrySet()) {
                HttpResponse<String> answer = api.send(api.request(operation.path(), operation.user())
                        .header("Content-Type", bad.getKey().equals("text/plain") ? "text/plain" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bad.getValue())).build());
                assertDocumentedRefusal(operation.path() + " × " + bad.getKey(), answer);
            }
        }
        String nonAsciiKey = operations.get(0).good().replace("\"c-1\"", "\"键值\"");
        HttpResponse<String> keyed = api.post(operations.get(0).path(), credential, nonAsciiKey);
        assertEquals(422, keyed.statusCode(), keyed.body());
        assertTrue(keyed.body().contains("records.key.invalid"), keyed.body());
        assertHospitalFeedRefusesBadFiles(api, resident);
        assertEquals(before, onServer("stored", institutionId), "nothing stored by a refused request");

        for (Operation operation : operations) {
            HttpResponse<String> good = api.post(operation.path(), operation.user(), operation.good());
            assertTrue(good.statusCode() / 100 == 2, operation.path() + ": " + good.statusCode() + " " + good.body());
        }
        assertFalse(before.equals(onServer("stored", institutionId)), "the good bodies were stored");
    }

    /** The kinds of bad body, each made from the operation's good one. */
    private static Map<String, byte[]> corpus(Operation operation) {
        String good = operation.good();
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("malformed", utf8(good.substring(0, good.length() - 1)));
        corpus.put("not an object", utf8("[" + good + "]"));
        corpus.put("empty", new byte[0]);
        corpus.put("null element", utf8(withField(good, "\"extra\":[null]")));
        corpus.put("huge number", utf8(withField(good, "\"extra\":1E+9999")));
        corpus.put("deep nesting", utf8(withField(good, "\"extra\":" + "[".repeat(5000) + "]".repeat(5000))));
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        corpus.put("too many keys", utf8(withField(good, keys.toString())));
        corpus.put("not UTF-8", withField(good, "\"extra\":\"张三\"").getBytes(Charset.forName("GBK")));
        corpus.put("text/plain", utf8(good));
        corpus.put("wrong field type", utf8(operation.wrongType()));
        corpus.put("over the limit", utf8(withField(good, "\"extra\":\"" + "x".repeat(operation.limit()) + "\"")));
        return corpus;
    }

    private void assertHospitalFeedRefusesBadFiles(ApiClient api, String idNumber) throws Exception {
        String header = "record_id,id_number,name,hospital,admitted_on,discharged_on\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("broken quote", utf8(header + "BQ1," + idNumber + ",\"张三,市立医院," + TODAY + ",\n"));
        files.put("not this feed", utf8("a,b\n1,2\n"));
        files.put("json", utf8("{\"records\":[]}"));
        files.put("over the limit", utf8(header + "x".repeat(8 << 20)));
        for (Map.Entry<String, byte[]> bad : files.entrySet()) {
            HttpResponse<String> answer = api.send(api.request("/api/v1/hospital-stays", "hisfeed")
                    .header("Content-Type", bad.getKey().equals("json") ? "application/json" : "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bad.getValue())).build());
            assertDocumentedRefusal("hospital-stays × " + bad.getKey(), answer);
        }
    }

    private static void assertDocumentedRefusal(String what, HttpResponse<String> answer) {
        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, what + ": " + answer.statusCode()
                + " " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                what + ": " + answer.headers().firstValue("Content-Type"));
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            body = reader.readObject();
        } catch (jakarta.json.JsonException e) {
            throw new AssertionError(what + ": not the documented JSON: " + answer.body(), e);
        }
        JsonArray errors = body.getJsonArray("errors");
        assertTrue(errors != null && !errors.isEmpty(), what + ": " + answer.body());
        errors.getValuesAs(JsonObject.class).forEach(error -> assertFalse(error.getString("message", "").isBlank()
                || error.getString("message").contains("??"), what + ": " + answer.body()));
        assertFalse(INTERNALS.matcher(answer.body()).find(), what + " tells internals: " + answer.body());
        assertTrue(answer.body().length() < 20_000, what + ": an answer of " + answer.body().length() + " chars");
    }

    private static String withField(String json, String field) {
        return "{" + field + "," + json.substring(1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String application(String idNumber) {
        return "{\"insuredIdNumber\":\"" + idNumber + "\",\"applicantRole\":\"SELF\",\"applicantName\":\""
                + Insureds.nameFor("语料", idNumber) + "\",\"contactPhone\":\"13900002222\",\"residenceKind\":\"HOME\","
                + "\"residenceAddress\":\"市南区测试路5号\",\"materialsCheckedOnPaper\":[\"ID_DOCUMENT\",\"DIAGNOSIS\"]}";
    }

    /** In the server: the home's system credential (user:password), a resident's ID number and the home's id. */
    List<Object> aNursingHomeWithAResidentAndItsSystemsCredential() {
        AssessmentWorld.World world = care.world();
        CareInstitution home = care.contracted(world, InstitutionKind.NURSING_HOME, null, CareType.RESIDENTIAL, 5);
        CareAdmission resident = records.inCareSince(world, home, CareType.RESIDENTIAL, TODAY.minusDays(20));
        var system = credentials.create(records.adminOf(home), "院内护理系统");
        return List.of(system.token(), records.idNumberOf(resident), home.getId());
    }

    /** In the server: what the refused requests could have stored — persons, applications, stays, care records. */
    List<Object> stored(String institutionId) {
        List<Object> counts = new ArrayList<>();
        for (String entity : List.of("InsuredPerson", "AssessmentApplication", "HospitalStay")) {
            counts.add(em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
        }
        counts.add(em.createQuery("select count(k) from CareRecordKey k where k.institutionId = :id", Long.class)
                .setParameter("id", Long.parseLong(institutionId)).getSingleResult());
        return counts;
    }
}
