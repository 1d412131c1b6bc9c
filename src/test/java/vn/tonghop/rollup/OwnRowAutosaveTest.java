package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The autosave of the town's own row on its consolidation page: saved as typed with the rules it breaks, a cell that
 * cannot be read keeps its stored figure while the rest is saved, a stale save is refused; the row then counts in the
 * totals as the template says and is printed in the files.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class OwnRowAutosaveTest {

    static final String T = "tables.find { it.code == 'phu-luc-2' }";

    static ValidatableResponse autosave(String user, long campaign, long version, Map<String, String> cells) {
        var request = Tokens.as(user).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version);
        for (Map.Entry<String, String> c : cells.entrySet()) {
            request = request.formParam("cell.phu-luc-2." + c.getKey(), c.getValue());
        }
        return request.post("/campaigns/" + campaign + "/rollup/own-row/autosave").then();
    }

    static JsonPath ownRow(long campaign) {
        return Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/submissions/381").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theRowSavesAsTypedWithItsRulesAndAnUnreadableCellKeepsItsFigure() {
        long campaign = Scenario.bimSonChain();
        long v1 = autosave("vp.bimson", campaign, 0,
                Map.of("ho_so_nhan", "1.200", "dung_han", "1.190", "qua_han", "20", "tthc_mot_cua", "120"))
                        .statusCode(200).body("state", is("saved")).body("message", containsString("Đã lưu lúc 08:00"))
                        .body("issues[0].column", containsString("dung_han")).body("issues.severity", hasItem("error"))
                        .body("refused.size()", is(0)).extract().jsonPath().getLong("version");
        assertEquals(1200, ownRow(campaign).getInt("tables.phu-luc-2.rows[0].cells.ho_so_nhan"));

        // the page marks the fields the broken rule names and writes it under the first
        Document page = Jsoup.parse(Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup").then()
                .statusCode(200).extract().asString());
        assertTrue(page.getElementById("own-phu-luc-2-dung_han").hasClass("is-invalid"));
        assertTrue(page.getElementById("own-phu-luc-2-ho_so_nhan").hasClass("is-invalid"));
        assertTrue(page.getElementById("own-phu-luc-2-qua_han").hasClass("is-invalid"));
        assertTrue(page.getElementById("own-phu-luc-2-tthc_mot_cua").classNames().isEmpty()
                || !page.getElementById("own-phu-luc-2-tthc_mot_cua").hasClass("is-invalid"));
        String feedback = page.select(".own-feedback").eachText().toString();
        assertEquals(1, feedback.split("không được lớn hơn", -1).length - 1, "written once: " + feedback);
        assertEquals(String.valueOf(v1), page.selectFirst("#consolidated-form input[name=version]").val(),
                "the narratives save on the same version");

        JsonPath partial = autosave("vp.bimson", campaign, v1,
                Map.of("ho_so_nhan", "nhiều", "dung_han", "1.000", "qua_han", "20", "tthc_mot_cua", "120"))
                        .statusCode(200).body("state", is("partial")).body("refused[0].column", is("ho_so_nhan"))
                        .body("message", containsString("trừ 1 ô chưa đọc được")).extract().jsonPath();
        assertEquals(v1 + 1, partial.getLong("version"));
        assertEquals(0, partial.getList("issues").size(), "1.000 + 20 fits in the 1.200 kept");
        JsonPath stored = ownRow(campaign);
        assertEquals(1200, stored.getInt("tables.phu-luc-2.rows[0].cells.ho_so_nhan"));
        assertEquals(1000, stored.getInt("tables.phu-luc-2.rows[0].cells.dung_han"));

        // a save from before the last one is refused, nothing overwritten
        autosave("vp.bimson", campaign, v1, Map.of("ho_so_nhan", "5")).statusCode(409).body("state", is("conflict"))
                .body("message", containsString("đã được vp.bimson lưu lúc 08:00 22/04/2017"));
        assertEquals(1200, ownRow(campaign).getInt("tables.phu-luc-2.rows[0].cells.ho_so_nhan"));
    }

    @Test
    void onlyTheTownsOwnIssuersSaveItsRow() {
        long campaign = Scenario.bimSonChain();
        autosave("badinh.cb", campaign, 0, Map.of("ho_so_nhan", "1")).statusCode(404).body("state", is("error"));
        autosave("vp.hoangmai", campaign, 0, Map.of("ho_so_nhan", "1")).statusCode(404);
        // the province reads the town's consolidation but does not write the town's figures
        autosave("snv.thanhhoa", campaign, 0, Map.of("ho_so_nhan", "1")).statusCode(403);
        assertNull(ownRow(campaign).get("tables.phu-luc-2.rows[0].cells.ho_so_nhan"));
    }

    @Test
    void theRowCountsInTheTotalsAsTheTemplateSaysAndIsPrinted() throws Exception {
        long campaign = Scenario.bimSonChain();
        RollupApiTest.allEightSubmit(campaign);
        autosave("vp.bimson", campaign, 0,
                Map.of("ho_so_nhan", "1.200", "dung_han", "1.150", "qua_han", "50", "tthc_mot_cua", "210"))
                        .statusCode(200).body("issues.size()", is(0))
                        // the page's table drawn again: the town's row and the new totals
                        .body("tables.phu-luc-2", containsString("data-unit=\"381\""))
                        .body("tables.phu-luc-2", containsString("1.308"));

        JsonPath r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("381", r.getString(T + ".groups[0].rows[0].unitCode"));
        assertEquals(1200, r.getInt(T + ".groups[0].rows[0].cells.ho_so_nhan"));
        assertEquals(1200 + 108, r.getInt(T + ".grandTotal.cells.ho_so_nhan"));
        assertEquals(1150 + 64, r.getInt(T + ".grandTotal.cells.dung_han"));
        // procedure counts are "rollup: none" in the template: the town's 210 is shown, never added
        assertEquals(210, r.getInt(T + ".groups[0].rows[0].cells.tthc_mot_cua"));
        assertNull(r.get(T + ".grandTotal.cells.tthc_mot_cua"));

        byte[] docx = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable annex = doc.getTables().stream().filter(t -> t.getText().contains("CẤP XÃ, PHƯỜNG (08)"))
                    .findFirst().orElseThrow();
            XWPFTableRow town = annex.getRows().stream()
                    .filter(row -> row.getCell(1) != null && row.getCell(1).getText().equals("UBND thị xã Bỉm Sơn"))
                    .findFirst().orElseThrow(() -> new AssertionError(annex.getText()));
            assertEquals("1.200", town.getCell(4).getText());
            assertEquals("210", town.getCell(2).getText());
        }
        byte[] xlsx = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row town = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("UBND thị xã Bỉm Sơn")) {
                    town = row;
                }
            }
            assertTrue(town != null, "the town's own row is in the workbook");
            assertEquals(1200, town.getCell(4).getNumericCellValue(), 0.0001);
        }
        Tokens.as("vp.bimson").get("/campaigns/" + campaign + "/rollup/print").then().statusCode(200)
                .body(containsString("UBND thị xã Bỉm Sơn")).body(containsString("1.200"));
    }
}
