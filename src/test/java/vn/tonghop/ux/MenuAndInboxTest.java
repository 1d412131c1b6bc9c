package vn.tonghop.ux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The menu offers only what the user's roles open; the inbox shows and filters what each report is. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class MenuAndInboxTest {

    private static List<String> menu(String user) {
        Document home = Jsoup.parse(Tokens.as(user).get("/").then().statusCode(200).extract().asString());
        return home.select("#portal-menu-links a").eachAttr("href");
    }

    @Test
    void everyMenuEntryOfEveryPersonaOpens() {
        for (String user : List.of("badinh.cb", "badinh.ct", "vp.bimson", "snv.thanhhoa", "admin.thanhhoa",
                "quynhthien.cb")) {
            List<String> links = menu(user);
            assertTrue(links.contains("/campaigns"), user + " " + links);
            for (String href : links) {
                int status = Tokens.as(user).redirects().follow(false).get(href).statusCode();
                assertEquals(200, status, user + " opens " + href);
            }
        }
    }

    @Test
    void communeStaffSeeNoAdministrationInTheMenu() {
        List<String> reporter = menu("badinh.cb");
        assertFalse(reporter.contains("/memberships") || reporter.contains("/templates") || reporter.contains("/units")
                || reporter.contains("/audit"), reporter.toString());
        List<String> issuer = menu("vp.bimson");
        assertTrue(issuer.contains("/templates") && issuer.contains("/units"), issuer.toString());
        assertFalse(issuer.contains("/memberships"), issuer.toString());
        assertTrue(menu("admin.thanhhoa").contains("/memberships"));
    }

    @Test
    void theMenuCollapsesBehindATogglerForNarrowScreens() {
        Document home = Jsoup.parse(Tokens.as("badinh.cb").get("/").then().statusCode(200).extract().asString());
        Element toggler = home.selectFirst("button.navbar-toggler");
        assertEquals("#portal-menu", toggler.attr("data-bs-target"));
        assertTrue(home.selectFirst("#portal-menu").hasClass("collapse"));
        assertFalse(toggler.attr("aria-label").isBlank());
    }

    @Test
    void theInboxShowsIssuerLetterPeriodDeadlineAndStatusAndFilters() {
        long chain = Scenario.bimSonChain();
        Scenario.createAndPublish("vp.bimson", quarterTwo());
        Document inbox = Jsoup
                .parse(Tokens.as("badinh.cb").get("/campaigns").then().statusCode(200).extract().asString());
        assertEquals(List.of("Tên báo cáo", "Đơn vị ban hành", "Số, ký hiệu", "Kỳ báo cáo", "Hạn nộp", "Trạng thái"),
                inbox.select("#inbox thead th").eachText().subList(0, 6));
        Element first = row(inbox, chain);
        assertEquals("UBND thị xã Bỉm Sơn", first.selectFirst(".inbox-issuer").text());
        assertEquals("675/UBND-VP", first.selectFirst(".inbox-letter").text());
        assertEquals("Quý I/2017", first.selectFirst(".inbox-period").text());
        assertEquals("17:00 25/04/2017 Còn 3 ngày 9 giờ", first.selectFirst(".inbox-deadline").text());
        assertEquals("Chưa mở", first.selectFirst(".inbox-status").text());
        assertTrue(inbox.select("#filter-period option").eachAttr("value")
                .containsAll(List.of("Quý I/2017", "Quý II/2017")));

        Document q2 = page("period", "Quý II/2017");
        assertEquals(List.of("Quý II/2017"), q2.select("#inbox .inbox-period").eachText().stream().distinct().toList());
        assertTrue(q2.select("#inbox .inbox-letter").eachText().contains("801/UBND-VP"));
        assertEquals("Quý II/2017", q2.selectFirst("#filter-period option[selected]").attr("value"));

        Scenario.fillAndSubmit(chain, "14794", "badinh.cb", "badinh.ct", 10, 9, 1);
        Document submitted = page("status", "SUBMITTED");
        assertEquals("Đã nộp", row(submitted, chain).selectFirst(".inbox-status").text());
        assertTrue(List.of("Đã nộp", "Nộp muộn").containsAll(submitted.select("#inbox .inbox-status").eachText()));
        Document todo = page("status", "TODO");
        assertTrue(todo.select("#open-report-" + chain + "-14794").isEmpty());
        assertTrue(todo.select("#inbox .inbox-letter").eachText().contains("801/UBND-VP"));
    }

    private static Element row(Document inbox, long campaign) {
        return inbox.selectFirst("#open-report-" + campaign + "-14794").closest("tr");
    }

    private static Document page(String filter, String value) {
        return Jsoup.parse(Tokens.as("badinh.cb").queryParam(filter, value).get("/campaigns").then().statusCode(200)
                .extract().asString());
    }

    private static java.util.Map<String, Object> quarterTwo() {
        java.util.Map<String, Object> body = Scenario.bimSonRequest("2017-07-10T17:00:00+07:00", List.of("14794"));
        body.put("periodLabel", "Quý II/2017");
        body.put("title", "Báo cáo một cửa quý II/2017");
        body.put("letterNumber", "801/UBND-VP");
        return body;
    }
}
