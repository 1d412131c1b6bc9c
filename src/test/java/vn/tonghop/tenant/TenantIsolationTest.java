package vn.tonghop.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Two tenants, Thanh Hóa and Nghệ An: no API call or page of one reads or changes the other's units, memberships,
 * campaigns or templates; the answer is 403 or 404, never data. A login without a tenant sees nothing.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class TenantIsolationTest {

    static final List<String> NGHE_AN_USERS = List.of("vp.hoangmai", "admin.nghean", "quynhthien.cb");
    static final List<String> THANH_HOA_UNITS = List.of("38", "38-SNV", "381", "14794", "384", "14950");

    static long thanhHoaCampaign() {
        Map<String, Object> request = Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", "38-SNV", "title",
                "Báo cáo một cửa quý I/2017 (thử cách ly)", "letterNumber", "496/SNV-CCHC", "periodLabel", "Quý I/2017",
                "deadline", "2017-04-26T17:00:00+07:00", "recipientUnitCodes", List.of("381", "384"));
        long id = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(request).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static String unitName(String code) {
        return Tokens.as("snv.thanhhoa").get("/api/units?under=" + code).then().statusCode(200).extract().jsonPath()
                .getString("[0].name");
    }

    @Test
    void ngheAnUsersCannotReadThanhHoaUnits() {
        for (String user : NGHE_AN_USERS) {
            for (String code : THANH_HOA_UNITS) {
                Tokens.as(user).get("/api/units?under=" + code).then().statusCode(404).body("messages[0]",
                        containsString(code));
                Tokens.as(user).get("/api/units?under=" + code + "&on=2017-03-31").then().statusCode(404);
            }
        }
        Tokens.as("admin.nghean").get("/api/units?under=40").then().statusCode(200).body("code", hasItem("432"))
                .body("code", not(hasItem("381"))).body("code", not(hasItem("38")));
    }

    @Test
    void unitExportsHoldOnlyTheirOwnTenant() {
        for (String path : List.of("/api/units/export.csv", "/units/export.csv")) {
            String csv = Tokens.as("admin.nghean").get(path).then().statusCode(200).extract().asString();
            assertTrue(csv.contains("UBND thị xã Hoàng Mai"), csv);
            assertFalse(csv.contains("Bỉm Sơn") || csv.contains("Thanh Hóa") || csv.contains("14794"), csv);
        }
        byte[] xlsx = Tokens.as("vp.hoangmai").get("/api/units/export.xlsx").then().statusCode(200).extract()
                .asByteArray();
        assertTrue(xlsx.length > 0);
        Tokens.as("quynhthien.cb").get("/api/units/export.csv").then().statusCode(403);
    }

    @Test
    void anImportCannotReachIntoTheOtherTenant() {
        String before = unitName("14794");
        String csv = "code,name,kind,parentCode\n14794,Phường bị đổi tên,COMMUNE,381\nZ1,Xã Z,COMMUNE,14794\n";
        Tokens.as("admin.nghean").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(422)
                .body("messages", hasItem("Dòng 2: không rõ đơn vị cấp trên '381'"));
        for (String user : List.of("vp.hoangmai", "quynhthien.cb")) {
            Tokens.as(user).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/units/import")
                    .then().statusCode(403);
        }
        assertEquals(before, unitName("14794"));
        Tokens.as("admin.nghean").get("/api/units?under=14794").then().statusCode(404);
    }

    @Test
    void reorganisationsCannotTouchTheOtherTenant() {
        Tokens.as("admin.nghean").contentType(ContentType.JSON).body(Map.of("into", "40", "effectiveOn", "2020-01-01"))
                .post("/api/units/381/merge").then().statusCode(404);
        Tokens.as("admin.nghean").contentType(ContentType.JSON).body(Map.of("to", "38", "effectiveOn", "2020-01-01"))
                .post("/api/units/432/move").then().statusCode(404);
        Tokens.as("admin.nghean").contentType(ContentType.JSON)
                .body(Map.of("childrenTo", "40", "effectiveOn", "2020-01-01")).post("/api/units/384/dissolve").then()
                .statusCode(404);
        Tokens.as("admin.nghean").get("/api/units/history").then().statusCode(200).body("unitCode",
                not(hasItem("384")));
        Tokens.as("snv.thanhhoa").get("/api/units?under=381&on=2021-01-01").then().statusCode(200)
                .body("[0].parentCode", is("38"));
        Tokens.as("admin.nghean").get("/api/units?under=432&on=2021-01-01").then().statusCode(200)
                .body("[0].parentCode", is("40"));
    }

    @Test
    void campaignsOfTheOtherTenantDoNotExist() {
        long id = thanhHoaCampaign();
        for (String user : NGHE_AN_USERS) {
            Tokens.as(user).get("/api/campaigns/" + id).then().statusCode(404).body("id", nullValue());
            Tokens.as(user).post("/api/campaigns/" + id + "/publish").then().statusCode(404);
            Tokens.as(user).contentType(ContentType.JSON).body(Map.of("issuerUnitCode", "432", "deadline",
                    "2017-04-25T17:00:00+07:00", "recipientUnitCodes", List.of("17404")))
                    .post("/api/campaigns/" + id + "/relay").then().statusCode(404);
            Tokens.as(user).get("/api/campaigns").then().statusCode(200).body("id", not(hasItem((int) id)));
            Tokens.as(user).get("/api/campaigns/inbox").then().statusCode(200).body("campaignId",
                    not(hasItem((int) id)));
            Tokens.as(user).get("/campaigns/" + id).then().statusCode(404).body(not(containsString("thử cách ly")));
        }
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + id).then().statusCode(200).body("status", is("PUBLISHED"));
    }

    @Test
    void theOtherTenantsTemplateVersionsDoNotExist() {
        String code = "rieng-thanh-hoa-" + System.nanoTime();
        String yaml = "code: " + code + "\nversion: 1\ntitle: Mẫu riêng Thanh Hóa\nreportType: dot-xuat\n"
                + "sections:\n  - code: noi-dung\n    title: Nội dung\n";
        int version = Tokens.as("vp.bimson")
                .config(io.restassured.RestAssured.config()
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                .encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml; charset=UTF-8").body(yaml).post("/api/templates").then().statusCode(201)
                .extract().jsonPath().getInt("version");
        for (String user : NGHE_AN_USERS) {
            Tokens.as(user).get("/api/templates").then().statusCode(200).body("code", not(hasItem(code)));
            Tokens.as(user).get("/api/templates/" + code).then().statusCode(404);
            Tokens.as(user).get("/api/templates/" + code + "/" + version + ".yaml").then().statusCode(404);
            Tokens.as(user).get("/templates/" + code).then().statusCode(404);
            Tokens.as(user).get("/templates").then().statusCode(200).body(not(containsString(code)));
        }
        Tokens.as("vp.hoangmai").post("/api/templates/" + code + "/" + version + "/copy").then().statusCode(404);
        Tokens.as("vp.bimson").get("/api/templates/" + code).then().statusCode(200).body("versions.size()", is(1));
    }

    @Test
    void pagesShowOnlyTheirOwnTenant() {
        for (String user : List.of("vp.hoangmai", "admin.nghean")) {
            String units = Tokens.as(user).get("/units").then().statusCode(200).extract().asString();
            assertTrue(units.contains("UBND thị xã Hoàng Mai"), user);
            assertFalse(units.contains("Bỉm Sơn") || units.contains("Thanh Hóa") || units.contains("Hà Trung"), user);
            String old = Tokens.as(user).get("/units?on=2017-03-31").then().statusCode(200).extract().asString();
            assertFalse(old.contains("Hà Trung"), user);
        }
        String units = Tokens.as("quynhthien.cb").get("/units").then().statusCode(200).extract().asString();
        assertFalse(units.contains("Bỉm Sơn") || units.contains("Thanh Hóa"));
        Document memberships = Jsoup
                .parse(Tokens.as("admin.nghean").get("/memberships").then().statusCode(200).extract().asString());
        assertFalse(memberships.select("tr[data-user=vp.hoangmai]").isEmpty());
        assertTrue(memberships.select("tr[data-user=vp.bimson], tr[data-user=badinh.cb], tr[data-user=admin.thanhhoa]")
                .isEmpty());
        Tokens.as("vp.hoangmai").get("/memberships").then().statusCode(403);
        Tokens.as("quynhthien.cb").get("/memberships").then().statusCode(403);
    }

    @Test
    void membershipsCannotBeAddedOrRemovedInTheOtherTenant() {
        Document thanhHoa = Jsoup
                .parse(Tokens.as("admin.thanhhoa").get("/memberships").then().statusCode(200).extract().asString());
        String removeAction = thanhHoa.selectFirst("tr[data-user=badinh.cb] form").attr("action");
        Tokens.as("admin.nghean").post(removeAction).then().statusCode(404);
        Tokens.as("vp.hoangmai").post(removeAction).then().statusCode(403);

        // a Thanh Hóa unit is unknown to Nghệ An; a Thanh Hóa user cannot be given rights in Nghệ An
        Tokens.as("admin.nghean").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", "nguoi.moi").formParam("unitCode", "14794").formParam("role", "REPORTER")
                .post("/memberships").then().statusCode(404);
        Tokens.as("admin.nghean").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", "badinh.cb").formParam("unitCode", "17404").formParam("role", "REPORTER")
                .post("/memberships").then().statusCode(422).body(containsString("badinh.cb"));

        Document after = Jsoup
                .parse(Tokens.as("admin.thanhhoa").get("/memberships").then().statusCode(200).extract().asString());
        assertEquals(removeAction, after.selectFirst("tr[data-user=badinh.cb] form").attr("action"));
        Tokens.as("badinh.cb").get("/api/me").then().body("tenant.code", is("thanh-hoa")).body("memberships.unitCode",
                is(List.of("14794")));
    }

    @Test
    void andTheReverse() {
        for (String user : List.of("admin.thanhhoa", "snv.thanhhoa", "vp.bimson")) {
            Tokens.as(user).get("/api/units?under=40").then().statusCode(404);
            Tokens.as(user).get("/api/units?under=432").then().statusCode(404);
        }
        Tokens.as("admin.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("into", "38", "effectiveOn", "2020-01-01")).post("/api/units/432/merge").then()
                .statusCode(404);
        Document memberships = Jsoup
                .parse(Tokens.as("admin.thanhhoa").get("/memberships").then().statusCode(200).extract().asString());
        assertTrue(memberships.select("tr[data-user=vp.hoangmai], tr[data-user=quynhthien.cb]").isEmpty());
        assertFalse(Tokens.as("admin.thanhhoa").get("/units").then().extract().asString().contains("Hoàng Mai"));
    }

    @Test
    void aLoginWithoutTenantSeesNothing() {
        long id = thanhHoaCampaign();
        for (String user : List.of("stranger", "platform.admin")) {
            Tokens.as(user).get("/api/me").then().statusCode(200).body("tenant", nullValue()).body("memberships",
                    empty());
            for (String code : List.of("38", "381", "40", "432")) {
                Tokens.as(user).get("/api/units?under=" + code).then().statusCode(404);
            }
            Tokens.as(user).get("/api/units/export.csv").then().statusCode(403);
            Tokens.as(user).get("/api/units/history").then().statusCode(200).body("$", empty());
            Tokens.as(user).get("/api/campaigns/" + id).then().statusCode(404);
            Tokens.as(user).get("/api/campaigns").then().statusCode(200).body("$", empty());
            Tokens.as(user).get("/api/campaigns/inbox").then().statusCode(200).body("$", empty());
            Tokens.as(user).get("/api/templates").then().statusCode(200).body("$", empty());
            Tokens.as(user).get("/memberships").then().statusCode(403);
            Tokens.as(user).contentType("text/csv").body("code,name\nA,B\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/units/import").then().statusCode(403);
        }
        Tokens.as("stranger").get("/units").then().statusCode(403);
        Tokens.as("stranger").get("/templates").then().statusCode(403);
        String page = Tokens.as("platform.admin").get("/units").then().statusCode(200).extract().asString();
        assertFalse(page.contains("Bỉm Sơn") || page.contains("Hoàng Mai"));
    }
}
