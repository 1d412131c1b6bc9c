package vn.tonghop.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** A town relays the province's request with sections of its own added to the outline, never fewer. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RelayOutlineTest {

    static String template(String code, boolean extraSection, boolean dropSection) throws Exception {
        String yaml = Files.readString(Path.of("templates-outline/mot-cua-2017-q1.yaml"))
                .replace("code: mot-cua-2017-q1", "code: " + code);
        if (extraSection) {
            yaml = yaml.replace("  - code: de-xuat-kien-nghi\n    title: Đề xuất, kiến nghị\n",
                    "  - code: de-xuat-kien-nghi\n    title: Đề xuất, kiến nghị\n"
                            + "  - code: ke-hoach-quy-2\n    title: Kế hoạch quý II của xã\n");
        }
        if (dropSection) {
            yaml = yaml.replace("      - code: uu-diem\n        numbering: arabic\n        title: Những ưu điểm\n", "");
        }
        Tokens.as("vp.bimson")
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().encodeContentTypeAs("application/yaml", ContentType.TEXT)))
                .contentType("application/yaml; charset=UTF-8").body(yaml).post("/api/templates").then()
                .statusCode(201);
        return code;
    }

    @Test
    void aRelayAddsASectionAndItsCommunesFillIt() throws Exception {
        String code = template("bim-son-mot-cua-" + System.nanoTime(), true, false);
        long parent = Scenario.publishProvincialRequest();
        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("issuerUnitCode", "381", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes",
                        Scenario.BIM_SON_COMMUNES, "templateCode", code))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).body("templateCode", is(code))
                .extract().jsonPath().getLong("id");
        Tokens.as("vp.bimson").post("/api/campaigns/" + child + "/publish").then().statusCode(200);
        Map<String, Object> report = new java.util.HashMap<>(Scenario.filledReport(0, "14794", 10, 9, 1));
        Map<String, Object> sections = new java.util.HashMap<>((Map<String, Object>) report.get("sections"));
        sections.put("ke-hoach-quy-2", "Tiếp tục niêm yết thủ tục.");
        report.put("sections", sections);
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(report)
                .put("/api/campaigns/" + child + "/submissions/14794").then().statusCode(200);
        Tokens.as("badinh.cb").get("/api/campaigns/" + child + "/submissions/14794").then()
                .body("sections.ke-hoach-quy-2", is("Tiếp tục niêm yết thủ tục."));
        // the province's own outline has no such section: filling upward keeps to it
        Tokens.as("badinh.ct").contentType(ContentType.JSON).body(Map.of("signerName", "A"))
                .post("/api/campaigns/" + child + "/submissions/14794/submit").then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post("/api/campaigns/" + parent + "/submissions/381/fill-from-children").then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + parent + "/submissions/381").then()
                .body("tables.'phu-luc-2'.rows.find { it.key == '14794' }.cells.ho_so_nhan", is(10))
                .body("sections.ke-hoach-quy-2", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRelayCannotDropWhatTheProvinceAsked() throws Exception {
        String code = template("bim-son-thieu-" + System.nanoTime(), false, true);
        long parent = Scenario.publishProvincialRequest();
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("issuerUnitCode", "381", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes",
                        Scenario.BIM_SON_COMMUNES, "templateCode", code))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(422)
                .body("messages[0]", containsString("(uu-diem)"));
        String extending = template("bim-son-du-" + System.nanoTime(), true, false);
        // the relay form offers outlines that extend the received one, and only those
        Tokens.as("vp.bimson").get("/campaigns/" + parent).then().statusCode(200)
                .body(containsString("id=\"relayOutline\"")).body(containsString("value=\"" + extending + ":"))
                .body(org.hamcrest.Matchers.not(containsString("value=\"" + code + ":")));
    }
}
