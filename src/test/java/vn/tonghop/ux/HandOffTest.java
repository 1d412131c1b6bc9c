package vn.tonghop.ux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/**
 * Irreversible actions ask first, saying what follows; a reporter hands the report to the approvers, who are told and
 * find it on their home page; a unit without an approver is told its reporters submit directly.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class HandOffTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource ds;

    static Document page(String user, String path) {
        return Jsoup.parse(Tokens.as(user).get(path).then().statusCode(200).extract().asString());
    }

    /** The trigger only opens the dialog; the dialog holds the button that acts and states the consequence. */
    static Element dialog(Document doc, String trigger, String dialogId) {
        Element open = doc.selectFirst("#" + trigger);
        assertEquals("a", open.tagName(), trigger + " is a link to its dialog, not a submit button");
        assertEquals("#" + dialogId, open.attr("href"));
        assertEquals("modal", open.attr("data-bs-toggle"));
        Element dialog = doc.selectFirst("#" + dialogId);
        assertTrue(dialog.hasClass("modal"));
        assertEquals(dialogId + "-title", dialog.attr("aria-labelledby"));
        assertFalse(dialog.select("[data-bs-dismiss=modal]").isEmpty(), "the dialog can be cancelled");
        return dialog;
    }

    @Test
    void submittingAsksFirstAndSaysWhoReceivesItByWhenAndThatItCanNoLongerBeEdited() {
        long child = Scenario.bimSonChain();
        Document form = page("badinh.ct", "/campaigns/" + child + "/submissions/14794");
        Element dialog = dialog(form, "submit-report", "confirm-submit");
        String text = dialog.text();
        assertTrue(text.contains("UBND thị xã Bỉm Sơn") && text.contains("17:00 25/04/2017")
                && text.contains("không sửa được báo cáo nữa"), text);
        Element act = dialog.selectFirst("#submit-confirm");
        assertEquals("/campaigns/" + child + "/submissions/14794/submit", act.attr("formaction"));
        assertEquals("submission-form", act.attr("form"));

        Scenario.fillAndSubmit(child, "14794", "badinh.cb", "badinh.ct", 10, 9, 1);
        Document returnable = page("vp.bimson", "/campaigns/" + child + "/submissions/14794");
        Element back = dialog(returnable, "return-report", "confirm-return");
        assertTrue(back.text().contains("UBND phường Ba Đình"), back.text());
        assertEquals("return-form", back.selectFirst("#return-confirm").closest("form").id());
    }

    @Test
    void publishingAsksFirstAndSaysHowManyUnitsAndTheDeadline() {
        long draft = Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Scenario.bimSonRequest("2017-04-28T17:00:00+07:00", List.of("14794", "14797")))
                .post("/api/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        Element detail = dialog(page("vp.bimson", "/campaigns/" + draft), "publish", "confirm-publish");
        assertTrue(detail.text().contains("2 đơn vị") && detail.text().contains("17:00 28/04/2017")
                && detail.text().contains("không sửa được"), detail.text());
        assertEquals("publish", detail.selectFirst("input[name=action]").val());
        Element review = dialog(page("vp.bimson", "/campaigns/" + draft + "/edit?step=REVIEW"), "publish",
                "confirm-publish");
        assertTrue(review.text().contains("2 đơn vị"), review.text());
        assertEquals("publish", review.selectFirst("#publish-confirm").val());
    }

    @Test
    void removingARightAsksFirst() {
        Document memberships = page("admin.thanhhoa", "/memberships");
        Element remove = memberships.selectFirst("a[id^=remove-]");
        String id = remove.id().substring("remove-".length());
        Element dialog = dialog(memberships, remove.id(), "confirm-remove-" + id);
        assertTrue(dialog.selectFirst("form").attr("action").endsWith("/memberships/" + id + "/remove"));
        assertTrue(dialog.text().contains("sẽ không còn quyền"), dialog.text());
    }

    @Test
    void aReporterSendsTheReportToTheApproverWhoIsToldAndFindsItAtHome() {
        OpsFixtures.setEmail(ds, "badinh.ct", "badinh.ct.handoff@bimson.example.vn");
        // mails go out in the user's language; an earlier test may have switched it to English
        OpsFixtures.update(ds, "update app_user set locale = null where username = ?", "badinh.ct");
        String title = OpsFixtures.uniqueTitle("Gửi duyệt");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794"));
        String form = "/campaigns/" + id + "/submissions/14794";

        Element send = dialog(page("badinh.cb", form), "send-for-approval", "confirm-send");
        assertTrue(send.text().contains("badinh.ct") && send.text().contains("17:00 25/04/2017"), send.text());
        assertEquals(form + "/send-for-approval", send.selectFirst("#send-confirm").attr("formaction"));

        Tokens.as("badinh.cb").redirects().follow(false).contentType(ContentType.URLENC).formParam("x", "")
                .post(form + "/send-for-approval").then().statusCode(303);
        Document after = page("badinh.cb", form);
        assertEquals("Chờ duyệt", after.selectFirst("#submission-status").text());
        assertTrue(after.selectFirst("#approver-note").text().contains("badinh.ct"));
        assertNull(after.selectFirst("#send-for-approval"), "sent once, not offered again");

        JsonPath notes = Tokens.as("badinh.ct").get("/api/notifications").then().statusCode(200).extract().jsonPath();
        Map<String, Object> told = notes
                .getMap("notifications.find { it.campaignId == " + id + " && it.kind == 'AWAITING_APPROVAL' }");
        assertEquals("Báo cáo chờ lãnh đạo duyệt", told.get("heading"));
        List<Mail> mails = OpsFixtures.mails(mailbox, "badinh.ct.handoff@bimson.example.vn", title).stream()
                .filter(m -> m.getSubject().contains("Báo cáo chờ lãnh đạo duyệt")).toList();
        assertEquals(1, mails.size(), "the approver is e-mailed");

        Document home = page("badinh.ct", "/");
        Element waiting = home.selectFirst("#awaiting-approval");
        assertTrue(waiting.text().contains(title) && waiting.text().contains("badinh.cb"), waiting.text());
        assertEquals(form, waiting.selectFirst("a.btn").attr("href"));
        assertNull(page("badinh.cb", "/").selectFirst("#awaiting-approval"), "the reporter approves nothing");

        Scenario.fillAndSubmit(id, "14794", "badinh.cb", "badinh.ct", 10, 9, 1);
        Document later = page("badinh.ct", "/");
        assertTrue(later.select("#awaiting-approval").text().indexOf(title) < 0, "submitted, no longer waiting");
    }

    @Test
    void aUnitWithoutApproverIsToldItsReportersSubmitDirectly() {
        long child = Scenario.bimSonChain();
        Element note = page("ngoctrao.cb", "/campaigns/" + child + "/submissions/14797")
                .selectFirst("#direct-submit-note");
        assertTrue(note.text().contains("nộp trực tiếp"), note.text());
        assertEquals("direct-submit-14797", note.attr("data-once"));
        assertNull(page("badinh.ct", "/campaigns/" + child + "/submissions/14794").selectFirst("#direct-submit-note"));
        assertNull(page("badinh.cb", "/campaigns/" + child + "/submissions/14794").selectFirst("#direct-submit-note"));
    }
}
