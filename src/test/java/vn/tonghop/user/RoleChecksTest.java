package vn.tonghop.user;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
import io.restassured.response.ValidatableResponse;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * What each role may do, and where: rights reach down the unit's subtree (administrators, issuers, viewers), reporters
 * and approvers act on their own unit; never sideways or up.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RoleChecksTest {

    static final List<String> BIM_SON = List.of("381", "14794", "14797", "14800", "14803", "14806", "14809", "14812",
            "14815", "381-MC");

    static ValidatableResponse addMembership(String admin, String username, String unitCode, String role) {
        return Tokens.as(admin).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("username", username)
                .formParam("unitCode", unitCode).formParam("role", role).post("/memberships").then();
    }

    static ValidatableResponse importCsv(String user, String csv) {
        return Tokens.as(user).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then();
    }

    static Map<String, Object> campaign(String issuer, List<String> recipients) {
        return Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", issuer, "title", "Báo cáo thử quyền",
                "periodLabel", "Quý I/2017", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes", recipients);
    }

    @Test
    void aReporterCanNeitherIssueNorImport() {
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(campaign("14794", List.of("14794")))
                .post("/api/campaigns").then().statusCode(403);
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(campaign("14794", List.of("14794")))
                .post("/api/campaigns").then().statusCode(403);
        importCsv("badinh.cb", "code,name,kind,parentCode\nQ1,Tổ dân phố,OFFICE,14794\n").statusCode(403);
        Tokens.as("badinh.cb").multiPart("file", "u.csv", "code,name\nQ1,Tổ\n".getBytes(StandardCharsets.UTF_8))
                .post("/units/import").then().statusCode(403);
        Tokens.as("badinh.cb").get("/api/units/export.csv").then().statusCode(403);
        Tokens.as("badinh.cb").get("/campaigns").then().statusCode(200).body(not(containsString("/campaigns/new")));
    }

    @Test
    void anIssuerIssuesInItsSubtreeButDoesNotImportOrManageRights() {
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(campaign("381", List.of("14794", "14797")))
                .post("/api/campaigns").then().statusCode(201);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(campaign("381", List.of("14950")))
                .post("/api/campaigns").then().statusCode(422).body("messages[0]", containsString("14950"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(campaign("38", List.of("381"))).post("/api/campaigns")
                .then().statusCode(403);
        importCsv("vp.bimson", "code,name,kind,parentCode\nQ1,Tổ dân phố,OFFICE,14794\n").statusCode(403);
        Tokens.as("vp.bimson").get("/memberships").then().statusCode(403);
        addMembership("vp.bimson", "nguoi.la", "14794", "REPORTER").statusCode(403);
    }

    @Test
    void aViewerReadsItsSubtreeButCannotManageMemberships() {
        addMembership("admin.thanhhoa", "viewer.bimson", "381", "VIEWER").statusCode(303);
        Tokens.as("viewer.bimson").get("/api/units?under=381").then().statusCode(200).body("code", hasItems("14794"));
        Tokens.as("viewer.bimson").get("/api/units?under=384").then().statusCode(404);
        Tokens.as("viewer.bimson").get("/memberships").then().statusCode(403);
        addMembership("viewer.bimson", "nguoi.la", "14794", "REPORTER").statusCode(403);
        addMembership("viewer.bimson", "viewer.bimson", "381", "ADMIN").statusCode(403);
        Tokens.as("viewer.bimson").contentType(ContentType.JSON).body(campaign("381", List.of("14794")))
                .post("/api/campaigns").then().statusCode(403);
        importCsv("viewer.bimson", "code,name,kind,parentCode\nQ1,Tổ dân phố,OFFICE,14794\n").statusCode(403);
        Tokens.as("viewer.bimson").get("/api/me").then().body("memberships.role", is(List.of("viewer")));
    }

    @Test
    void aDistrictAdministratorManagesRightsInItsSubtreeOnly() {
        addMembership("admin.thanhhoa", "admin.bimson", "381", "ADMIN").statusCode(303);
        // the town's one-stop office: no other test relies on who approves there
        addMembership("admin.bimson", "motcua.ct", "381-MC", "APPROVER").statusCode(303);
        // units beside or above the district are out of reach: refused as unknown, so they are not even revealed
        for (String outside : List.of("384", "14950", "38-SNV", "38")) {
            addMembership("admin.bimson", "nguoi.la", outside, "REPORTER").statusCode(404);
        }
        addMembership("admin.bimson", "nguoi.la", "17404", "REPORTER").statusCode(404);
        Tokens.as("motcua.ct").get("/api/me").then().body("memberships.unitCode", is(List.of("381-MC")))
                .body("memberships.role", is(List.of("approver")));
        Document page = Jsoup
                .parse(Tokens.as("admin.bimson").get("/memberships").then().statusCode(200).extract().asString());
        assertFalse(page.select("tr[data-user=badinh.cb]").isEmpty());
        assertTrue(page.select("tr[data-user=snv.thanhhoa], tr[data-user=admin.thanhhoa]").isEmpty());
        // a district administrator adds no unit above its district
        importCsv("admin.bimson", "code,name,kind,parentCode\nQ9,Sở mới,DEPARTMENT,38\n").statusCode(422)
                .body("messages[1]", is("Dòng 2: bạn không có quyền quản trị đơn vị '38'"));
        // and cannot remove a membership held above it
        Document province = Jsoup
                .parse(Tokens.as("admin.thanhhoa").get("/memberships").then().statusCode(200).extract().asString());
        String removeSnv = province.selectFirst("tr[data-user=snv.thanhhoa] form").attr("action");
        Tokens.as("admin.bimson").post(removeSnv).then().statusCode(404);
        Tokens.as("snv.thanhhoa").get("/api/me").then().body("memberships.unitCode", hasItem("38-SNV"));
    }

    @Test
    void rightsReachDownNeverSidewaysOrUp() {
        Tokens.as("vp.bimson").get("/api/units?under=381").then().statusCode(200).body("code", is(BIM_SON));
        Tokens.as("vp.bimson").get("/api/units?under=14794").then().statusCode(200).body("code", is(List.of("14794")));
        for (String outside : List.of("38", "38-SNV", "38-STP", "384", "14950", "14953")) {
            Tokens.as("vp.bimson").get("/api/units?under=" + outside).then().statusCode(404);
            Tokens.as("vp.bimson").get("/api/units?under=" + outside + "&on=2017-03-31").then().statusCode(404);
        }
        Tokens.as("badinh.cb").get("/api/units?under=14794").then().statusCode(200).body("code", contains("14794"));
        for (String outside : List.of("14797", "381", "38", "381-MC")) {
            Tokens.as("badinh.cb").get("/api/units?under=" + outside).then().statusCode(404);
        }
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=2017-03-31").then().statusCode(200).body("code",
                hasItems("38", "38-SNV", "381", "14794", "384", "14950"));
    }

    @Test
    void theUnitsPageShowsTheSameReach() {
        Document bimSon = Jsoup.parse(Tokens.as("vp.bimson").get("/units").then().statusCode(200).extract().asString());
        List<String> codes = bimSon.select("#unit-tree tr[data-code]").eachAttr("data-code");
        assertEquals(BIM_SON, codes);
        Document oldDay = Jsoup
                .parse(Tokens.as("vp.bimson").get("/units?on=2017-03-31").then().statusCode(200).extract().asString());
        assertFalse(oldDay.select("#unit-tree").text().contains("Hà Trung"));
        Document baDinh = Jsoup.parse(Tokens.as("badinh.cb").get("/units").then().statusCode(200).extract().asString());
        assertEquals(List.of("14794"), baDinh.select("#unit-tree tr[data-code]").eachAttr("data-code"));
        assertTrue(baDinh.select("#export-links, #import, #reorganise").isEmpty());
        Document province = Jsoup
                .parse(Tokens.as("admin.thanhhoa").get("/units").then().statusCode(200).extract().asString());
        assertFalse(province.select("#import").isEmpty());
        assertTrue(province.select("#unit-tree tr[data-code]").eachAttr("data-code")
                .containsAll(List.of("38", "38-SNV", "381", "14950")));
        Tokens.as("vp.bimson").get("/api/units/export.csv").then().statusCode(200).body(containsString("14794"))
                .body(not(containsString("14950"))).body(not(containsString("38-SNV")));
        Tokens.as("snv.thanhhoa").get("/api/units?under=381").then().body("code", hasItem("14815"));
    }
}
