package vn.tonghop.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * Scheduled reminders with a clock the test moves: before the deadline (Campaign.reminderDays, 2 by default), on the
 * day, once overdue; never to a unit that has submitted; once only, even when two scheduler instances run together.
 */
@PortalTest
class ReminderJobTest {

    static final String BADINH_CB = "badinh.cb@bimson.example.vn";
    static final String BADINH_CT = "badinh.ct@bimson.example.vn";
    static final String NGOCTRAO = "ngoctrao.cb@bimson.example.vn";

    @Inject
    PortalClock clock;

    @Inject
    ReminderJob job;

    @Inject
    MockMailbox mailbox;

    @Inject
    DataSource ds;

    @BeforeEach
    void addresses() {
        OpsFixtures.setEmail(ds, "badinh.cb", BADINH_CB);
        OpsFixtures.setEmail(ds, "badinh.ct", BADINH_CT);
        OpsFixtures.setEmail(ds, "ngoctrao.cb", NGOCTRAO);
        // badinh.ct reads in English: the language switch remembers it for e-mails
        Tokens.as("badinh.ct").redirects().follow(false).get("/lang/en").then().statusCode(303);
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    void at(String isoLocal) {
        Scenario.at(clock, OffsetDateTime.parse(isoLocal + "+07:00").toInstant());
    }

    List<String> sent(long campaign) {
        return OpsFixtures
                .column(ds,
                        "select u.code || ':' || r.kind from reminder_sent r join unit u on u.id = r.unit_id"
                                + " where r.campaign_id = ? order by u.code, r.id",
                        campaign)
                .stream().map(Object::toString).toList();
    }

    @Test
    void beforeTheDeadlineOnTheDayAndOnceOverdueNeverToAUnitThatSubmitted() {
        at("2017-04-28T08:00");
        String title = OpsFixtures.uniqueTitle("Báo cáo nhắc hạn");
        long id = OpsFixtures.bimSonCampaign(title, "2017-05-05T17:00:00+07:00", List.of("14794", "14797", "14800"));

        at("2017-05-01T08:00"); // four days before: too early
        job.runAll();
        assertEquals(List.of(), sent(id));

        at("2017-05-03T08:00"); // two days before
        job.runAll();
        assertEquals(List.of("14794:REMINDER_BEFORE", "14797:REMINDER_BEFORE", "14800:REMINDER_BEFORE"), sent(id));
        job.runAll(); // a second run (another replica, a restart) finds them claimed
        assertEquals(3, sent(id).size());
        assertEquals(1, reminders(BADINH_CB, title).size());
        assertEquals(1, reminders(NGOCTRAO, title).size());

        at("2017-05-04T09:00");
        OpsFixtures.fillAndSubmit(id, "14797", "ngoctrao.cb", "ngoctrao.cb", 100, 90, 10);
        job.runAll();
        assertEquals(3, sent(id).size());

        at("2017-05-05T08:00"); // the day itself
        job.runAll();
        at("2017-05-06T08:00"); // overdue, twice: once only
        job.runAll();
        job.runAll();
        assertEquals(List.of("14794:REMINDER_BEFORE", "14794:REMINDER_DUE", "14794:REMINDER_OVERDUE",
                "14797:REMINDER_BEFORE", "14800:REMINDER_BEFORE", "14800:REMINDER_DUE", "14800:REMINDER_OVERDUE"),
                sent(id));
        // Ngọc Trạo submitted: its reminder before the deadline was its last
        assertEquals(1, reminders(NGOCTRAO, title).size());
        assertEquals(3, reminders(BADINH_CB, title).size());

        List<String> kinds = Tokens.as("badinh.cb").get("/api/notifications").then().statusCode(200).extract()
                .jsonPath().getList("notifications.findAll { it.campaignId == " + id + " }.kind");
        assertThat(kinds, containsInAnyOrder("PUBLISHED", "REMINDER_BEFORE", "REMINDER_DUE", "REMINDER_OVERDUE"));
        List<String> ngocTrao = Tokens.as("ngoctrao.cb").get("/api/notifications").then().statusCode(200).extract()
                .jsonPath().getList("notifications.findAll { it.campaignId == " + id + " }.kind");
        assertThat(ngocTrao, containsInAnyOrder("PUBLISHED", "REMINDER_BEFORE"));
    }

    @Test
    void anExtendedDeadlineGetsItsOwnRemindersAndNoneOverdueUnderTheOldOne() {
        at("2017-08-01T08:00");
        String title = OpsFixtures.uniqueTitle("Báo cáo gia hạn");
        long id = OpsFixtures.bimSonCampaign(title, "2017-08-05T17:00:00+07:00", List.of("14794"));
        at("2017-08-03T08:00");
        job.runAll();
        at("2017-08-05T08:00");
        job.runAll();
        assertEquals(List.of("14794:REMINDER_BEFORE", "14794:REMINDER_DUE"), sent(id));

        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("unitCode", "14794", "deadline", "2017-08-12T17:00:00+07:00", "reason", "Mưa bão"))
                .post("/api/campaigns/" + id + "/extend").then().statusCode(200);
        at("2017-08-06T08:00"); // past the old deadline, not the new one
        job.runAll();
        assertEquals(2, sent(id).size());
        at("2017-08-10T08:00");
        job.runAll();
        at("2017-08-12T08:00");
        job.runAll();
        assertEquals(
                List.of("14794:REMINDER_BEFORE", "14794:REMINDER_DUE", "14794:REMINDER_BEFORE", "14794:REMINDER_DUE"),
                sent(id));
        List<String> kinds = Tokens.as("badinh.cb").get("/api/notifications").then().statusCode(200).extract()
                .jsonPath().getList("notifications.findAll { it.campaignId == " + id + " }.kind");
        assertEquals(4, kinds.stream().filter(k -> k.startsWith("REMINDER_")).count(), kinds.toString());
    }

