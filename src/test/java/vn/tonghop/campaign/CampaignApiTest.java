package vn.tonghop.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** The Bỉm Sơn scenario of April 2017: province → town → eight wards and communes. */
@PortalTest
class CampaignApiTest {

    static final List<String> BIM_SON_COMMUNES = List.of("14794", "14797", "14800", "14803", "14806", "14809", "14812",
            "14815");

    @Inject
    PortalClock clock;

    @BeforeEach
    void april2017() {
        clock.set(Clock.fixed(Instant.parse("2017-04-22T01:00:00Z"), PortalClock.ZONE));
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    static Map<String, Object> provincialRequest() {
        return Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", "38-SNV", "title",
                "Báo cáo tình hình triển khai cơ chế một cửa, một cửa liên thông quý I/2017", "letterNumber",
                "496/SNV-CCHC", "letterDate", "2017-04-21", "periodLabel", "Quý I/2017", "deadline",
                "2017-04-26T17:00:00+07:00", "recipientUnitCodes", List.of("381", "384", "38-STP"));
    }

    static long publishProvincialRequest() {
        long id = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(provincialRequest())
                .post("/api/campaigns").then().statusCode(201).body("status", is("DRAFT")).extract().jsonPath()
                .getLong("id");
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED")).body("id", is((int) id));
        return id;
    }

    static Map<String, Object> relay(String deadline) {
        return Map.of("issuerUnitCode", "381", "deadline", deadline, "recipientUnitCodes", BIM_SON_COMMUNES,
                "letterNumber", "675/UBND-VP");
    }

    @Test
    void provinceRelaysThroughTownToItsEightCommunes() {
        long parent = publishProvincialRequest();
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent).then().statusCode(200)
                .body("deadline", is("2017-04-26T17:00:00+07:00")).body("parentId", nullValue())
                .body("progress.expected", is(3)).body("progress.submitted", is(0));

        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-25T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).body("parentId", is((int) parent))
                .body("status", is("DRAFT")).extract().jsonPath().getLong("id");
        Tokens.as("vp.bimson").post("/api/campaigns/" + child + "/publish").then().statusCode(200);

        Tokens.as("vp.bimson").get("/api/campaigns/" + child).then().statusCode(200).body("progress.expected", is(8))
                .body("progress.submitted", is(0)).body("progress.missing", is(0))
                .body("recipients.unitCode", hasItems("14794", "14815"))
                .body("recipients.status", everyItem(is("NOT_OPENED")));
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent).then().body("childIds", hasItem((int) child));

        Tokens.as("badinh.cb").get("/api/campaigns/inbox").then().statusCode(200)
                .body("campaignId", hasItem((int) child)).body("campaignId", not(hasItem((int) parent)));
        Tokens.as("halan.cb").get("/api/campaigns/" + child).then().statusCode(200);
    }

    @Test
    void relayedDeadlineMustComeBeforeTheParents() {
        long parent = publishProvincialRequest();
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-26T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(422)
                .body("messages[0]", containsString("17:00 26/04/2017"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-27T08:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(422);
    }

    @Test
    void badInputGetsClearMessages() {
        Map<String, Object> past = new java.util.HashMap<>(provincialRequest());
        past.put("deadline", "2017-04-20T17:00:00+07:00");
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(past).post("/api/campaigns").then().statusCode(422)
                .body("messages[0]", containsString("đã qua"));

        Map<String, Object> empty = new java.util.HashMap<>(provincialRequest());
        empty.put("recipientUnitCodes", List.of());
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(empty).post("/api/campaigns").then()
                .statusCode(422).body("messages[0]", containsString("Chưa chọn"));

        Map<String, Object> unknown = new java.util.HashMap<>(provincialRequest());
        unknown.put("recipientUnitCodes", List.of("381", "99999"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(unknown).post("/api/campaigns").then()
                .statusCode(422).body("messages[0]", containsString("99999"));
    }

    @Test
    void issuersReachOnlyTheirOwnSubtree() {
        Map<String, Object> outside = Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", "381", "title",
                "Báo cáo", "periodLabel", "Quý I/2017", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes",
                List.of("14794", "14950"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(outside).post("/api/campaigns").then().statusCode(422)
                .body("messages[0]", containsString("14950"));
        Map<String, Object> notMyUnit = Map.of("templateCode", "mot-cua-2017-q1", "issuerUnitCode", "384", "title",
                "Báo cáo", "periodLabel", "Quý I/2017", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes",
                List.of("14950"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(notMyUnit).post("/api/campaigns").then()
                .statusCode(403);
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(provincialRequest()).post("/api/campaigns").then()
                .statusCode(403);
    }

    @Test
    void otherTenantsAndSiblingsCannotSeeACampaign() {
        long parent = publishProvincialRequest();
        Tokens.as("vp.hoangmai").get("/api/campaigns/" + parent).then().statusCode(404);
        Tokens.as("vp.hoangmai").post("/api/campaigns/" + parent + "/publish").then().statusCode(404);
        Tokens.as("badinh.cb").get("/api/campaigns/" + parent).then().statusCode(404);
        Tokens.as("vp.bimson").post("/api/campaigns/" + parent + "/publish").then().statusCode(403);
    }

    @Test
    void lifecycleGoesDraftPublishedClosedArchived() {
        long id = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(provincialRequest())
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().body("status", is("PUBLISHED"));
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(409);
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-28T17:00:00+07:00", "reason", "Nhiều đơn vị đề nghị gia hạn"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(200)
                .body("deadline", is("2017-04-28T17:00:00+07:00"));
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/close").then().body("status", is("CLOSED"));
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/archive").then().body("status", is("ARCHIVED"));
    }

    @Test
    void templatesAreListedAndValidated() {
        Tokens.as("vp.bimson").get("/api/templates").then().statusCode(200).body("code", hasItems("mot-cua-2017-q1",
                "bo-phan-mot-cua-2024", "mot-cua-dong-nai-2017-09", "ke-hoach-mot-cua-2015"));
        Tokens.as("vp.bimson")
                .config(io.restassured.RestAssured.config()
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                                .encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml").body("code: x\ntitel: Báo cáo\n").post("/api/templates/validate")
                .then().statusCode(422).body("valid", is(false)).body("errors.line", hasItem(2))
                .body("errors.path", hasItem("titel"));
    }
}
