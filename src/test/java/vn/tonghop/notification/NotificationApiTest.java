package vn.tonghop.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** In-app notifications (per user, unread count in the bar, mark read) and their e-mails; the issuer's reminder. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class NotificationApiTest {

    static final String BADINH_CB = "badinh.cb.ntf@bimson.example.vn";

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource ds;

    @BeforeEach
    void april2017() {
        OpsFixtures.setEmail(ds, "badinh.cb", BADINH_CB);
    }

    static JsonPath inbox(String user) {
        return Tokens.as(user).get("/api/notifications").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> find(JsonPath inbox, long campaign, String kind) {
        return inbox.getMap("notifications.find { it.campaignId == " + campaign + " && it.kind == '" + kind + "' }");
    }

    @Test
    void aPublishedCampaignReachesTheUnitsUsersWhoEachMarkItRead() {
        String title = OpsFixtures.uniqueTitle("Thông báo ban hành");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794", "14797"));

        JsonPath before = inbox("badinh.cb");
        Map<String, Object> published = find(before, id, "PUBLISHED");
        assertEquals(false, published.get("read"));
        assertEquals("14794", published.get("unitCode"));
        assertEquals("Yêu cầu báo cáo mới", published.get("heading"));
        assertEquals("/campaigns/" + id + "/submissions/14794", published.get("link"));
        long unread = before.getLong("unread");
        assertTrue(unread >= 1);
        Mail mail = OpsFixtures.mails(mailbox, BADINH_CB, title).get(0);
        assertTrue(mail.getSubject().startsWith("[Tổng hợp] Yêu cầu báo cáo mới"), mail.getSubject());

        int nid = ((Number) published.get("id")).intValue();
        Tokens.as("badinh.cb").post("/api/notifications/" + nid + "/read").then().statusCode(204);
        Tokens.as("badinh.cb").post("/api/notifications/" + nid + "/read").then().statusCode(204); // harmless twice
        JsonPath after = inbox("badinh.cb");
        assertEquals(true, find(after, id, "PUBLISHED").get("read"));
        assertEquals(unread - 1, after.getLong("unread"));
        // read by one of the unit's users, still new for the other
        assertEquals(false, find(inbox("badinh.ct"), id, "PUBLISHED").get("read"));
        // Ngọc Trạo reads its own unit's notification, never Ba Đình's
        List<String> ngocTrao = inbox("ngoctrao.cb")
                .getList("notifications.findAll { it.campaignId == " + id + " }.unitCode");
        assertEquals(List.of("14797"), ngocTrao);

        // another tenant's user neither sees it nor marks it
        assertThat(inbox("quynhthien.cb").getList("notifications.campaignId"), not(hasItem(id)));
        Tokens.as("quynhthien.cb").post("/api/notifications/" + nid + "/read").then().statusCode(404);
        Tokens.as("ngoctrao.cb").post("/api/notifications/" + nid + "/read").then().statusCode(404);

        Tokens.as("badinh.ct").get("/campaigns").then().statusCode(200).body(containsString("id=\"unread-count\""));
        Tokens.as("badinh.ct").post("/api/notifications/read-all").then().statusCode(200);
        assertEquals(0, inbox("badinh.ct").getLong("unread"));
        Tokens.as("badinh.ct").get("/campaigns").then().statusCode(200)
                .body(not(containsString("id=\"unread-count\"")));
        Tokens.as("badinh.ct").get("/notifications").then().statusCode(200).body(containsString(title));
    }

    @Test
    void extendedAndReturnedReportsAreNotifiedWithTheUsersTextEscapedInTheEmail() {
        String title = OpsFixtures.uniqueTitle("Thông báo gia hạn");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794"));
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-28T17:00:00+07:00", "reason", "Do <b>bão</b> số 1 & mất điện"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(200);
        assertEquals("Do <b>bão</b> số 1 & mất điện", find(inbox("badinh.cb"), id, "EXTENDED").get("message"));
        Mail extended = OpsFixtures.mails(mailbox, BADINH_CB, title).stream()
                .filter(m -> m.getSubject().contains("Gia hạn")).findFirst().orElseThrow();
        assertThat(extended.getHtml(), containsString("Do &lt;b&gt;bão&lt;/b&gt; số 1 &amp; mất điện"));
        assertThat(extended.getHtml(), containsString("17:00 28/04/2017"));
        assertThat(extended.getText(), containsString("Do <b>bão</b> số 1 & mất điện"));

        OpsFixtures.fillAndSubmit(id, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);
        String comment = "<script>alert('x')</script>Thiếu số liệu phụ lục II";
        OpsFixtures.returnReport(id, "14794", comment);
        assertEquals(comment, find(inbox("badinh.cb"), id, "RETURNED").get("message"));
        Mail returned = OpsFixtures.mails(mailbox, BADINH_CB, title).stream()
                .filter(m -> m.getSubject().contains("trả lại")).findFirst().orElseThrow();
        assertThat(returned.getHtml(), containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Thiếu số liệu"));
        assertThat(returned.getHtml(), not(containsString("<script>")));
    }

    @Test
    void theIssuerRemindsTheUnitsThatHaveNotSubmittedAndOnlyThem() {
        String title = OpsFixtures.uniqueTitle("Nhắc nộp ngay");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794", "14797", "14800"));
        OpsFixtures.fillAndSubmit(id, "14797", "ngoctrao.cb", "ngoctrao.cb", 100, 90, 10);

        JsonPath home = Tokens.as("vp.bimson").get("/api/dashboard").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("14794", "14800"), home.getList("issued.find { it.id == " + id + " }.pending.unitCode"));
        assertEquals(true, home.getBoolean("issued.find { it.id == " + id + " }.canRemind"));

        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of()).post("/api/campaigns/" + id + "/remind")
                .then().statusCode(200).body("count", is(2));
        assertThat(inbox("badinh.cb").getList("notifications.findAll { it.campaignId == " + id + " }.kind"),
                containsInAnyOrder("PUBLISHED", "REMINDER"));
        assertThat(inbox("ngoctrao.cb").getList("notifications.findAll { it.campaignId == " + id + " }.kind"),
                containsInAnyOrder("PUBLISHED"));
        assertEquals(1, OpsFixtures.mails(mailbox, BADINH_CB, title).stream()
                .filter(m -> m.getSubject().contains("Nhắc nộp báo cáo")).count());

        // one unit by name; a unit that submitted is refused
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("14800")))
                .post("/api/campaigns/" + id + "/remind").then().statusCode(200)
                .body("unitCodes", is(List.of("14800")));
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(Map.of("unitCodes", List.of("14797")))
                .post("/api/campaigns/" + id + "/remind").then().statusCode(422)
                .body("messages[0]", containsString("14797"));
        // the page's button: back home with a message
        String location = Tokens.as("vp.bimson").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").post("/campaigns/" + id + "/remind").then()
                .statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/"), location);

        // a recipient may not remind, another tenant does not even see the campaign
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(Map.of()).post("/api/campaigns/" + id + "/remind")
                .then().statusCode(403);
        Tokens.as("vp.hoangmai").contentType(ContentType.JSON).body(Map.of()).post("/api/campaigns/" + id + "/remind")
                .then().statusCode(404);
        assertThat(inbox("vp.hoangmai").getList("notifications.findAll { it.campaignId == " + id + " }"), empty());
        assertFalse(OpsFixtures.mails(mailbox, BADINH_CB, title).isEmpty());
    }
}