    @Test
    void twoSchedulersRunningTogetherSendEachReminderOnce() throws Exception {
        at("2017-06-01T08:00");
        String title = OpsFixtures.uniqueTitle("Báo cáo hai máy chủ");
        long id = OpsFixtures.bimSonCampaign(title, "2017-06-10T17:00:00+07:00", List.of("14794", "14797"));
        at("2017-06-09T08:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> replica = () -> {
                start.await();
                return job.runAll();
            };
            Future<Integer> a = pool.submit(replica);
            Future<Integer> b = pool.submit(replica);
            start.countDown();
            a.get(120, TimeUnit.SECONDS);
            b.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("14794:REMINDER_BEFORE", "14797:REMINDER_BEFORE"), sent(id));
        assertEquals(1, reminders(BADINH_CB, title).size());
        assertEquals(1, reminders(BADINH_CT, title).size());
        assertEquals(1, reminders(NGOCTRAO, title).size());
        assertEquals(2, OpsFixtures.count(ds,
                "select count(*) from notification where campaign_id = ? and kind = 'REMINDER_BEFORE'", id));
    }

    @Test
    void theEmailNamesTheReportTheDeadlineAndTheLinkInTheReadersLanguage() {
        at("2017-07-01T08:00");
        String title = OpsFixtures.uniqueTitle("Báo cáo <i>nội dung</i> thư");
        long id = OpsFixtures.bimSonCampaign(title, "2017-07-05T17:00:00+07:00", List.of("14794", "14800"));
        at("2017-07-05T07:30");
        job.runAll();

        Mail vi = single(reminders(BADINH_CB, title));
        assertTrue(vi.getSubject().startsWith("[Tổng hợp] Hôm nay là hạn nộp báo cáo: "), vi.getSubject());
        assertThat(vi.getHtml(), containsString("Kính gửi: UBND phường Ba Đình"));
        assertThat(vi.getHtml(), containsString("17:00 05/07/2017"));
        assertThat(vi.getHtml(), containsString("675/UBND-VP"));
        assertThat(vi.getHtml(), containsString("http://localhost:8080/campaigns/" + id + "/submissions/14794"));
        // the title is the user's text: shown as typed, never as markup
        assertThat(vi.getHtml(), containsString("&lt;i&gt;nội dung&lt;/i&gt;"));
        assertThat(vi.getHtml(), not(containsString("<i>nội dung</i>")));
        assertThat(vi.getText(), containsString("http://localhost:8080/campaigns/" + id + "/submissions/14794"));
        assertThat(vi.getText(), containsString("Hạn nộp: 17:00 05/07/2017"));

        Mail en = single(reminders(BADINH_CT, title));
        assertTrue(en.getSubject().startsWith("[Tổng hợp] Report due today: "), en.getSubject());
        assertThat(en.getHtml(), containsString("To: UBND phường Ba Đình"));
        assertThat(en.getText(), containsString("Deadline: 17:00 05/07/2017"));

        // Bắc Sơn has nobody with an address: no e-mail, but the in-app reminder is there
        List<String> kinds = OpsFixtures
                .column(ds, "select n.kind from notification n join unit u on u.id = n.unit_id where n.campaign_id = ?"
                        + " and u.code = '14800'", id)
                .stream().map(Object::toString).toList();
        assertThat(kinds, hasItems("PUBLISHED", "REMINDER_DUE"));
    }

    /** The reminders among the e-mails of a campaign (its publication was mailed too). */
    List<Mail> reminders(String to, String title) {
        return OpsFixtures.mails(mailbox, to, title).stream().filter(
                m -> !m.getSubject().contains("Yêu cầu báo cáo mới") && !m.getSubject().contains("New report request"))
                .toList();
    }

    private static Mail single(List<Mail> mails) {
        assertEquals(1, mails.size(), "one e-mail expected");
        return mails.get(0);
    }
}
