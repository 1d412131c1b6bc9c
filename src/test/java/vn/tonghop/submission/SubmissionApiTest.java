package vn.tonghop.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Commune staff fill and submit the Q1/2017 report of the Bỉm Sơn story through the API. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SubmissionApiTest {

    @Inject
    PortalClock clock;

    static String path(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    static JsonPath put(String user, String path, Map<String, Object> body, int status) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body).put(path).then().statusCode(status).extract()
                .jsonPath();
    }

    static Map<String, Object> submitBody() {
        return Map.of("signerName", "Trần Văn B", "signerTitle", "Chủ tịch UBND phường");
    }

    @Test
    void baDinhFillsHitsTheRuleFixesItAndSubmitsOnTime() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14794");
        Tokens.as("badinh.cb").get(path).then().statusCode(200).body("status", is("NOT_OPENED")).body("version", is(0))
                .body("tables.phu-luc-2.rows[0].key", is("14794"))
                .body("tables.phu-luc-2.rows[0].label", is("UBND phường Ba Đình")).body("canEdit", is(true))
                .body("canSubmit", is(false));

        JsonPath saved = put("badinh.cb", path, Scenario.filledReport(0, "14794", 10, 8, 5), 200);
        long version = saved.getLong("version");
        assertEquals("DRAFT", saved.getString("status"));
        List<Map<String, Object>> issues = saved.getList("issues");
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("error", issues.get(0).get("severity"));
        assertEquals("phu-luc-2", issues.get(0).get("table"));
        assertEquals("14794", issues.get(0).get("row"));
        assertEquals("dung_han,qua_han,ho_so_nhan", issues.get(0).get("column"));

        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(422).body("issues[0].message", containsString("không được lớn hơn"));
        Tokens.as("badinh.cb").get(path).then().body("status", is("DRAFT"));

        saved = put("badinh.cb", path, Scenario.filledReport(version, "14794", 10, 8, 2), 200);
        assertEquals(List.of(), saved.getList("issues"));
        Tokens.as("badinh.cb").get(path).then().body("tables.phu-luc-2.rows[0].cells.ty_le_dung_han", is(80.0f))
                .body("sections.uu-diem", is("Cán bộ tận tình.")).body("canSubmit", is(false));

        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(403);
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(200).body("status", is("SUBMITTED")).body("late", is(false))
                .body("submittedAt", is("2017-04-22T08:00:00+07:00"));

        put("badinh.cb", path, Scenario.filledReport(saved.getLong("version"), "14794", 11, 9, 2), 409);
        Tokens.as("badinh.cb").get(path).then().body("status", is("SUBMITTED")).body("signerName", is("Trần Văn B"))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10)).body("canEdit", is(false));
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().body("progress.submitted", is(1))
                .body("progress.late", is(0));
    }

    @Test
    void aValueThatCannotBeStoredIsRefusedAndNothingSavedIsLost() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14797");
        long version = put("ngoctrao.cb", path, Scenario.filledReport(0, "14797", 10, 8, 2), 200).getLong("version");

        Map<String, Object> bad = new HashMap<>(Scenario.filledReport(version, "14797", 10, 8, 2));
        Map<String, Object> cells = new HashMap<>(Map.of("ho_so_nhan", "mười", "dung_han", 8));
        bad.put("tables", Map.of("phu-luc-2", Map.of("rows", List.of(Map.of("key", "14797", "cells", cells)))));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(bad).put(path).then().statusCode(422)
                .body("issues[0].column", is("ho_so_nhan")).body("issues[0].message", containsString("'mười'"))
                .body("issues[0].message", containsString("không phải là số nguyên"));

        Map<String, Object> unknown = Map.of("version", version, "tables",
                Map.of("phu-luc-9", Map.of("rows", List.of())));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(unknown).put(path).then().statusCode(422)
                .body("issues[0].message", containsString("phu-luc-9"));
        Map<String, Object> otherUnit = Map.of("version", version, "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("14794", 1, 1, 0)))));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(otherUnit).put(path).then().statusCode(422)
                .body("issues[0].message", containsString("14794"));

        Tokens.as("ngoctrao.cb").get(path).then().body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));
    }

    @Test
    void concurrentEditsNeverOverwriteEachOtherSilently() throws Exception {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14800");
        long version = put("bacson.cb", path, Scenario.filledReport(0, "14800", 10, 8, 2), 200).getLong("version");

        put("bacson.cb", path, Scenario.filledReport(version, "14800", 20, 15, 2), 200);
        Tokens.as("bacson.cb").contentType(ContentType.JSON).body(Scenario.filledReport(version, "14800", 30, 25, 2))
                .put(path).then().statusCode(409).body("messages[0]", containsString("bacson.cb"));
        // A retried request (same content, old version) is harmless.
        put("bacson.cb", path, Scenario.filledReport(version, "14800", 20, 15, 2), 200);
        Tokens.as("bacson.cb").get(path).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(20));

        long current = Tokens.as("bacson.cb").get(path).then().extract().jsonPath().getLong("version");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int received = 40 + i;
            writers.add(() -> Tokens.as("bacson.cb").contentType(ContentType.JSON)
                    .body(Scenario.filledReport(current, "14800", received, 30, 2)).put(path).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(writers)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Tokens.as("bacson.cb").get(path).then().body("version", is((int) current + 1));
    }

    @Test
    void onlyTheUnitAndThoseAboveItCanReadAReport() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14794");
        put("badinh.cb", path, Scenario.filledReport(0, "14794", 10, 8, 2), 200);

        Tokens.as("vp.bimson").get(path).then().statusCode(200).body("canEdit", is(false));
        Tokens.as("snv.thanhhoa").get(path).then().statusCode(200);
        Tokens.as("ngoctrao.cb").get(path).then().statusCode(404).body(not(containsString("ho_so_nhan")));
        Tokens.as("quynhthien.cb").get(path).then().statusCode(404);
        Tokens.as("vp.hoangmai").get(path).then().statusCode(404);
        io.restassured.RestAssured.given().get(path).then().statusCode(401);

        put("ngoctrao.cb", path, Scenario.filledReport(1, "14794", 99, 1, 1), 404);
        put("vp.bimson", path, Scenario.filledReport(1, "14794", 99, 1, 1), 403);
        Tokens.as("badinh.cb").get(path).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));
    }

    @Test
    void narrativesAreSanitised() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14803");
        Map<String, Object> body = new HashMap<>(Scenario.filledReport(0, "14803", 5, 5, 0));
        body.put("sections", Map.of("uu-diem",
                "<p onclick=\"alert(1)\">Tốt <b>lắm</b><script>alert('x')</script></p><ul><li>một</li></ul>"));
        put("phuson.cb", path, body, 200);
        String text = Tokens.as("phuson.cb").get(path).then().extract().jsonPath().getString("sections.uu-diem");
        assertEquals("<p>Tốt <b>lắm</b></p><ul><li>một</li></ul>", text);
    }

    @Test
    void aLateReportIsMarkedLateAndALockedCampaignRefusesIt() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14812");
        long version = put("halan.cb", path, Scenario.filledReport(0, "14812", 7, 7, 0), 200).getLong("version");
        Scenario.at(clock, Instant.parse("2017-04-25T10:00:01Z"));
        // Hà Lan has no approver: its reporter signs and submits.
        Tokens.as("halan.cb").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(200).body("late", is(true));
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign).then().body("progress.late", is(1));

        Scenario.april2017(clock);
        Map<String, Object> locked = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14815"));
        locked.put("latePolicy", "LOCK_AT_DEADLINE");
        long lockedId = Scenario.createAndPublish("vp.bimson", locked);
        String lockedPath = path(lockedId, "14815");
        version = put("quangtrung.cb", lockedPath, Scenario.filledReport(0, "14815", 3, 3, 0), 200).getLong("version");
        Scenario.at(clock, Instant.parse("2017-04-25T10:00:01Z"));
        Tokens.as("quangtrung.cb").contentType(ContentType.JSON).body(Scenario.filledReport(version, "14815", 4, 4, 0))
                .put(lockedPath).then().statusCode(409).body("messages[0]", containsString("17:00 25/04/2017"));
        Tokens.as("quangtrung.cb").contentType(ContentType.JSON).body(submitBody()).post(lockedPath + "/submit").then()
                .statusCode(409);
        Tokens.as("quangtrung.cb").get(lockedPath).then().body("canEdit", is(false)).body("lockedReason",
                containsString("quá hạn"));
    }

    @Test
    void aDeadlineAtMidnightInVietnamIsOnTimeToTheSecond() {
        Map<String, Object> request = Scenario.bimSonRequest("2017-04-25T00:00:00+07:00", List.of("14806", "14809"));
        long campaign = Scenario.createAndPublish("vp.bimson", request);
        put("dongson.cb", path(campaign, "14806"), Scenario.filledReport(0, "14806", 1, 1, 0), 200);
        put("lamson.cb", path(campaign, "14809"), Scenario.filledReport(0, "14809", 1, 1, 0), 200);

        Scenario.at(clock, Instant.parse("2017-04-24T17:00:00Z"));
        Tokens.as("dongson.cb").contentType(ContentType.JSON).body(submitBody())
                .post(path(campaign, "14806") + "/submit").then().statusCode(200).body("late", is(false))
                .body("submittedAt", is("2017-04-25T00:00:00+07:00"));
        Scenario.at(clock, Instant.parse("2017-04-24T17:00:01Z"));
        Tokens.as("lamson.cb").contentType(ContentType.JSON).body(submitBody())
                .post(path(campaign, "14809") + "/submit").then().statusCode(200).body("late", is(true));
    }

    @Test
    void theIssuerReturnsAReportAndEveryVersionIsKept() {
        long campaign = Scenario.bimSonChain();
        String path = path(campaign, "14794");
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 2);

        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(Map.of("comment", "Sai số liệu"))
                .post(path + "/return").then().statusCode(403);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("comment", " ")).post(path + "/return").then()
                .statusCode(422);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("comment", "Số hồ sơ đúng hạn chưa khớp sổ theo dõi")).post(path + "/return").then()
                .statusCode(200).body("status", is("RETURNED"))
                .body("returnComment", is("Số hồ sơ đúng hạn chưa khớp sổ theo dõi"));
        Tokens.as("badinh.cb").get("/api/campaigns/inbox").then().body("status", hasItem("RETURNED"));

        long version = Tokens.as("badinh.cb").get(path).then().body("canEdit", is(true)).extract().jsonPath()
                .getLong("version");
        put("badinh.cb", path, Scenario.filledReport(version, "14794", 10, 9, 1), 200);
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(200);

        Tokens.as("vp.bimson").get(path + "/versions").then().statusCode(200).body("$", hasSize(3))
                .body("status", is(List.of("SUBMITTED", "RETURNED", "SUBMITTED")))
                .body("[1].note", is("Số hồ sơ đúng hạn chưa khớp sổ theo dõi"))
                .body("[2].signerName", is("Trần Văn B"));
        Tokens.as("vp.bimson").get(path + "/compare?from=1&to=3").then().statusCode(200)
                .body("column", is(List.of("dung_han", "qua_han"))).body("[0].before", is(8)).body("[0].after", is(9));
        Tokens.as("vp.bimson").get(path + "/versions/1").then().statusCode(200)
                .body("content.tables.phu-luc-2.rows[0].cells.dung_han", is(8));
        Tokens.as("ngoctrao.cb").get(path + "/versions").then().statusCode(404);
        Tokens.as("vp.bimson").get(path + "/versions/9").then().statusCode(404);
    }

    @Test
    void warningsNeedAnExplanationBeforeSubmitting() {
        Map<String, Object> request = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794"));
        request.put("templateCode", "bo-phan-mot-cua-2024");
        request.put("periodLabel", "Quý I/2024");
        request.put("title", "Báo cáo Bộ phận Một cửa");
        Map<String, Object> cells = Map.of("q1_2024_tiep_nhan", 10, "q1_2024_dung_han", 12, "q1_2024_qua_han", 0);
        long campaign = Scenario.createAndPublish("vp.bimson", request);
        String path = path(campaign, "14794");
        JsonPath fixed = Tokens.as("badinh.cb").get(path).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("tables",
                Map.of("thong-ke-tthc", Map.of("rows", List.of(Map.of("key", "cap-xa-truc-tiep", "cells", cells)))));
        JsonPath saved = put("badinh.cb", path, body, 200);
        String code = "thong-ke-tthc/cap-xa-truc-tiep/rule-2";
        assertEquals(1, saved.getList("issues.findAll { it.code == '" + code + "' }").size(), saved.prettify());
        assertEquals("warning", saved.getString("issues.find { it.code == '" + code + "' }.severity"));
        assertEquals(0, fixed.getList("tables.thong-ke-tthc.rows").size());

        Map<String, Object> heading = new HashMap<>(body);
        heading.put("version", saved.getLong("version"));
        heading.put("tables",
                Map.of("thong-ke-tthc", Map.of("rows", List.of(Map.of("key", "cap-xa", "cells", cells)))));
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(heading).put(path).then().statusCode(422)
                .body("issues[0].message", containsString("Tại cấp xã"));

        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(submitBody()).post(path + "/submit").then()
                .statusCode(422).body("issues.code", hasItem(code))
                .body("issues.find { it.code == '" + code + "' }.message", containsString("Cần giải trình"));
    }

    @Test
    void copyForwardStartsFromThePreviousQuarter() {
        Scenario.at(clock, Instant.parse("2017-01-05T01:00:00Z"));
        Map<String, Object> q4 = Scenario.bimSonRequest("2017-01-10T17:00:00+07:00", List.of("14794"));
        q4.put("periodLabel", "Quý IV/2016");
        long previous = Scenario.createAndPublish("vp.bimson", q4);
        put("badinh.cb", path(previous, "14794"), Scenario.filledReport(0, "14794", 77, 70, 7), 200);

        Scenario.april2017(clock);
        long campaign = Scenario.createAndPublish("vp.bimson",
                Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794")));
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(path(campaign, "14794") + "/copy-forward").then().statusCode(200);
        Tokens.as("badinh.cb").get(path(campaign, "14794")).then().body("status", is("DRAFT"))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(77))
                .body("sections.uu-diem", is("Cán bộ tận tình.")).body("submittedAt", nullValue());

        long other = Scenario.createAndPublish("vp.bimson",
                Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14797")));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(path(other, "14797") + "/copy-forward").then().statusCode(422);
    }
}
