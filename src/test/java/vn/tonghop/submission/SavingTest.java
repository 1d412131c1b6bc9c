package vn.tonghop.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Saving always works: values that break a rule are stored and listed, only values that cannot be stored are refused
 * (the API all or nothing, the page keeping the rest), an upload after the user's own autosave is no conflict, and a
 * conflict names the other person.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SavingTest {

    static String api(long campaign, String unit) {
        return SubmissionPageTest.api(campaign, unit);
    }

    static String page(long campaign, String unit) {
        return SubmissionPageTest.page(campaign, unit);
    }

    @Test
    void aDraftWithBrokenRulesIsStoredAndEveryViolationListedButNotSubmitted() {
        long campaign = Scenario.bimSonChain();
        String path = api(campaign, "14794");
        Map<String, Object> body = new HashMap<>(Scenario.filledReport(0, "14794", 10, 8, 5));
        Map<String, Object> cells = new HashMap<>(
                Map.of("tthc_mot_cua", -1, "ho_so_nhan", 10, "dung_han", 8, "qua_han", 5));
        body.put("tables", Map.of("phu-luc-2", Map.of("rows", List.of(Map.of("key", "14794", "cells", cells)))));
        JsonPath saved = Tokens.as("badinh.cb").contentType(ContentType.JSON).body(body).put(path).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> issues = saved.getList("issues");
        assertEquals(2, issues.size(), issues.toString());
        assertTrue(issues.stream().allMatch(i -> "phu-luc-2".equals(i.get("table")) && "14794".equals(i.get("row"))
                && "error".equals(i.get("severity"))), issues.toString());
        assertTrue(
                issues.stream()
                        .anyMatch(i -> "tthc_mot_cua".equals(i.get("column"))
                                && String.valueOf(i.get("message")).contains("phải lớn hơn hoặc bằng 0")),
                issues.toString());
        assertTrue(issues.stream().anyMatch(i -> "dung_han,qua_han,ho_so_nhan".equals(i.get("column"))),
                issues.toString());

        Tokens.as("badinh.cb").get(path).then().body("version", is(saved.getInt("version")))
                .body("tables.phu-luc-2.rows[0].cells.tthc_mot_cua", is(-1))
                .body("tables.phu-luc-2.rows[0].cells.qua_han", is(5));
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(Map.of("signerName", "Trần Văn B"))
                .post(path + "/submit").then().statusCode(422).body("issues.column", hasItem("tthc_mot_cua"));

        // the page lists them too, and its submit button says how many stand in the way
        Tokens.as("badinh.ct").get(page(campaign, "14794")).then().statusCode(200)
                .body(containsString("id=\"issue-list\"")).body(containsString("Còn 2 lỗi cần sửa trước khi nộp"))
                .body(containsString("href=\"#cell-phu-luc-2-14794-tthc_mot_cua\""));
    }

    @Test
    void theApiRefusesTextInANumberCellWith422ListingTheCellAndStoresNothing() {
        long campaign = Scenario.bimSonChain();
        String path = api(campaign, "14797");
        long version = Tokens.as("ngoctrao.cb").contentType(ContentType.JSON)
                .body(Scenario.filledReport(0, "14797", 10, 8, 2)).put(path).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        Map<String, Object> bad = new HashMap<>(Scenario.filledReport(version, "14797", 10, 8, 2));
        Map<String, Object> cells = new HashMap<>(Map.of("ho_so_nhan", "mười", "dung_han", 9, "qua_han", 1));
        bad.put("tables", Map.of("phu-luc-2", Map.of("rows", List.of(Map.of("key", "14797", "cells", cells)))));
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(bad).put(path).then().statusCode(422)
                .body("issues[0].table", is("phu-luc-2")).body("issues[0].row", is("14797"))
                .body("issues[0].column", is("ho_so_nhan")).body("issues[0].severity", is("error"))
                .body("issues[0].message", containsString("'mười'"))
                .body("messages[0]", containsString("không lưu được"));
        Tokens.as("ngoctrao.cb").get(path).then().body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(8));
    }

    @Test
    void thePageSavesEverythingButTheUnreadableCellAndNamesIt() {
        long campaign = Scenario.bimSonChain();
        String path = page(campaign, "14803");
        SubmissionPageTest.post("phuson.cb", SubmissionPageTest.form(0, "14803", "10", "8", "2"))
                .post(path + "/autosave").then().statusCode(200);
        long version = SubmissionPageTest.version("phuson.cb", campaign, "14803");

        Map<String, String> typed = SubmissionPageTest.form(version, "14803", "mười", "9", "1");
        typed.put("section.uu-diem", "<p>Đã sửa.</p>");
        String body = SubmissionPageTest.post("phuson.cb", typed).post(path + "/autosave").then().statusCode(200)
                .extract().asString();
        assertTrue(body.contains("data-kind=\"partial\""), body);
        assertTrue(body.contains("trừ 1 ô chưa đọc được"), body);
        assertTrue(body.contains("data-refused=\"cell.phu-luc-2.14803.ho_so_nhan\""), body);
        assertTrue(body.contains("data-targets=\"cell-phu-luc-2-14803-ho_so_nhan\""), body);
        assertTrue(body.contains("&#39;mười&#39; không phải là số nguyên"), body);
        long after = SubmissionPageTest.version("phuson.cb", campaign, "14803");
        assertTrue(after > version);
        assertTrue(body.contains("value=\"" + after + "\""), body);
        // the rest is saved; the unreadable cell keeps what it held
        Tokens.as("phuson.cb").get(api(campaign, "14803")).then().body("sections.uu-diem", is("<p>Đã sửa.</p>"))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(9))
                .body("tables.phu-luc-2.rows[0].cells.qua_han", is(1))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));

        // "Lưu nháp" by hand: the same, the form shown again as typed with the cell's message under it
        typed.put("version", String.valueOf(after));
        typed.put("cell.phu-luc-2.14803.qua_han", "0");
        SubmissionPageTest.post("phuson.cb", typed).post(path).then().statusCode(200)
                .body(containsString("value=\"mười\"")).body(containsString("trừ 1 ô chưa đọc được"))
                .body(containsString("id=\"cell-phu-luc-2-14803-ho_so_nhan-feedback\">" + "Phụ lục II"));
        Tokens.as("phuson.cb").get(api(campaign, "14803")).then().body("tables.phu-luc-2.rows[0].cells.qua_han", is(0))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));
    }

    @Test
    void anUploadFromThePageAfterTheUsersOwnAutosaveIsNoConflict() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = page(campaign, "14800");
        // the page was read at version 0; its autosave moved the report on
        SubmissionPageTest.post("bacson.cb", SubmissionPageTest.form(0, "14800", "10", "8", "2"))
                .post(path + "/autosave").then().statusCode(200);
        byte[] filled = SubmissionWorkbookTest.edit(SubmissionWorkbookTest.download("bacson.cb", campaign, "14800"),
                s -> SubmissionWorkbookTest.fill(s, 20, 15, 5));
        Response r = SubmissionWorkbookTest.upload("bacson.cb", filled).redirects().follow(false)
                .multiPart("version", "0").post(path + "/tables.xlsx");
        assertEquals(303, r.statusCode(), r.asString());
        Tokens.as("bacson.cb").get(api(campaign, "14800")).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan",
                is(20));
    }

    @Test
    void aConflictOnlyComesFromSomebodyElseAndNamesThemWithWhenAndWhatDiffers() throws IOException {
        long campaign = Scenario.bimSonChain();
        String path = page(campaign, "14794");
        // the chair's page read version 0; the reporter saves in the meantime
        SubmissionPageTest.post("badinh.cb", SubmissionPageTest.form(0, "14794", "10", "8", "2"))
                .post(path + "/autosave").then().statusCode(200);
        long theirs = SubmissionPageTest.version("badinh.cb", campaign, "14794");

        String body = SubmissionPageTest.post("badinh.ct", SubmissionPageTest.form(0, "14794", "12", "8", "2"))
                .post(path + "/autosave").then().statusCode(409).extract().asString();
        assertTrue(body.contains("Cán bộ phường Ba Đình (badinh.cb) đã lưu báo cáo này lúc 08:00 22/04/2017"), body);
        assertTrue(body.contains("id=\"conflict-show-changes\""), body);
        assertTrue(body.contains("id=\"conflict-keep-mine\""), body);
        assertTrue(body.contains("data-version=\"" + theirs + "\""), body);
        assertTrue(body.matches("(?s).*<td>Phụ lục II[^<]*Tổng số hồ sơ đã nhận</td><td>10</td><td>12</td>.*"), body);

        // the API names them too
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(Scenario.filledReport(0, "14794", 12, 8, 2))
                .put(api(campaign, "14794")).then().statusCode(409).body("messages[0]", containsString("badinh.cb"))
                .body("messages[0]", containsString("08:00"));

        // an upload from the chair's stale page is a conflict as well, shown on the form with the name
        byte[] filled = SubmissionWorkbookTest.edit(SubmissionWorkbookTest.download("badinh.ct", campaign, "14794"),
                s -> SubmissionWorkbookTest.fill(s, 30, 20, 5));
        SubmissionWorkbookTest.upload("badinh.ct", filled).redirects().follow(false).multiPart("version", "0")
                .post(path + "/tables.xlsx").then().statusCode(409)
                .body(containsString("Cán bộ phường Ba Đình (badinh.cb) đã lưu báo cáo này"))
                .body(containsString("<td>10</td><td>30</td>")).body(not(containsString("Có lỗi 409")));
        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("version", is((int) theirs))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));

        // keeping one's own version: the save at the version named by the conflict goes through
        SubmissionPageTest.post("badinh.ct", SubmissionPageTest.form(theirs, "14794", "12", "8", "2"))
                .post(path + "/autosave").then().statusCode(200);
        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan",
                is(12));
    }

    @Test
    void theSessionPingAnswersALoggedInUserWithNothing() {
        Tokens.as("badinh.cb").get("/session/ping").then().statusCode(204).header("Cache-Control", "no-store");
    }
}
