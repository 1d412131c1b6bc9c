package vn.tonghop.campaign;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * A draft keeps how its recipients were chosen: the editor shows the rule again, and publishing draws "all units of a
 * kind" or "all direct subordinates" from the units of that moment, while a hand-picked list stays as it was picked.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RecipientChoiceTest {

    static final String CSV = "text/csv; charset=UTF-8";

    FreshTenant tenant;
    String issuer;

    @BeforeEach
    void aDistrictWithTwoCommunes() {
        tenant = FreshTenant.open("nhan");
        importUnits("9901,Huyện Thử,DISTRICT,99,01/01/2000,", "9901001,Xã Một,COMMUNE,9901,01/01/2000,",
                "9901002,Xã Hai,COMMUNE,9901,01/01/2000,");
        issuer = "vp." + tenant.code();
        Tokens.as(tenant.admin()).contentType(CSV)
                .body(("username,displayName,unitCode,role\n" + issuer + ",Văn phòng tỉnh thử,99,issuer;viewer\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);
    }

    private void importUnits(String... rows) {
        String file = "code,name,kind,parentCode,validFrom,validTo\n" + String.join("\n", rows) + "\n";
        Tokens.as(tenant.admin()).contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).post("/api/units/import")
                .then().statusCode(200);
    }

    private long draft(Map<String, Object> recipients, List<String> picked) {
        Map<String, Object> body = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", picked);
        body.put("issuerUnitCode", FreshTenant.ROOT);
        if (recipients != null) {
            body.put("recipients", recipients);
        }
        return Tokens.as(issuer).contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private void recipientsAre(long id, String... codes) {
        Tokens.as(issuer).get("/api/campaigns/" + id).then().statusCode(200).body("recipients.unitCode",
                containsInAnyOrder((Object[]) codes));
    }

    @Test
    void aRuleIsShownAgainAndDrawnAnewWhenPublished() {
        long id = draft(Map.of("mode", "KIND", "kind", "COMMUNE"), List.of("9901"));
        recipientsAre(id, "9901", "9901001", "9901002");

        Document editor = Jsoup.parse(Tokens.as(issuer).get("/campaigns/" + id + "/edit?step=RECIPIENTS").then()
                .statusCode(200).extract().asString());
        assertTrue(editor.getElementById("mode-KIND").hasAttr("checked"), "the rule is chosen again");
        assertFalse(editor.getElementById("mode-LIST").hasAttr("checked"));
        assertEquals("COMMUNE", editor.select("#recipientKind option[selected]").val());
        assertTrue(editor.getElementById("r-9901").hasAttr("checked"), "the unit picked by hand stays ticked");
        assertFalse(editor.getElementById("r-9901001").hasAttr("checked"),
                "units the rule chose are not turned into a hand-picked list");
        assertNotNull(editor.getElementById("review-recipient-rule"), "the review says the rule is applied again");

        // a commune created after the draft was saved is asked too
        importUnits("9901003,Xã Ba,COMMUNE,9901,01/01/2000,");
        Tokens.as(issuer).post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        recipientsAre(id, "9901", "9901001", "9901002", "9901003");
        Map<String, Object> published = Tokens.as(tenant.admin()).get("/api/audit?limit=100").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.action == 'PUBLISH' && it.entityId == '" + id + "' }");
        assertEquals(Map.of("recipients", List.of("9901", "9901001", "9901002")), published.get("before"),
                "the audit trail shows who the rule reached when drafted");
        assertEquals(Map.of("recipients", List.of("9901", "9901001", "9901002", "9901003")), published.get("after"));
    }

    @Test
    void aHandPickedListIsPublishedAsPicked() {
        long id = draft(null, List.of("9901001"));
        Document editor = Jsoup.parse(Tokens.as(issuer).get("/campaigns/" + id + "/edit?step=RECIPIENTS").then()
                .statusCode(200).extract().asString());
        assertTrue(editor.getElementById("mode-LIST").hasAttr("checked"));
        assertTrue(editor.getElementById("r-9901001").hasAttr("checked"));
        assertNull(editor.getElementById("review-recipient-rule"));

        importUnits("9901004,Xã Bốn,COMMUNE,9901,01/01/2000,");
        Tokens.as(issuer).post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        recipientsAre(id, "9901001");
    }

    @Test
    void aPublishedRequestIsSentToUnitsAddedLater() {
        long id = draft(null, List.of("9901001"));
        Tokens.as(issuer).contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("9901002")))
                .post("/api/campaigns/" + id + "/recipients").then().statusCode(409);

        Tokens.as(issuer).post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        Tokens.as(issuer).contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("9901002")))
                .post("/api/campaigns/" + id + "/recipients").then().statusCode(200)
                .body("recipients.unitCode", containsInAnyOrder("9901001", "9901002")).body("progress.expected", is(2));
        Tokens.as(issuer).contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("9901002")))
                .post("/api/campaigns/" + id + "/recipients").then().statusCode(422)
                .body("messages[0]", is("Các đơn vị đã chọn đều đã nhận yêu cầu này."));
        Tokens.as(issuer).contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("0000")))
                .post("/api/campaigns/" + id + "/recipients").then().statusCode(422)
                .body("messages[0]", containsString("0000"));

        // the campaign page draws the tree only when asked: the units not yet asked, the others ticked and locked
        Document plain = Jsoup
                .parse(Tokens.as(issuer).get("/campaigns/" + id).then().statusCode(200).extract().asString());
        assertNotNull(plain.getElementById("show-add-recipients"));
        assertNull(plain.getElementById("add-recipients-form"));
        Document page = Jsoup.parse(
                Tokens.as(issuer).get("/campaigns/" + id + "?add=true").then().statusCode(200).extract().asString());
        assertTrue(page.getElementById("add-9901001").hasAttr("disabled"));
        assertFalse(page.getElementById("add-9901").hasAttr("disabled"));
        Tokens.as(issuer).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("action", "add-recipients").formParam("addUnitCodes", "9901").post("/campaigns/" + id).then()
                .statusCode(303);
        recipientsAre(id, "9901", "9901001", "9901002");
        List<Map<String, Object>> updates = Tokens.as(tenant.admin()).get("/api/audit?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.action == 'UPDATE' && it.entityId == '" + id + "' }.after");
        assertTrue(updates.contains(Map.of("recipients", List.of("9901", "9901001", "9901002"))),
                "each addition is in the audit trail: " + updates);
    }
}
