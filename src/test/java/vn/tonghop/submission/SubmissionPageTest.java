package vn.tonghop.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Commune staff fill and submit the Q1/2017 report through the pages, the way a browser posts the form. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SubmissionPageTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    PortalClock clock;

    static String page(long campaign, String unit) {
        return "/campaigns/" + campaign + "/submissions/" + unit;
    }

    static String api(long campaign, String unit) {
        return "/api/campaigns/" + campaign + "/submissions/" + unit;
    }

    /** The form as the page posts it: narratives, the unit's Phụ lục II row as typed, the version it was loaded at. */
    static Map<String, String> form(long version, String unit, String received, String onTime, String late) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", String.valueOf(version));
        f.put("section.so-luong-co-quan", "<p>01 bộ phận một cửa.</p>");
        f.put("section.so-tthc", "<p>Thực hiện <strong>120</strong> thủ tục.</p>");
        f.put("section.chat-luong-giai-quyet", "<p>Giải quyết đúng hạn phần lớn hồ sơ.</p>");
        f.put("section.uu-diem", "<p>Cán bộ tận tình.</p>");
        f.put("section.ton-tai-han-che", "<p>Trang thiết bị còn thiếu.</p>");
        f.put("section.de-xuat-kien-nghi", "<ul><li>Bổ sung máy tính.</li></ul>");
        f.put("table.phu-luc-2", "1");
        String cell = "cell.phu-luc-2." + unit + ".";
        f.put(cell + "tthc_mot_cua", "120");
        f.put(cell + "tthc_lien_thong", "5");
        f.put(cell + "ho_so_nhan", received);
        f.put(cell + "dung_han", onTime);
        f.put(cell + "qua_han", late);
        f.put(cell + "ghi_chu", "");
        return f;
    }

    static RequestSpecification post(String user, Map<String, String> fields) {
        return Tokens.as(user).redirects().follow(false).contentType(FORM).formParams(fields);
    }

    static long version(String user, long campaign, String unit) {
        return Tokens.as(user).get(api(campaign, unit)).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void thePageShowsTheOutlineTheGuidanceAndTheGroupedPhuLuc2GridWithTheUnitsName() {
        long campaign = Scenario.bimSonChain();
        Tokens.as("badinh.cb").get(page(campaign, "14794")).then().statusCode(200)
                .body(containsString("id=\"campaign-title\">Báo cáo tình hình triển khai cơ chế một cửa"))
                .body(containsString("675/UBND-VP")).body(containsString("UBND thị xã Bỉm Sơn"))
                .body(containsString("Quý I/2017 (01/01/2017 – 31/03/2017)")).body(containsString("17:00 25/04/2017"))
                .body(containsString("Còn 3 ngày 9 giờ"))
                // outline in reading order, numbered, with guidance beside the text sections
                .body(matchesPattern("(?s).*I\\. Kết quả triển khai.*1\\. Số lượng các cơ quan.*"
                        + "3\\. Chất lượng giải quyết.*- Kết quả giải quyết TTHC.*II\\. Đánh giá chung.*"
                        + "III\\. Đề xuất, kiến nghị.*"))
                .body(containsString("name=\"section.so-luong-co-quan\""))
                .body(containsString("id=\"guidance-so-luong-co-quan\""))
                .body(containsString("- Cơ quan sở, ngành/huyện:"))
                // Phụ lục II: grouped headers, STT and label spanning both header rows, the unit's own row
                .body(containsString("rowspan=\"2\">STT</th>"))
                .body(containsString("colspan=\"2\">Số TTHC đang thực hiện</th>"))
                .body(containsString("colspan=\"4\">Hồ sơ</th>")).body(containsString("rowspan=\"2\">Ghi chú</th>"))
                .body(containsString("<td class=\"row-label\">UBND phường Ba Đình</td>"))
                .body(containsString("id=\"cell-phu-luc-2-14794-ho_so_nhan\" name=\"cell.phu-luc-2.14794.ho_so_nhan\""))
                .body(containsString("inputmode=\"numeric\""))
                .body(containsString("<output id=\"cell-phu-luc-2-14794-ty_le_dung_han\""))
                .body(containsString("/webjars/tinymce/6.8.3/tinymce.min.js"))
                // a reporter saves; the approver submits
                .body(containsString("id=\"approver-note\"")).body(not(containsString("id=\"submit-report\"")))
                .body(containsString("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"0\">"));
        // opening the form is not an edit: the version the page carries stays current
        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("version", is(0));

        Tokens.as("badinh.cb").get("/campaigns").then().statusCode(200)
                .body(containsString("href=\"/campaigns/" + campaign + "/submissions/14794\""));
        Tokens.as("vp.bimson").get("/campaigns/" + campaign).then().statusCode(200)
                .body(containsString("href=\"/campaigns/" + campaign + "/submissions/14794\""));
        Tokens.as("badinh.ct").get(page(campaign, "14794")).then().statusCode(200)
                .body(containsString("id=\"submit-report\"")).body(containsString("id=\"signer-name\""));
    }

    @Test
    void aUnitThatConsolidatesItsSubordinatesFillsTheirRowsTooWithATotal() {
        long province = Scenario.publishProvincialRequest();
        Scenario.relayToBimSonCommunes(province);
        Tokens.as("vp.bimson").get(page(province, "381")).then().statusCode(200)
                .body(containsString("<td class=\"row-label\">UBND thị xã Bỉm Sơn</td>"))
                .body(containsString("id=\"row-phu-luc-2-14794\"")).body(containsString("id=\"row-phu-luc-2-14815\""))
                .body(containsString("name=\"cell.phu-luc-2.14797.ho_so_nhan\""))
                .body(containsString("id=\"row-phu-luc-2-total\""))
                .body(containsString("<td class=\"row-label\">Tổng</td>"));
        Map<String, String> f = form(0, "381", "50", "40", "5");
        f.put("cell.phu-luc-2.14794.ho_so_nhan", "10");
        f.put("cell.phu-luc-2.14794.dung_han", "8");
        f.put("cell.phu-luc-2.14794.qua_han", "2");
        post("vp.bimson", f).post(page(province, "381") + "/calc").then().statusCode(200)
                .body(containsString("<output id=\"total-phu-luc-2-ho_so_nhan\" hx-swap-oob=\"innerHTML\">60</output>"))
                .body(containsString(
                        "<output id=\"total-phu-luc-2-ty_le_dung_han\" hx-swap-oob=\"innerHTML\">87,27</output>"));
    }

    @Test
    void aFormSaveStoresVietnameseNumbersAndShowsThemBackTheVietnameseWay() {
        long campaign = Scenario.bimSonChain();
        Response saved = post("badinh.cb", form(0, "14794", "1.315", "1.200", "15")).post(page(campaign, "14794"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith(page(campaign, "14794")), saved.header("Location"));

        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("status", is("DRAFT"))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(1315))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(1200))
                .body("sections.uu-diem", is("<p>Cán bộ tận tình.</p>"));
        Tokens.as("badinh.cb").cookie("flash", saved.cookie("flash")).get(page(campaign, "14794")).then()
                .statusCode(200).body(containsString("Đã lưu bản nháp"))
                .body(containsString("data-just-saved=\"true\""))
                .body(containsString("name=\"cell.phu-luc-2.14794.ho_so_nhan\" value=\"1.315\""))
                .body(matchesPattern("(?s).*id=\"cell-phu-luc-2-14794-ty_le_dung_han\"[^>]*>98,77</output>.*"));
    }

    @Test
    void autosaveAnswersTheNewVersionAndTheRuleErrorInPlace() {
        long campaign = Scenario.bimSonChain();
        String body = post("badinh.cb", form(0, "14794", "10", "8", "5")).post(page(campaign, "14794") + "/autosave")
                .then().statusCode(200).extract().asString();
        long version = version("badinh.cb", campaign, "14794");
        assertTrue(version > 0);
        assertTrue(body.contains("id=\"save-status\""), body);
        // the header's badge turns from "not opened" to "draft" with the first save
        assertTrue(
                body.contains("<span id=\"submission-status\" class=\"badge fs-6 status-DRAFT\" hx-swap-oob=\"true\">"),
                body);
        assertTrue(body.contains("Đã lưu lúc 08:00 (phiên bản " + version + ")"), body);
        assertTrue(body.contains("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"" + version
                + "\" hx-swap-oob=\"true\">"), body);
        assertTrue(body.contains("không được lớn hơn tổng số hồ sơ đã nhận"), body);
        assertTrue(body.contains("data-targets=\"cell-phu-luc-2-14794-dung_han cell-phu-luc-2-14794-qua_han"
                + " cell-phu-luc-2-14794-ho_so_nhan\" data-severity=\"error\""), body);
        assertTrue(body.contains("<output id=\"cell-phu-luc-2-14794-ty_le_dung_han\" hx-swap-oob=\"innerHTML\">61,54"),
                body);

        // the page loaded afterwards marks the cells
        Tokens.as("badinh.cb").get(page(campaign, "14794")).then().statusCode(200)
                .body(containsString("id=\"issue-list\""))
                .body(matchesPattern("(?s).*<input type=\"text\" class=\"form-control form-control-sm cell text-end"
                        + " is-invalid\" id=\"cell-phu-luc-2-14794-dung_han\".*"));

        // fixed: the same autosave answers no issue, and the same content again is a harmless retry
        Map<String, String> fixed = form(version, "14794", "10", "8", "2");
        post("badinh.cb", fixed).post(page(campaign, "14794") + "/autosave").then().statusCode(200)
                .body(containsString("id=\"no-issues\"")).body(containsString(">80</output>"));
        long after = version("badinh.cb", campaign, "14794");
        post("badinh.cb", fixed).post(page(campaign, "14794") + "/autosave").then().statusCode(200)
                .body(containsString("value=\"" + after + "\""));
        assertEquals(after, version("badinh.cb", campaign, "14794"));
    }

    @Test
    void recomputingTheFormSavesNothing() {
        long campaign = Scenario.bimSonChain();
        post("lamson.cb", form(0, "14809", "12", "9", "3")).post(page(campaign, "14809") + "/calc").then()
                .statusCode(200).body(containsString("<output id=\"cell-phu-luc-2-14809-ty_le_dung_han\""
                        + " hx-swap-oob=\"innerHTML\">75</output>"));
        post("lamson.cb", form(0, "14809", "mười", "9", "3")).post(page(campaign, "14809") + "/calc").then()
                .statusCode(200).body(containsString("&#39;mười&#39; không phải là số nguyên"));
        Tokens.as("lamson.cb").get(api(campaign, "14809")).then().body("version", is(0)).body("status",
                is("NOT_OPENED"));
    }

    @Test
    void aValueThatCannotBeStoredComesBackAsTypedWithTheCellMarkedAndTheRestIsSaved() {
        long campaign = Scenario.bimSonChain();
        post("phuson.cb", form(0, "14803", "mười", "8", "2")).post(page(campaign, "14803")).then().statusCode(200)
                .body(containsString("id=\"page-errors\"")).body(containsString("value=\"mười\""))
                .body(matchesPattern("(?s).*cell text-end is-invalid\" id=\"cell-phu-luc-2-14803-ho_so_nhan\".*"));
        long version = version("phuson.cb", campaign, "14803");
        post("phuson.cb", form(version, "14803", "mười", "8", "2")).post(page(campaign, "14803") + "/autosave").then()
                .statusCode(200).body(containsString("trừ 1 ô chưa đọc được"))
                .body(containsString("data-targets=\"cell-phu-luc-2-14803-ho_so_nhan\""));
        Tokens.as("phuson.cb").get(api(campaign, "14803")).then().body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.dung_han", is(8))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aStaleVersionAnswersTheConflictAndKeepsTheStoredData() {
        long campaign = Scenario.bimSonChain();
        post("bacson.cb", form(0, "14800", "10", "8", "2")).post(page(campaign, "14800")).then().statusCode(303);
        long version = version("bacson.cb", campaign, "14800");

        post("bacson.cb", form(0, "14800", "99", "8", "2")).post(page(campaign, "14800") + "/autosave").then()
                .statusCode(409).body(containsString("data-kind=\"conflict\""))
                .body(containsString("(bacson.cb) đã lưu báo cáo này lúc 08:00 22/04/2017"))
                .body(containsString("id=\"conflict-reload\"")).body(containsString("id=\"conflict-keep-mine\""))
                .body(not(containsString("id=\"version\"")));
        post("bacson.cb", form(0, "14800", "99", "8", "2")).post(page(campaign, "14800")).then().statusCode(409)
                .body(containsString("id=\"conflict\"")).body(containsString("value=\"99\""));

        Tokens.as("bacson.cb").get(api(campaign, "14800")).then().body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(10));
    }

    @Test
    void aNarrativeWithAScriptIsNeutralised() {
        long campaign = Scenario.bimSonChain();
        Map<String, String> f = form(0, "14806", "10", "8", "2");
        f.put("section.uu-diem", "<p>Tốt</p><script>alert('xss')</script><img src=x onerror=\"alert(1)\">"
                + "<p onclick=\"steal()\">Hai</p>");
        post("dongson.cb", f).post(page(campaign, "14806")).then().statusCode(303);

        String stored = Tokens.as("dongson.cb").get(api(campaign, "14806")).then().extract().jsonPath()
                .getString("sections.uu-diem");
        assertEquals("<p>Tốt</p><p>Hai</p>", stored);
        for (String user : List.of("dongson.cb", "vp.bimson")) {
            Tokens.as(user).get(page(campaign, "14806")).then().statusCode(200).body(not(containsString("alert(")))
                    .body(not(containsString("onerror"))).body(not(containsString("steal()")));
        }
        // the issuer reads it as formatted text, the unit edits it in its field
        Tokens.as("vp.bimson").get(page(campaign, "14806")).then()
                .body(containsString("id=\"narrative-uu-diem\"><p>Tốt</p><p>Hai</p></div>"));
        Tokens.as("dongson.cb").get(page(campaign, "14806")).then()
                .body(containsString("name=\"section.uu-diem\" rows=\"6\" aria-label=\"1. Những ưu điểm\">"
                        + "&lt;p&gt;Tốt&lt;/p&gt;&lt;p&gt;Hai&lt;/p&gt;</textarea>"));
    }

    @Test
    void theApproverSubmitsFromThePageWhichThenBecomesReadOnly() {
        long campaign = Scenario.bimSonChain();
        post("badinh.cb", form(0, "14794", "10", "8", "5")).post(page(campaign, "14794")).then().statusCode(303);
        long version = version("badinh.cb", campaign, "14794");

        // the rule still broken: refused, the cells marked, the draft kept
        Map<String, String> broken = form(version, "14794", "10", "8", "5");
        broken.put("signerName", "Trần Văn B");
        broken.put("signerTitle", "Chủ tịch UBND phường");
        post("badinh.ct", broken).post(page(campaign, "14794") + "/submit").then().statusCode(422)
                .body(containsString("Báo cáo chưa nộp được"))
                .body(matchesPattern("(?s).*is-invalid\" id=\"cell-phu-luc-2-14794-qua_han\".*"))
                .body(containsString("value=\"Trần Văn B\""));

        Map<String, String> good = form(version, "14794", "10", "8", "2");
        good.put("signerName", "Trần Văn B");
        good.put("signerTitle", "Chủ tịch UBND phường");
        Response submitted = post("badinh.ct", good).post(page(campaign, "14794") + "/submit");
        assertEquals(303, submitted.statusCode(), submitted.asString());
        Tokens.as("badinh.ct").cookie("flash", submitted.cookie("flash")).get(page(campaign, "14794")).then()
                .statusCode(200).body(containsString("Đã nộp báo cáo lúc 08:00 22/04/2017, đúng hạn."))
                .body(containsString("id=\"submitted-info\""))
                .body(containsString(
                        "Đã nộp lúc 08:00 22/04/2017, đúng hạn. Người ký: Trần Văn B (Chủ tịch UBND phường)."))
                .body(containsString("id=\"lock-reason\"")).body(not(containsString("<textarea")))
                .body(not(containsString("name=\"cell.phu-luc-2.14794.ho_so_nhan\"")))
                .body(not(containsString("id=\"submit-report\""))).body(not(containsString("id=\"save-draft\"")))
                .body(not(containsString("submission.js")))
                .body(matchesPattern("(?s).*id=\"cell-phu-luc-2-14794-qua_han\"[^>]*>2</output>.*"));
        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("status", is("SUBMITTED"))
                .body("late", is(false)).body("signerName", is("Trần Văn B"))
                .body("tables.phu-luc-2.rows[0].cells.qua_han", is(2));
        // nothing more is saved from the page
        post("badinh.cb", form(version + 1, "14794", "11", "9", "2")).post(page(campaign, "14794") + "/autosave").then()
                .statusCode(409).body(containsString("Báo cáo đã nộp"));
    }

    @Test
    void anotherUnitsStaffCannotSeeTheReport() {
        long campaign = Scenario.bimSonChain();
        Tokens.as("ngoctrao.cb").get(page(campaign, "14794")).then().statusCode(404);
        post("ngoctrao.cb", form(0, "14794", "1", "1", "0")).post(page(campaign, "14794") + "/autosave").then()
                .statusCode(404);
        post("ngoctrao.cb", form(0, "14794", "1", "1", "0")).post(page(campaign, "14794")).then().statusCode(404);
        Tokens.as("ngoctrao.cb").get(page(campaign, "14794") + "/versions").then().statusCode(404);
        Tokens.as("badinh.cb").get(api(campaign, "14794")).then().body("version", is(0));
    }

    @Test
    void theIssuerReturnsAReportFromThePageAndComparesTheResubmission() {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14797", "ngoctrao.cb", "ngoctrao.cb", 10, 8, 2);
        Tokens.as("vp.bimson").get(page(campaign, "14797")).then().statusCode(200)
                .body(containsString("id=\"return-form\""))
                .body(not(containsString("<textarea class=\"form-control rich-text\"")));
        Tokens.as("ngoctrao.cb").get(page(campaign, "14797")).then().body(not(containsString("id=\"return-form\"")));

        Tokens.as("vp.bimson").redirects().follow(false).contentType(FORM).formParam("comment", " ")
                .post(page(campaign, "14797") + "/return").then().statusCode(422)
                .body(containsString("Cần ghi lý do trả lại"));
        Tokens.as("vp.bimson").redirects().follow(false).contentType(FORM)
                .formParam("comment", "Bổ sung số hồ sơ nhận trong tháng 3.").post(page(campaign, "14797") + "/return")
                .then().statusCode(303);

        Tokens.as("ngoctrao.cb").get(page(campaign, "14797")).then().statusCode(200)
                .body(containsString("id=\"return-comment\""))
                .body(containsString("Bổ sung số hồ sơ nhận trong tháng 3."))
                .body(containsString("name=\"cell.phu-luc-2.14797.ho_so_nhan\" value=\"10\""))
                .body(containsString("value=\"Chủ tịch UBND\"")); // the title used before, suggested again

        long version = version("ngoctrao.cb", campaign, "14797");
        Map<String, String> revised = form(version, "14797", "12", "10", "2");
        revised.put("signerName", "Nguyễn Văn A");
        revised.put("signerTitle", "Chủ tịch UBND");
        post("ngoctrao.cb", revised).post(page(campaign, "14797") + "/submit").then().statusCode(303);

        Tokens.as("vp.bimson").get(page(campaign, "14797") + "/versions").then().statusCode(200)
                .body(containsString("id=\"version-1\"")).body(containsString("id=\"version-2\""))
                .body(containsString("id=\"version-3\"")).body(containsString("Bổ sung số hồ sơ nhận"));
        Tokens.as("vp.bimson").get(page(campaign, "14797") + "/versions?from=1&to=3").then().statusCode(200)
                .body(containsString("id=\"diff\""))
                .body(matchesPattern("(?s).*<td>Phụ lục II</td><td>UBND phường Ngọc Trạo</td>"
                        + "<td>Tổng số hồ sơ đã nhận</td><td class=\"pre-line diff-before\">10</td>"
                        + "<td class=\"pre-line diff-after\">12</td>.*"));
    }

    @Test
    void theSignersTitleIsSuggestedFromTheUnitsLastReport() {
        // far from the other tests' submissions, so that this unit's last report is the one below
        Scenario.at(clock, Instant.parse("2031-04-20T01:00:00Z"));
        Map<String, Object> first = Scenario.bimSonRequest("2031-04-25T17:00:00+07:00", List.of("14815"));
        first.put("periodLabel", "Quý I/2031");
        first.put("letterDate", "2031-04-20");
        long q1 = Scenario.createAndPublish("vp.bimson", first);
        Map<String, String> f = form(0, "14815", "3", "3", "0");
        f.put("signerName", "Lê Thị C");
        f.put("signerTitle", "Phó Chủ tịch UBND xã");
        post("quangtrung.cb", f).post(page(q1, "14815") + "/submit").then().statusCode(303);

        Scenario.at(clock, Instant.parse("2031-07-05T01:00:00Z"));
        Map<String, Object> second = Scenario.bimSonRequest("2031-07-25T17:00:00+07:00", List.of("14815"));
        second.put("periodLabel", "Quý II/2031");
        second.put("letterDate", "2031-07-05");
        long q2 = Scenario.createAndPublish("vp.bimson", second);
        Tokens.as("quangtrung.cb").get(page(q2, "14815")).then().statusCode(200)
                .body(containsString("id=\"signer-title\" name=\"signerTitle\" form=\"submission-form\""
                        + " value=\"Phó Chủ tịch UBND xã\""))
                .body(containsString("id=\"copy-forward\""));
        post("quangtrung.cb", Map.of("version", "0")).post(page(q2, "14815") + "/copy-forward").then().statusCode(303);
        Tokens.as("quangtrung.cb").get(api(q2, "14815")).then().body("status", is("DRAFT"))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(3));
    }
}
