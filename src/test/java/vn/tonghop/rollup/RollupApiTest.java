package vn.tonghop.rollup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The Bỉm Sơn Q1/2017 consolidation: eight communes, the town's own row, and the province's view of the chain. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RollupApiTest {

    static final List<String> REPORTERS = List.of("badinh.cb", "ngoctrao.cb", "bacson.cb", "phuson.cb", "dongson.cb",
            "lamson.cb", "halan.cb", "quangtrung.cb");

    @Inject
    PortalClock clock;

    /** Commune i (0..7) received 10 + i dossiers: 8 on time and 1 late. */
    static void allEightSubmit(long campaign) {
        for (int i = 0; i < 8; i++) {
            String unit = Scenario.BIM_SON_COMMUNES.get(i);
            String reporter = REPORTERS.get(i);
            Scenario.fillAndSubmit(campaign, unit, reporter, i == 0 ? "badinh.ct" : reporter, 10 + i, 8, 1);
        }
    }

    static void townOwnRow(long campaign) {
        Map<String, Object> body = Map.of("version", 0, "reportNumber", "120/BC-UBND", "tables",
                Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 200, 190, 10)))), "sections",
                Map.of("uu-diem", "<p>Thị xã chỉ đạo sát sao.</p>"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body)
                .put("/api/campaigns/" + campaign + "/consolidated").then().statusCode(200)
                .body("reportNumber", is("120/BC-UBND"));
    }

    @Test
    void theTownSeesItsOwnRowAndItsEightCommunesWithTotals() {
        long campaign = Scenario.bimSonChain();
        allEightSubmit(campaign);
        townOwnRow(campaign);

        JsonPath r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(8, r.getInt("completeness.expected"));
        assertEquals(8, r.getInt("completeness.submitted"));
        assertEquals(8, r.getInt("completeness.onTime"));
        assertEquals(0, r.getInt("completeness.missing"));

        String t = "tables.find { it.code == 'phu-luc-2' }";
        assertEquals(2, r.getList(t + ".groups").size());
        assertEquals("A", r.getString(t + ".groups[0].ordinal"));
        assertEquals("CẤP HUYỆN (01)", r.getString(t + ".groups[0].label"));
        assertEquals("381", r.getString(t + ".groups[0].rows[0].unitCode"));
        assertEquals(200, r.getInt(t + ".groups[0].total.cells.ho_so_nhan"));
        assertEquals("B", r.getString(t + ".groups[1].ordinal"));
        assertEquals("CẤP XÃ, PHƯỜNG (08)", r.getString(t + ".groups[1].label"));
        assertEquals(8, r.getList(t + ".groups[1].rows").size());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), r.getList(t + ".groups[1].rows.ordinal"));
        assertEquals("UBND phường Ba Đình", r.getString(t + ".groups[1].rows[0].unitName"));
        assertEquals(120, r.getInt(t + ".groups[1].rows[0].cells.tthc_mot_cua"));
        // 10 + 11 + … + 17 dossiers; procedure counts do not add up, so the total leaves them blank
        assertEquals(108, r.getInt(t + ".groups[1].total.cells.ho_so_nhan"));
        assertEquals(64, r.getInt(t + ".groups[1].total.cells.dung_han"));
        assertNull(r.get(t + ".groups[1].total.cells.tthc_mot_cua"));
        assertEquals(8, r.getInt(t + ".groups[1].coverage.submitted"));
        assertEquals(8, r.getInt(t + ".groups[1].coverage.expected"));
        assertEquals(308, r.getInt(t + ".grandTotal.cells.ho_so_nhan"));
        // a ratio of sums: (190 + 64) / (200 + 72) on time, never an average of ratios
        assertEquals(93.38f, r.getFloat(t + ".grandTotal.cells.ty_le_dung_han"), 0.001);
        assertEquals(9, r.getInt(t + ".grandTotal.coverage.submitted"));

        String n = "narratives.find { it.sectionCode == 'ton-tai-han-che' }";
        assertEquals(8, r.getList(n + ".texts").size());
        assertEquals(false, r.getBoolean(n + ".edited"));
        // the eight said the same: one sentence of the draft, citing all eight reports
        org.hamcrest.MatcherAssert.assertThat(r.getString(n + ".consolidated"),
                org.hamcrest.Matchers
                        .matchesPattern("<p>Trang thiết bị còn thiếu\\.<sup data-cite=\"14794:\\d+ 14797:\\d+"
                                + "( \\d+:\\d+){6}\">\\[1]</sup></p>"));
        assertEquals("<p>Thị xã chỉ đạo sát sao.</p>",
                r.getString("narratives.find { it.sectionCode == 'uu-diem' }.consolidated"));
    }

    @Test
    void missingReportsShowAsMissingNotZeroAndDraftsCountOnlyOnRequest() {
        long campaign = Scenario.bimSonChain();
        Scenario.fillAndSubmit(campaign, "14794", "badinh.cb", "badinh.ct", 10, 8, 2);
        Tokens.as("ngoctrao.cb").contentType(ContentType.JSON).body(Scenario.filledReport(0, "14797", 50, 50, 0))
                .put("/api/campaigns/" + campaign + "/submissions/14797").then().statusCode(200);

        String t = "tables[0].groups.find { it.label.startsWith('CẤP XÃ') }";
        JsonPath r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().extract().jsonPath();
        assertEquals(10, r.getInt(t + ".total.cells.ho_so_nhan"));
        assertEquals(1, r.getInt(t + ".total.coverage.submitted"));
        assertEquals("DRAFT", r.getString(t + ".rows.find { it.unitCode == '14797' }.status"));
        assertEquals(Map.of(), r.getMap(t + ".rows.find { it.unitCode == '14797' }.cells"));

        r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup?drafts=true").then().extract()
                .jsonPath();
        assertEquals(60, r.getInt(t + ".total.cells.ho_so_nhan"));
        assertEquals(2, r.getInt(t + ".total.coverage.submitted"));

        Scenario.at(clock, Instant.parse("2017-04-26T01:00:00Z"));
        r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().extract().jsonPath();
        assertEquals("MISSING", r.getString(t + ".rows.find { it.unitCode == '14815' }.status"));
        assertNull(r.get(t + ".rows.find { it.unitCode == '14815' }.cells.ho_so_nhan"));
        assertEquals(7, r.getInt("completeness.missing"));
        assertEquals(1, r.getInt("completeness.submitted"));
        assertEquals(13, r.getInt("completeness.submittedPercent"));
    }

    @Test
    void theProvinceSeesBimSonWithItsCommunesAndCanCollapseThem() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        allEightSubmit(child);

        JsonPath r = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/rollup").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, r.getInt("completeness.expected"));
        assertEquals(0, r.getInt("completeness.submitted"));
        String bimSon = "completeness.units.find { it.unitCode == '381' }";
        assertEquals((int) child, r.getInt(bimSon + ".childCampaignId"));
        assertEquals(8, r.getInt(bimSon + ".childCoverage.submitted"));

        String districts = "tables[0].groups.find { it.label.startsWith('CẤP HUYỆN') }";
        assertEquals("CẤP HUYỆN (02)", r.getString(districts + ".label"));
        assertEquals(List.of("381", "384"), r.getList(districts + ".rows.unitCode"));
        String communes = "tables[0].groups.find { it.label.startsWith('CẤP XÃ') }";
        assertEquals("CẤP XÃ, PHƯỜNG (08)", r.getString(communes + ".label"));
        assertEquals(1, r.getList(communes + ".subgroups").size());
        assertEquals("I", r.getString(communes + ".subgroups[0].ordinal"));
        assertEquals("381", r.getString(communes + ".subgroups[0].unitCode"));
        assertEquals("UBND thị xã Bỉm Sơn", r.getString(communes + ".subgroups[0].label"));
        assertEquals(108, r.getInt(communes + ".subgroups[0].total.cells.ho_so_nhan"));
        assertEquals("Cộng", r.getString(communes + ".subgroups[0].total.label"));
        assertEquals("Tổng", r.getString(communes + ".total.label"));
        assertEquals("8/8", r.getString(communes + ".subgroups[0].coverage.label"));
        // a sub-group names its rows, which the group lists already
        assertEquals(r.getList(communes + ".rows.unitCode"), r.getList(communes + ".subgroups[0].unitCodes"));
        assertNull(r.get(communes + ".subgroups[0].rows"));
        assertEquals(8, r.getList(communes + ".rows").size());
        assertEquals((int) child, r.getInt(communes + ".rows[0].campaignId"));

        r = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/rollup?collapse=true").then().extract()
                .jsonPath();
        assertEquals(1, r.getList(communes + ".rows").size());
        assertEquals("I", r.getString(communes + ".rows[0].ordinal"));
        assertEquals("8/8", r.getString(communes + ".rows[0].status"));
        assertEquals(108, r.getInt(communes + ".rows[0].cells.ho_so_nhan"));
        assertEquals(108, r.getInt(communes + ".total.cells.ho_so_nhan"));
    }

    @Test
    void theTownFillsItsReportToTheProvinceFromItsConsolidationAndSubmitsIt() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        allEightSubmit(child);
        townOwnRow(child);

        String path = "/api/campaigns/" + parent + "/submissions/381";
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("version", 0))
                .post(path + "/fill-from-children").then().statusCode(200).body("status", is("DRAFT"));
        JsonPath own = Tokens.as("vp.bimson").get(path).then().statusCode(200).extract().jsonPath();
        assertEquals(9, own.getList("tables.'phu-luc-2'.rows").size());
        assertEquals(200, own.getInt("tables.'phu-luc-2'.rows.find { it.key == '381' }.cells.ho_so_nhan"));
        assertEquals(17, own.getInt("tables.'phu-luc-2'.rows.find { it.key == '14815' }.cells.ho_so_nhan"));
        assertEquals("<p>Thị xã chỉ đạo sát sao.</p>", own.getString("sections.uu-diem"));

        // the town corrects a commune's figure before signing: the province then counts the town's copy
        Map<String, Object> fix = Map.of("version", own.getLong("version"), "tables", Map.of("phu-luc-2", Map.of("rows",
                List.of(Scenario.phuLuc2Row("381", 200, 190, 10), Scenario.phuLuc2Row("14815", 18, 8, 1)))));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(fix).put(path).then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("signerName", "Mai Đình Lâm", "signerTitle", "Phó Chủ tịch")).post(path + "/submit").then()
                .statusCode(200);

        JsonPath r = Tokens.as("snv.thanhhoa").get("/api/campaigns/" + parent + "/rollup").then().extract().jsonPath();
        String communes = "tables[0].groups.find { it.label.startsWith('CẤP XÃ') }";
        assertEquals(8, r.getList(communes + ".rows").size());
        assertEquals(18, r.getInt(communes + ".rows.find { it.unitCode == '14815' }.cells.ho_so_nhan"));
        assertEquals(109, r.getInt(communes + ".total.cells.ho_so_nhan"));
        assertEquals(1, r.getInt("completeness.submitted"));
        assertEquals(200,
                r.getInt("tables[0].groups.find { it.label.startsWith('CẤP HUYỆN') }.total.cells.ho_so_nhan"));
    }

    @Test
    void onlyTheIssuerSideReadsTheRollup() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        Tokens.as("badinh.cb").get("/api/campaigns/" + child + "/rollup").then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/api/campaigns/" + child + "/rollup").then().statusCode(404);
        Tokens.as("vp.bimson").get("/api/campaigns/" + parent + "/rollup").then().statusCode(404);
        Tokens.as("snv.thanhhoa").get("/api/campaigns/" + child + "/rollup").then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/campaigns/" + child + "/rollup").then().statusCode(401);
        // the tenant administrator reads every rollup of the province but issues nothing
        Tokens.as("admin.thanhhoa").get("/api/campaigns/" + child + "/rollup").then().statusCode(200);
        Tokens.as("admin.thanhhoa").contentType(ContentType.JSON).body(Map.of("version", 0))
                .put("/api/campaigns/" + child + "/consolidated").then().statusCode(403);
        Tokens.as("badinh.cb").get("/api/campaigns/" + child + "/consolidated").then().statusCode(404);
    }

    @Test
    void fixedRowTablesAddUpCellByCellAcrossUnits() {
        java.util.Map<String, Object> request = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00",
                List.of("14794", "14797"));
        request.put("templateCode", "bo-phan-mot-cua-2024");
        request.put("title", "Báo cáo Bộ phận Một cửa");
        request.put("periodLabel", "Quý I/2024");
        long campaign = Scenario.createAndPublish("vp.bimson", request);
        for (String[] u : new String[][] { { "14794", "badinh.cb", "badinh.ct" },
                { "14797", "ngoctrao.cb", "ngoctrao.cb" } }) {
            Map<String, Object> body = Map.of("version", 0, "tables",
                    Map.of("thong-ke-tthc", Map.of("rows", List.of(
                            Map.of("key", "cap-xa-truc-tiep", "cells",
                                    Map.of("q1_2024_tiep_nhan", 10, "q1_2024_dung_han", 9, "q1_2024_qua_han", 1)),
                            Map.of("key", "cap-xa-truc-tuyen", "cells",
                                    Map.of("q1_2024_tiep_nhan", 4, "q1_2024_dung_han", 4, "q1_2024_qua_han", 0))))));
            Tokens.as(u[1]).contentType(ContentType.JSON).body(body)
                    .put("/api/campaigns/" + campaign + "/submissions/" + u[0]).then().statusCode(200);
        }
        JsonPath r = Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup?drafts=true").then()
                .statusCode(200).extract().jsonPath();
        String t = "tables.find { it.code == 'thong-ke-tthc' }";
        assertEquals(20, r.getInt(t + ".rows.find { it.key == 'cap-xa-truc-tiep' }.cells.q1_2024_tiep_nhan"));
        assertEquals(28, r.getInt(t + ".rows.find { it.key == 'cap-xa' }.cells.q1_2024_tiep_nhan"));
        assertEquals(true, r.getBoolean(t + ".rows.find { it.key == 'cap-xa' }.heading"));
        assertEquals(92.86f, r.getFloat(t + ".rows.find { it.key == 'cap-xa' }.cells.q1_2024_ty_le_dung_han"), 0.001);
        assertEquals(28, r.getInt(t + ".grandTotal.cells.q1_2024_tiep_nhan"));
        assertNull(r.get(t + ".rows.find { it.key == 'cap-tinh' }.cells.q1_2024_tiep_nhan"));
    }
}
