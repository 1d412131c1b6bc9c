package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * Two wards answer a narrative section; the town's consolidation drafts one text from them (same statements merged,
 * counts added up, each sentence citing the reports it came from), the Word file prints it without the marks, and once
 * the official has edited it the Word file prints her text.
 */
@PortalTest
class SynthesisTest {

    @Inject
    PortalClock clock;

    @AfterEach
    void now() {
        clock.set(null);
    }

    @Test
    void theConsolidationDraftsOneTextPerSectionCitingItsSources() throws Exception {
        Scenario.april2017(clock);
        long campaign = Scenario.createAndPublish("vp.bimson",
                Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794", "14797")));
        submit(campaign, "14794", "badinh.cb", "badinh.ct",
                "<p>UBND phường Ba Đình đã tiếp nhận 120 hồ sơ, giải quyết đúng hạn 118 hồ sơ.</p><p>Cán bộ tận tình.</p>");
        submit(campaign, "14797", "ngoctrao.cb", "ngoctrao.cb",
                "<p>UBND phường Ngọc Trạo đã tiếp nhận 80 hồ sơ, giải quyết đúng hạn 80 hồ sơ.</p>");

        JsonPath rollup = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> section = rollup.getMap("narratives.find { it.sectionCode == 'uu-diem' }");
        String draft = (String) section.get("consolidated");
        long baDinh = version(campaign, "14794");
        long ngocTrao = version(campaign, "14797");
        assertTrue(draft.contains("Các đơn vị đã tiếp nhận 200 hồ sơ, giải quyết đúng hạn 198 hồ sơ."), draft);
        assertTrue(draft.contains("data-cite=\"14794:" + baDinh + " 14797:" + ngocTrao + "\""), draft);
        assertTrue(draft.contains("Cán bộ tận tình.<sup data-cite=\"14794:" + baDinh + "\">"), draft);
        assertEquals(false, section.get("edited"));

        String docx = docx(campaign);
        assertTrue(docx.contains("Các đơn vị đã tiếp nhận 200 hồ sơ, giải quyết đúng hạn 198 hồ sơ."), docx);
        assertFalse(docx.contains("[1]"), docx);
        assertFalse(docx.contains("UBND phường Ba Đình:"), docx);

        // the official edits the draft: her text is what the report prints, the draft stays on offer
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("version", 0, "sections",
                Map.of("uu-diem",
                        "<p>Các phường tiếp nhận 200 hồ sơ.<sup data-cite=\"14794:" + baDinh + "\">[1]</sup></p>")))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);
        Map<String, Object> edited = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then()
                .extract().jsonPath().getMap("narratives.find { it.sectionCode == 'uu-diem' }");
        assertEquals(true, edited.get("edited"));
        assertTrue(((String) edited.get("consolidated")).contains("data-cite=\"14794:" + baDinh + "\""),
                "the citation survives the save: " + edited.get("consolidated"));
        assertTrue(((String) edited.get("draft")).contains("200 hồ sơ"));
        String after = docx(campaign);
        assertTrue(after.contains("Các phường tiếp nhận 200 hồ sơ."), after);
        assertFalse(after.contains("Các đơn vị đã tiếp nhận"), after);
        assertFalse(after.contains("[1]"), after);

        String page = Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("id=\"source-uu-diem-14794\""), "the marks open the sources on the page");
        assertTrue(page.contains("Soạn lại từ báo cáo các đơn vị"), "an edited section may be drafted again");
    }

    private static void submit(long campaign, String unit, String writer, String signer, String text) {
        String path = "/api/campaigns/" + campaign + "/submissions/" + unit;
        Map<String, Object> body = new HashMap<>(Scenario.filledReport(0, unit, 10, 9, 1));
        Map<String, Object> sections = new HashMap<>((Map<String, Object>) body.get("sections"));
        sections.put("uu-diem", text);
        body.put("sections", sections);
        Tokens.as(writer).contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
        Tokens.as(signer).contentType(ContentType.JSON)
                .body(Map.of("signerName", "Nguyễn Văn A", "signerTitle", "Chủ tịch UBND")).post(path + "/submit")
                .then().statusCode(200);
    }

    private static long version(long campaign, String unit) {
        return Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/" + unit).then().extract()
                .jsonPath().getLong("version");
    }

    private static String docx(long campaign) throws Exception {
        byte[] bytes = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new XWPFWordExtractor(doc).getText();
        }
    }
}
