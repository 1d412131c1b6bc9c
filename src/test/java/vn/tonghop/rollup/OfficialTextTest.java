package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * A 2026 campaign issued by the province straight to communes (the two-tier map), from the outline first written for
 * Bỉm Sơn in 2017: nothing of 2017 or of Bỉm Sơn may reach its official texts.
 */
@PortalTest
@PortalTime("2026-04-10T01:00:00Z")
class OfficialTextTest {

    private static final List<String> FORMER_HA_TRUNG = List.of("14950", "14953", "14956");

    @Test
    void aProvinceReportOf2026CarriesItsOwnNumberDateAndIssuer() throws Exception {
        Map<String, Object> body = new HashMap<>(Scenario.provincialRequest());
        body.put("issuerUnitCode", "38");
        body.put("title", "Báo cáo tình hình thực hiện cơ chế một cửa quý I/2026");
        body.put("letterNumber", "812/UBND-KSTT");
        body.put("letterDate", "2026-04-08");
        body.put("periodLabel", "Quý I/2026");
        body.put("deadline", "2026-04-20T17:00:00+07:00");
        body.put("recipientUnitCodes", FORMER_HA_TRUNG);
        long campaign = Scenario.createAndPublish("snv.thanhhoa", body);

        String letter = text(Tokens.as("snv.thanhhoa").get("/api/campaigns/" + campaign + "/letter.docx").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(letter.contains("(Kèm theo Báo cáo số … ngày … của …)"), letter);
        assertFalse(letter.contains("2017"), letter);
        assertFalse(letter.contains("Bỉm Sơn"), letter);

        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "reportNumber", "45/BC-UBND", "reportDate", "2026-04-24"))
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200);
        String text = text(Tokens.as("snv.thanhhoa").get("/api/campaigns/" + campaign + "/export.docx").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(text.contains("(Kèm theo Báo cáo số 45/BC-UBND ngày 24/4/2026 của UBND tỉnh Thanh Hóa)"), text);
        assertTrue(text.contains("CẤP XÃ, PHƯỜNG (03)"), text);
        assertTrue(text.contains("Số liệu chưa gồm: UBND thị trấn Hà Trung"), text);
        assertFalse(text.contains("2017"), text);
        assertFalse(text.contains("Bỉm Sơn"), text);
        assertFalse(text.contains("Chưa nộp") || text.contains("đơn vị)"), text);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return new XWPFWordExtractor(doc).getText();
        }
    }
}
