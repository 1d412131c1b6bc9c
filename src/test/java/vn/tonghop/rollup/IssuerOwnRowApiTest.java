package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The town fills its own row of Phụ lục II on the campaign it issued, through the submission API. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class IssuerOwnRowApiTest {

    @Test
    void theIssuerSavesItsOwnRowUnderItsCodeAndTheRollupCountsIt() {
        long campaign = Scenario.bimSonChain();
        RollupApiTest.allEightSubmit(campaign);
        String path = "/api/campaigns/" + campaign + "/submissions/381";

        JsonPath fresh = Tokens.as("vp.bimson").get(path).then().statusCode(200).extract().jsonPath();
        assertEquals("381", fresh.getString("unitCode"));
        assertEquals("381", fresh.getString("tables.phu-luc-2.rows[0].key"));
        assertEquals(true, fresh.getBoolean("canEdit"));

        Map<String, Object> body = Map.of("version", fresh.getLong("version"), "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10)))));
        long version = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body).put(path).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Tokens.as("vp.bimson").get(path).then().statusCode(200).body("version", is((int) version))
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(200));

        JsonPath r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        String t = "tables.find { it.code == 'phu-luc-2' }";
        assertEquals("381", r.getString(t + ".groups[0].rows[0].unitCode"));
        assertEquals(200, r.getInt(t + ".groups[0].rows[0].cells.ho_so_nhan"));
        assertEquals(200 + 108, r.getInt(t + ".grandTotal.cells.ho_so_nhan"));

        // a rule broken is stored and listed; a save from before it is then refused
        Map<String, Object> broken = Map.of("version", version, "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 5, 190, 10)))));
        long after = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(broken).put(path).then().statusCode(200)
                .body("issues.table", hasItem("phu-luc-2")).extract().jsonPath().getLong("version");
        assertEquals(version + 1, after);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body).put(path).then().statusCode(409);
        Tokens.as("vp.bimson").get(path).then().body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(5));
    }

    @Test
    void onlyTheIssuerWritesItsOwnRowAndOnlyItsReadersSeeIt() {
        long campaign = Scenario.bimSonChain();
        String path = "/api/campaigns/" + campaign + "/submissions/381";
        Map<String, Object> body = Map.of("version", 0, "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10)))));
        Tokens.as("badinh.cb").get(path).then().statusCode(404);
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(body).put(path).then().statusCode(404);
        Tokens.as("vp.hoangmai").get(path).then().statusCode(404);
        Tokens.as("quynhthien.cb").contentType(ContentType.JSON).body(body).put(path).then().statusCode(404);
        Tokens.as("vp.bimson").get(path).then().statusCode(200).body("version", is(0));
    }

    /** The consolidation page has the town's own row as a form; a broken rule is saved and listed, bad text refused. */
    @Test
    void theTownFillsItsOwnRowOnTheConsolidationPage() {
        long campaign = Scenario.bimSonChain();
        String page = "/campaigns/" + campaign + "/rollup";
        Tokens.as("vp.bimson").get(page).then().statusCode(200).body(containsString("id=\"own-row-phu-luc-2\""))
                .body(containsString("name=\"cell.phu-luc-2.ho_so_nhan\""))
                .body(not(containsString("name=\"cell.phu-luc-2.ty_le_dung_han\"")));
        Tokens.as("badinh.cb").get(page).then().statusCode(404);

        Tokens.as("vp.bimson").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", 0).formParam("cell.phu-luc-2.ho_so_nhan", "1.200")
                .formParam("cell.phu-luc-2.dung_han", "1.190").formParam("cell.phu-luc-2.qua_han", "20")
                .post(page + "/own-row").then().statusCode(303);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/381").then()
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(1200));
        Tokens.as("vp.bimson").get(page).then().body(containsString("value=\"1.200\""))
                .body(containsString("Tổng số hồ sơ giải quyết đúng hạn và quá hạn không được lớn hơn"));

        long version = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/consolidated").then().extract()
                .jsonPath().getLong("version");
        Tokens.as("vp.bimson").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version).formParam("cell.phu-luc-2.ho_so_nhan", "nhiều").post(page + "/own-row")
                .then().statusCode(422);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/381").then()
                .body("tables.phu-luc-2.rows[0].cells.ho_so_nhan", is(1200));
    }
}
