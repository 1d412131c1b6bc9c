package vn.tonghop.anomaly;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Ba Đình reports ten times its last quarter and its seven peers: the figure is flagged (not blocked), the reporter
 * explains it, the town sees it first with the explanation, verifies it, and each step is in the audit trail.
 */
@PortalTest
class AnomalyApiTest {

    static final List<String> REPORTERS = List.of("badinh.cb", "ngoctrao.cb", "bacson.cb", "phuson.cb", "dongson.cb",
            "lamson.cb", "halan.cb", "quangtrung.cb");

    @Inject
    PortalClock clock;

    @AfterEach
    void now() {
        clock.set(null);
    }

    @Test
    void anOutlierIsFlaggedJustifiedRankedFirstAndVerified() {
        Scenario.april2017(clock);
        Map<String, Object> q4 = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794"));
        q4.put("periodLabel", "Quý IV/2016");
        q4.put("title", "Báo cáo một cửa quý IV/2016");
        long previous = Scenario.createAndPublish("vp.bimson", q4);
        Scenario.fillAndSubmit(previous, "14794", "badinh.cb", "badinh.ct", 10, 9, 1);

        long campaign = Scenario.createAndPublish("vp.bimson",
                Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", Scenario.BIM_SON_COMMUNES));
        for (int i = 1; i < 8; i++) {
            String unit = Scenario.BIM_SON_COMMUNES.get(i);
            String reporter = REPORTERS.get(i);
            boolean signs = Tokens.as(reporter).get("/api/campaigns/" + campaign + "/submissions/" + unit).then()
                    .extract().jsonPath().getBoolean("canSubmit");
            Scenario.fillAndSubmit(campaign, unit, reporter, signs ? reporter : reporter.replace(".cb", ".ct"), 10 + i,
                    8, 1);
        }
        String baDinh = "/api/campaigns/" + campaign + "/submissions/14794";
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(Scenario.filledReport(0, "14794", 100, 90, 10))
                .put(baDinh).then().statusCode(200);

        // the reporter sees the flag beside her figure, without the others' figures
        JsonPath own = Tokens.as("badinh.cb").get(baDinh + "/anomalies").then().statusCode(200).extract().jsonPath();
        assertTrue(own.getInt("count") >= 1, own.prettify());
        Map<String, Object> received = own.getMap("items.find { it.column == 'ho_so_nhan' }");
        assertEquals("OPEN", received.get("status"));
        assertEquals("own", received.get("row"));
        String reasons = received.get("reasons").toString();
        assertTrue(reasons.contains("Cao bất thường so với các đơn vị khác cùng đợt"), reasons);
        assertTrue(reasons.contains("Gấp 10 lần kỳ trước (10)"), reasons);
        assertTrue(!reasons.contains("trung vị"), "a unit does not learn its peers' median: " + reasons);

        // explaining is hers, verifying is not
        Map<String, Object> cell = Map.of("table", "phu-luc-2", "row", "own", "column", "ho_so_nhan", "text",
                "Quý I tiếp nhận hồ sơ đất đai dồn từ đợt cấp giấy chứng nhận.");
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(cell).put(baDinh + "/anomalies/justification").then()
                .statusCode(200).body("status", is("JUSTIFIED")).body("justifiedBy", is("badinh.cb"));
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(cell).post(baDinh + "/anomalies/verify").then()
                .statusCode(403).body("messages[0]", containsString("xác minh"));
        Tokens.as("ngoctrao.cb").get(baDinh + "/anomalies").then().statusCode(404);
        Tokens.as("badinh.cb").contentType(ContentType.JSON)
                .body(Map.of("table", "phu-luc-2", "row", "own", "column", "qua_han_x", "text", "x"))
                .put(baDinh + "/anomalies/justification").then().statusCode(422);
        // the fill form loads the panel with the flag and her explanation in its box
        Tokens.as("badinh.cb").get("/campaigns/" + campaign + "/submissions/14794/anomalies/panel").then()
                .statusCode(200).body(containsString("Số liệu bất thường")).body(containsString("dồn từ đợt cấp"));
        Tokens.as("badinh.ct").contentType(ContentType.JSON)
                .body(Map.of("signerName", "Nguyễn Văn A", "signerTitle", "Chủ tịch UBND")).post(baDinh + "/submit")
                .then().statusCode(200);

        // the town: flagged figures ranked first, with the explanation and the peers' median
        JsonPath all = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/anomalies").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("14794", all.getString("items[0].unitCode"));
        assertEquals("JUSTIFIED", all.getString("items.find { it.column == 'ho_so_nhan' }.status"));
        assertTrue(all.getString("items.find { it.column == 'ho_so_nhan' }.justification").contains("đất đai"));
        assertTrue(all.getString("items[0].reasons").contains("trung vị"), all.prettify());
        String page = Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/anomalies").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("UBND phường Ba Đình") && page.contains("Đã giải trình"), page);
        Tokens.as("vp.bimson").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("table", "phu-luc-2").formParam("row", "own").formParam("column", "ho_so_nhan")
                .formParam("from", "list").post("/campaigns/" + campaign + "/submissions/14794/anomalies/verify").then()
                .statusCode(303).header("Location", containsString("/campaigns/" + campaign + "/anomalies"));
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/anomalies").then().statusCode(200)
                .body("items.find { it.column == 'ho_so_nhan' }.status", is("VERIFIED"))
                .body("items.find { it.column == 'ho_so_nhan' }.verifiedBy", is("vp.bimson"))
                .body("items.findAll { it.unitCode != '14794' }.size()", is(0));
        // a commune only reads its own report's flags, not the campaign's list
        Tokens.as("ngoctrao.cb").get("/api/campaigns/" + campaign + "/anomalies").then().statusCode(403);

        Tokens.as("admin.thanhhoa").get("/api/audit?action=JUSTIFY").then().statusCode(200).body("summary",
                hasItems("phu-luc-2 / own / ho_so_nhan"));
        Tokens.as("admin.thanhhoa").get("/api/audit?action=VERIFY").then().statusCode(200).body("summary",
                hasItems("phu-luc-2 / own / ho_so_nhan"));

        // returning with the flag attached puts it in the comment
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("table", "phu-luc-2", "row", "own", "column", "ho_so_nhan"))
                .post(baDinh + "/anomalies/return").then().statusCode(200).body("status", is("RETURNED"));
        Tokens.as("badinh.cb").get(baDinh).then().statusCode(200).body("returnComment",
                containsString("Đề nghị kiểm tra lại số liệu"));
        Tokens.as("badinh.cb").get("/api/campaigns/" + previous + "/submissions/14794/anomalies").then().statusCode(200)
                .body("items[0]", nullValue());
    }
}
