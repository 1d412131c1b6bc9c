package vn.tonghop.home;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Each demo persona's home page shows their work: commune staff, the district office, the provincial viewer. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class HomeDashboardTest {

    @Inject
    PortalClock clock;

    static JsonPath dashboard(String user) {
        return Tokens.as(user).get("/api/dashboard").then().statusCode(200).extract().jsonPath();
    }

    static Document home(String user) {
        return Jsoup.parse(Tokens.as(user).get("/").then().statusCode(200).extract().asString());
    }

    @Test
    void communeStaffSeeTheirReportsNearestDeadlineFirstAndWhatWasReturnedAndWhy() {
        String later = OpsFixtures.uniqueTitle("Báo cáo hạn sau");
        long laterId = OpsFixtures.bimSonCampaign(later, "2017-04-28T17:00:00+07:00", List.of("14794", "14797"));
        String sooner = OpsFixtures.uniqueTitle("Báo cáo hạn trước");
        long soonerId = OpsFixtures.bimSonCampaign(sooner, "2017-04-24T17:00:00+07:00", List.of("14794"));
        String returned = OpsFixtures.uniqueTitle("Báo cáo bị trả");
        long returnedId = OpsFixtures.bimSonCampaign(returned, "2017-04-26T17:00:00+07:00", List.of("14794"));
        OpsFixtures.fillAndSubmit(returnedId, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);
        OpsFixtures.returnReport(returnedId, "14794", "<b>Thiếu</b> số liệu hồ sơ quá hạn");
        String done = OpsFixtures.uniqueTitle("Báo cáo đã nộp");
        long doneId = OpsFixtures.bimSonCampaign(done, "2017-04-26T17:00:00+07:00", List.of("14794"));
        OpsFixtures.fillAndSubmit(doneId, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);

        JsonPath work = dashboard("badinh.cb");
        assertTrue(work.getBoolean("roles.writer"));
        assertFalse(work.getBoolean("roles.issuer"));
        List<Integer> ids = work.getList("toDo.campaignId");
        assertThat(ids, hasItems((int) laterId, (int) soonerId, (int) returnedId));
        assertThat(ids, not(hasItem((int) doneId)));
        List<String> deadlines = work.getList("toDo.deadline");
        for (int i = 1; i < deadlines.size(); i++) {
            assertFalse(OffsetDateTime.parse(deadlines.get(i)).isBefore(OffsetDateTime.parse(deadlines.get(i - 1))),
                    "nearest deadline first");
        }
        Map<String, Object> soonest = work.getMap("toDo.find { it.campaignId == " + soonerId + " }");
        assertEquals("/campaigns/" + soonerId + "/submissions/14794", soonest.get("formUrl"));
        assertEquals("NOT_OPENED", soonest.get("status"));
        assertEquals("Còn 2 ngày 9 giờ", soonest.get("timeLeft"));
        Map<String, Object> back = work.getMap("returned.find { it.campaignId == " + returnedId + " }");
        assertEquals("<b>Thiếu</b> số liệu hồ sơ quá hạn", back.get("comment"));
        assertEquals("vp.bimson", back.get("returnedBy"));

        Document page = home("badinh.cb");
        Element row = page.selectFirst("#todo tr[data-campaign=" + soonerId + "]");
        assertNotNull(row);
        assertEquals("/campaigns/" + soonerId + "/submissions/14794", row.selectFirst("a.btn").attr("href"));
        assertEquals("Nhập báo cáo", row.selectFirst("a.btn").text());
        String html = page.html();
        assertThat(html.indexOf(sooner), lessThan(html.indexOf(later)));
        Element why = page.selectFirst("#todo div[data-campaign=" + returnedId + "] blockquote");
        assertEquals("<b>Thiếu</b> số liệu hồ sơ quá hạn", why.text()); // shown as typed, not as markup
        assertNull(page.selectFirst("#issued"));
        assertNull(page.selectFirst("#watched"));

        Tokens.as("badinh.cb").cookie("lang", "en").get("/").then().statusCode(200)
                .body(containsString("Reports to submit")).body(containsString("Fill in the report"));
        // another tenant's staff see none of it
        assertThat(dashboard("quynhthien.cb").getList("toDo.campaignId"), not(hasItem((int) soonerId)));
    }

    @Test
    void theDistrictOfficeSeesProgressAndWhoIsMissingWithOneClickToRemindThem() {
        String title = OpsFixtures.uniqueTitle("Báo cáo tiến độ");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794", "14797", "14800"));
        OpsFixtures.fillAndSubmit(id, "14797", "ngoctrao.cb", "ngoctrao.cb", 100, 90, 10);

        Map<String, Object> issued = dashboard("vp.bimson").getMap("issued.find { it.id == " + id + " }");
        assertEquals(3, issued.get("expected"));
        assertEquals(1, issued.get("submitted"));
        assertEquals(33, issued.get("percent"));
        assertEquals(0, issued.get("missing"));

        Scenario.at(clock, OffsetDateTime.parse("2017-04-26T08:00:00+07:00").toInstant());
        JsonPath late = dashboard("vp.bimson");
        assertEquals(2, late.getInt("issued.find { it.id == " + id + " }.missing"));
        assertEquals(List.of(true, true), late.getList("issued.find { it.id == " + id + " }.pending.overdue"));

        Document page = home("vp.bimson");
        Element card = page.selectFirst("#issued div.card[data-campaign=" + id + "]");
        assertNotNull(card);
        assertEquals(List.of("14794", "14800"), card.select("[data-pending]").eachAttr("data-pending"));
        assertThat(card.text(), containsString("Đã nộp 1/3 (33%)"));
        assertEquals("/campaigns/" + id + "/remind", card.selectFirst("form").attr("action"));
        assertEquals("33%", card.selectFirst(".progress-bar").attr("style").replaceAll(".*width: ", ""));
        // the same user reports upward for Bỉm Sơn: both parts are there
        assertTrue(dashboard("vp.bimson").getBoolean("roles.writer"));
        assertNotNull(page.selectFirst("#todo"));
        assertThat(dashboard("vp.hoangmai").getList("issued.id"), not(hasItem((int) id)));
    }

    @Test
    void theProvincialViewerSeesCompletenessByDistrictAndTheKeyFigureAcrossPeriods() {
        String title = OpsFixtures.uniqueTitle("Báo cáo toàn tỉnh");
        Map<String, Object> request = Scenario.provincialRequest();
        request.put("title", title);
        long province = Scenario.createAndPublish("snv.thanhhoa", request);
        long relay = Scenario.relayToBimSonCommunes(province);
        OpsFixtures.fillAndSubmit(relay, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);
        OpsFixtures.fillAndSubmit(relay, "14797", "ngoctrao.cb", "ngoctrao.cb", 50, 40, 10);

        JsonPath work = dashboard("snv.thanhhoa");
        assertTrue(work.getBoolean("roles.provincialViewer"));
        Map<String, Object> watched = work.getMap("watched.find { it.id == " + province + " }");
        assertEquals(11, watched.get("expected"));
        assertEquals(2, watched.get("submitted"));
        assertEquals(
                Map.of("unitCode", "381", "unitName", "UBND thị xã Bỉm Sơn", "expected", 9, "submitted", 2, "percent",
                        22),
                work.getMap("watched.find { it.id == " + province + " }.districts.find {" + " it.unitCode == '381' }"));
        assertEquals(List.of("38-STP", "381", "384"),
                work.getList("watched.find { it.id == " + province + " }.districts.unitCode"));
        assertThat(work.getList("watched.id"), not(hasItem((int) relay))); // counted under its district
        Map<String, Object> chart = work.getMap("charts.find { it.templateCode == 'mot-cua-2017-q1' }");
        assertEquals("ty_le_dung_han", chart.get("column"));
        assertThat(work.getList("charts.find { it.templateCode == 'mot-cua-2017-q1' }.periods", String.class),
                hasItem("Quý I/2017"));
        assertThat(work.getList("charts.find { it.templateCode == 'mot-cua-2017-q1' }.lines.unitCode"), hasItem("381"));

        Document page = home("snv.thanhhoa");
        Element district = page.selectFirst("#watched details[data-campaign=" + province + "] tr[data-district=381]");
        assertThat(district.text(), containsString("2/9"));
        Element canvas = page.selectFirst("canvas.series-chart");
        assertThat(canvas.attr("data-series"), containsString("\"column\":\"ty_le_dung_han\""));
        assertNotNull(page.selectFirst("script[src='/webjars/chart.js/4.5.1/dist/chart.umd.min.js']"));
        Tokens.as("snv.thanhhoa").get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").then().statusCode(200);
        Tokens.as("snv.thanhhoa").get("/static/dashboard.js").then().statusCode(200);

        // a district's viewer is no provincial viewer; another tenant's never sees Thanh Hóa's districts
        assertFalse(dashboard("vp.hoangmai").getBoolean("roles.provincialViewer"));
        assertThat(Tokens.as("vp.hoangmai").get("/api/dashboard/series?template=mot-cua-2017-q1&column=ty_le_dung_han")
                .then().statusCode(200).extract().jsonPath().getList("lines.unitCode"), not(hasItem("381")));
    }
}
