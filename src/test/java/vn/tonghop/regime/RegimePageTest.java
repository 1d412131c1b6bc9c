package vn.tonghop.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The regimes' pages: a menu entry only for those who may issue, a form that comes back as typed with each message
 * under its field, a confirmation that says what will happen before anything is saved, and the regime's page where the
 * next period is opened after a confirmation stating the consequence.
 */
@PortalTest
class RegimePageTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    PortalClock clock;

    @Inject
    DataSource ds;

    RegimeFixture f;

    @BeforeEach
    void province() {
        Scenario.at(clock, OffsetDateTime.parse("2026-12-20T09:00:00+07:00").toInstant());
        f = RegimeFixture.open("trang-cd");
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    Map<String, String> fields() {
        Map<String, String> m = new HashMap<>();
        m.put("templateCode", "mot-cua-2017-q1");
        m.put("issuerUnitCode", "9901");
        m.put("title", "Báo cáo tình hình thực hiện cơ chế một cửa");
        m.put("frequency", "QUARTERLY");
        m.put("firstPeriod", "2027-Q1");
        m.put("lastPeriod", "2027-Q4");
        m.put("cutoffDay", "14");
        m.put("deadlineMode", "DAY");
        m.put("deadlineDay", "18");
        m.put("rule", "CHILDREN");
        m.put("kind", "COMMUNE");
        return m;
    }

    RequestSpecification as(String user) {
        return Tokens.as(user).redirects().follow(false);
    }

    Document page(String user, String path) {
        return Jsoup.parse(as(user).get(path).then().statusCode(200).extract().asString());
    }

    long regimes() {
        return OpsFixtures.count(ds, "select count(*) from regime where tenant_id = ?", f.tenant().code());
    }

    @Test
    void theMenuOffersRegimesOnlyToIssuers() {
        assertNotNull(page(f.districtIssuer(), "/regimes").getElementById("nav-regimes"));
        assertNull(page(f.reporter(), "/campaigns").getElementById("nav-regimes"));
        as(f.reporter()).get("/regimes/new").then().statusCode(403);
        Document blank = page(f.districtIssuer(), "/regimes/new");
        assertTrue(blank.select(".is-invalid, .invalid-feedback").isEmpty(), "no red errors on an untouched form");
        assertEquals("viewport", blank.select("meta[name=viewport]").attr("name"));
    }

    @Test
    void aRegimeIsConfirmedThenCreatedAndItsNextPeriodOpenedAfterAConfirmation() {
        Map<String, String> wrong = fields();
        wrong.put("cutoffDay", "20");
        Response refused = as(f.districtIssuer()).contentType(FORM).formParams(wrong).formParam("action", "review")
                .post("/regimes/new");
        assertEquals(422, refused.statusCode());
        Document again = Jsoup.parse(refused.asString());
        assertTrue(again.getElementById("cutoffDay").hasClass("is-invalid"));
        assertTrue(again.getElementById("cutoffDay").nextElementSibling().text().contains("ngày 20"));
        assertEquals("Báo cáo tình hình thực hiện cơ chế một cửa", again.getElementById("title").val(),
                "what was typed stays");

        Document review = Jsoup.parse(as(f.districtIssuer()).contentType(FORM).formParams(fields())
                .formParam("action", "review").post("/regimes/new").then().statusCode(200).extract().asString());
        String confirm = review.getElementById("confirm-text").text();
        assertTrue(confirm.contains("sẽ tự mở kỳ Quý I/2027 vào ngày 01/01/2027"), confirm);
        assertTrue(confirm.contains("17:00 18/03/2027"), confirm);
        assertTrue(confirm.contains("đến hết kỳ Quý IV/2027, gửi 3 đơn vị"), confirm);
        assertEquals(3, review.select("#confirm-units li").size());
        assertEquals(0, regimes(), "nothing is saved before the confirmation");

        String location = as(f.districtIssuer()).contentType(FORM).formParams(fields()).formParam("action", "create")
                .post("/regimes/new").then().statusCode(303).extract().header("Location");
        assertEquals(1, regimes());
        String path = location.replaceFirst("^https?://[^/]+", "");
        Document detail = page(f.districtIssuer(), path);
        assertEquals(4, detail.select("#periods tbody tr").size());
        assertTrue(detail.getElementById("period-2027-Q2").text().contains("18/06/2027"));
        assertNotNull(detail.getElementById("open-next"));

        Document confirmOpen = page(f.districtIssuer(), path + "?confirm=open");
        String text = confirmOpen.getElementById("confirm-open-text").text();
        assertTrue(text.contains("Mở kỳ Quý I/2027 ngay bây giờ: gửi yêu cầu báo cáo đến 3 đơn vị"), text);
        as(f.districtIssuer()).contentType(FORM).post(path + "/open-next").then().statusCode(303);
        Document opened = page(f.districtIssuer(), path);
        assertNotNull(opened.selectFirst("#period-2027-Q1 a[href^=/campaigns/]"), "the period links to its campaign");
        assertTrue(opened.getElementById("open-next").text().contains("Quý II/2027"));
        assertTrue(page(f.districtIssuer(), "/regimes").select("#regimes a").text()
                .contains("Báo cáo tình hình thực hiện cơ chế một cửa"));
    }
}
