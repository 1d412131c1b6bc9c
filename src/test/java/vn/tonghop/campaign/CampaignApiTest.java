package vn.tonghop.campaign;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The Bỉm Sơn scenario of April 2017: province → town → eight wards and communes. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class CampaignApiTest {

    static final List<String> BIM_SON_COMMUNES = List.of("14794", "14797", "14800", "14803", "14806", "14809", "14812",
            "14815");

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

        // the province's list: both, each with its progress, the relay under its parent; details come one by one
        String listed = "find { it.id == %d }";
        Tokens.as("snv.thanhhoa").get("/api/campaigns").then().statusCode(200)
                .body(listed.formatted(parent) + ".progress.expected", is(3))
                .body(listed.formatted(child) + ".progress.expected", is(8))
                .body(listed.formatted(child) + ".parentId", is((int) parent))
                .body(listed.formatted(child) + ".issuerUnitCode", is("381"))
                .body(listed.formatted(child) + ".recipients", nullValue());

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

    static long createDraft(String user, Map<String, Object> body) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath get(String user, long id) {
        return Tokens.as(user).get("/api/campaigns/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDraftIsEditedWithItsVersionUntilPublished() {
        long id = createDraft("snv.thanhhoa", provincialRequest());
        long version = get("snv.thanhhoa", id).getLong("version");

        Map<String, Object> edited = new HashMap<>(provincialRequest());
        edited.put("title", "Báo cáo một cửa quý I/2017 (sửa)");
        edited.put("urgency", "URGENT");
        edited.put("signerCapacity", "KT. GIÁM ĐỐC");
        edited.put("signerTitle", "PHÓ GIÁM ĐỐC");
        edited.put("reminderDays", 3);
        edited.put("recipientUnitCodes", List.of("381", "38-STP"));
        edited.put("version", version);
        long next = Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(edited).put("/api/campaigns/" + id)
                .then().statusCode(200).body("title", is("Báo cáo một cửa quý I/2017 (sửa)"))
                .body("urgency", is("URGENT")).body("signerCapacity", is("KT. GIÁM ĐỐC")).body("reminderDays", is(3))
                .body("status", is("DRAFT")).body("recipients.unitCode", containsInAnyOrder("381", "38-STP"))
                .body("progress.expected", is(2)).extract().jsonPath().getLong("version");
        assertNotEquals(version, next);

        // someone who read the draft before that edit is refused instead of overwriting it
        edited.put("title", "Bản cũ");
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(edited).put("/api/campaigns/" + id).then()
                .statusCode(409).body("messages[0]", containsString("thay đổi"));
        assertEquals("Báo cáo một cửa quý I/2017 (sửa)", get("snv.thanhhoa", id).getString("title"));

        edited.remove("version");
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(edited).put("/api/campaigns/" + id).then()
                .statusCode(422);

        Map<String, Object> bad = new HashMap<>(provincialRequest());
        bad.put("version", next);
        bad.put("deadline", "2017-04-01T17:00:00+07:00");
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(bad).put("/api/campaigns/" + id).then()
                .statusCode(422).body("messages[0]", containsString("đã qua"));

        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        edited.put("version", get("snv.thanhhoa", id).getLong("version"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(edited).put("/api/campaigns/" + id).then()
                .statusCode(409).body("messages[0]", containsString("dự thảo"));
        Tokens.as("vp.hoangmai").contentType(ContentType.JSON).body(edited).put("/api/campaigns/" + id).then()
                .statusCode(404);
    }

    @Test
    void anExtensionForOneUnitMovesOnlyThatUnitsDeadlineAndIsRecorded() {
        long id = publishProvincialRequest();
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("unitCode", "384", "deadline", "2017-04-28T17:00:00+07:00", "reason",
                        "Huyện Hà Trung đề nghị gia hạn do mưa lũ"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(200)
                .body("deadline", is("2017-04-26T17:00:00+07:00"));
        JsonPath campaign = get("snv.thanhhoa", id);
        assertEquals("2017-04-28T17:00:00+07:00",
                campaign.getString("recipients.find { it.unitCode == '384' }.deadline"));
        assertEquals("2017-04-26T17:00:00+07:00",
                campaign.getString("recipients.find { it.unitCode == '381' }.deadline"));
        assertEquals("2017-04-26T17:00:00+07:00",
                campaign.getString("recipients.find { it.unitCode == '38-STP' }.deadline"));
        assertEquals(List.of("384"), campaign.getList("extensions.unitCode"));
        assertEquals("Huyện Hà Trung đề nghị gia hạn do mưa lũ", campaign.getString("extensions[0].reason"));
        assertEquals("2017-04-26T17:00:00+07:00", campaign.getString("extensions[0].oldDeadline"));
        assertEquals("snv.thanhhoa", campaign.getString("extensions[0].createdBy"));

        // an extension must extend, and needs a reason
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("unitCode", "381", "deadline", "2017-04-25T17:00:00+07:00", "reason", "Sớm hơn"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(422)
                .body("messages[0]", containsString("phải sau hạn hiện tại"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-29T17:00:00+07:00", "reason", " "))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(422);
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("unitCode", "14794", "deadline", "2017-04-29T17:00:00+07:00", "reason", "x"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(422)
                .body("messages[0]", containsString("14794"));
        assertEquals(1, get("snv.thanhhoa", id).getList("extensions").size());
    }

    @Test
    void aRelaysDeadlineCannotBeExtendedPastItsParents() {
        long parent = publishProvincialRequest();
        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-25T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("vp.bimson").post("/api/campaigns/" + child + "/publish").then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-27T08:00:00+07:00", "reason", "Xin thêm thời gian"))
                .post("/api/campaigns/" + child + "/extend").then().statusCode(422)
                .body("messages[0]", containsString("17:00 26/04/2017"));
        // once the province gives Bỉm Sơn more time, Bỉm Sơn can give its communes more
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("unitCode", "381", "deadline", "2017-04-28T17:00:00+07:00", "reason", "Gia hạn"))
                .post("/api/campaigns/" + parent + "/extend").then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-27T08:00:00+07:00", "reason", "Xin thêm thời gian"))
                .post("/api/campaigns/" + child + "/extend").then().statusCode(200)
                .body("deadline", is("2017-04-27T08:00:00+07:00"));
    }

    @Test
    void directSubordinatesAreResolvedOnThePeriodsDay() {
        // in 2017 the province's direct subordinates include Huyện Hà Trung, dissolved on 1/7/2025
        Map<String, Object> q1of2017 = new HashMap<>(provincialRequest());
        q1of2017.remove("recipientUnitCodes");
        q1of2017.put("recipients", Map.of("mode", "DIRECT"));
        long id = createDraft("snv.thanhhoa", q1of2017);
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + id).then().body("recipients.unitCode",
                containsInAnyOrder("38-STP", "381", "384"));

        // in 2026 Hà Trung is gone and its communes answer to the province directly
        Map<String, Object> q1of2026 = new HashMap<>(q1of2017);
        q1of2026.put("issuerUnitCode", "38");
        q1of2026.put("periodLabel", "Quý I/2026");
        q1of2026.put("deadline", "2026-04-20T17:00:00+07:00");
        long later = createDraft("snv.thanhhoa", q1of2026);
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + later).then()
                .body("recipients.unitCode", hasItems("38-SNV", "38-STP", "381", "14950", "14953", "14956"))
                .body("recipients.unitCode", not(hasItem("384"))).body("recipients.unitCode", not(hasItem("38")));

        // hand-picking the dissolved district for a 2026 period is refused
        Map<String, Object> picked = new HashMap<>(provincialRequest());
        picked.put("periodLabel", "Quý I/2026");
        picked.put("deadline", "2026-04-20T17:00:00+07:00");
        picked.put("recipientUnitCodes", List.of("384"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON).body(picked).post("/api/campaigns").then()
                .statusCode(422).body("messages[0]", containsString("384"));
    }

    @Test
    void unitsOfAKindAreResolvedInTheIssuersTree() {
        Map<String, Object> communes = new HashMap<>(provincialRequest());
        communes.put("issuerUnitCode", "381");
        communes.remove("recipientUnitCodes");
        communes.put("deadline", "2017-04-25T17:00:00+07:00");
        communes.put("recipients", Map.of("mode", "KIND", "kind", "COMMUNE"));
        long id = createDraft("vp.bimson", communes);
        Tokens.as("vp.bimson").get("/api/campaigns/" + id).then().body("recipients.unitCode",
                contains(BIM_SON_COMMUNES.toArray()));

        communes.put("recipients", Map.of("mode", "KIND"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(communes).post("/api/campaigns").then()
                .statusCode(422).body("messages[0]", containsString("loại"));

        // a department asks the units of its committee: Sở Nội vụ reaches the districts of the province
        Map<String, Object> districts = new HashMap<>(provincialRequest());
        districts.remove("recipientUnitCodes");
        districts.put("recipients", Map.of("mode", "KIND", "kind", "DISTRICT"));
        long fromDepartment = createDraft("snv.thanhhoa", districts);
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + fromDepartment).then().body("recipients.unitCode",
                containsInAnyOrder("381", "384"));
    }

    @Test
    void closingAndArchivingFollowTheLifecycle() {
        long id = createDraft("snv.thanhhoa", provincialRequest());
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/close").then().statusCode(409);
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/archive").then().statusCode(409);
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/archive").then().statusCode(409);
        Tokens.as("vp.bimson").post("/api/campaigns/" + id + "/close").then().statusCode(403);
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/close").then().statusCode(200).body("status",
                is("CLOSED"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-28T17:00:00+07:00", "reason", "Gia hạn"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(409);
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/archive").then().statusCode(200).body("status",
                is("ARCHIVED"));
        Tokens.as("snv.thanhhoa").post("/api/campaigns/" + id + "/close").then().statusCode(409);
    }

    @Test
    void aUnitRelaysOnceAndEachSideSeesWhatItShould() {
        long parent = publishProvincialRequest();
        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-25T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-24T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(409)
                .body("messages[0]", containsString("#" + child));
        Tokens.as("vp.bimson").post("/api/campaigns/" + child + "/publish").then().statusCode(200);

        // the town reads its own row of the provincial request, a commune its own row of the town's
        Tokens.as("vp.bimson").get("/api/campaigns/" + parent).then().body("recipients.unitCode", contains("381"))
                .body("progress.expected", is(3)).body("childIds", contains((int) child));
        Tokens.as("badinh.cb").get("/api/campaigns/" + child).then().body("recipients.unitCode", contains("14794"))
                .body("extensions", org.hamcrest.Matchers.empty()).body("parentId", is((int) parent));
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + child).then().statusCode(200).body("recipients.unitCode",
                hasItems(BIM_SON_COMMUNES.toArray(new String[0])));
    }

    @Test
    void aDraftRelayIsEditedWithinItsParentsLimits() {
        long parent = publishProvincialRequest();
        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay("2017-04-25T17:00:00+07:00"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> edit = new HashMap<>();
        edit.put("title", "Báo cáo một cửa quý I/2017");
        edit.put("letterNumber", "675/UBND-VP");
        edit.put("deadline", "2017-04-26T17:00:00+07:00");
        edit.put("recipientUnitCodes", List.of("14794", "14797"));
        edit.put("version", get("vp.bimson", child).getLong("version"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(edit).put("/api/campaigns/" + child).then()
                .statusCode(422).body("messages[0]", containsString("17:00 26/04/2017"));
        edit.put("deadline", "2017-04-24T17:00:00+07:00");
        // the template and period stay the parent's whatever the body says
        edit.put("templateCode", "bo-phan-mot-cua-2024");
        edit.put("periodLabel", "Năm 2024");
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(edit).put("/api/campaigns/" + child).then()
                .statusCode(200).body("templateCode", is("mot-cua-2017-q1")).body("periodLabel", is("Quý I/2017"))
                .body("deadline", is("2017-04-24T17:00:00+07:00")).body("parentId", is((int) parent))
                .body("recipients.unitCode", contains("14794", "14797"));
    }
}
