package vn.tonghop.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;

/**
 * Helpers of the dashboard, notification and audit tests: campaigns with a title of their own (tests share the database
 * and the mailbox), e-mail addresses for demo users, and plain SQL for what no API shows.
 */
public final class OpsFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private OpsFixtures() {
    }

    /** A title no other test uses: mails and lists are told apart by it. */
    public static String uniqueTitle(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** Bỉm Sơn asks some of its communes for a report and publishes; returns the campaign id. */
    public static long bimSonCampaign(String title, String deadline, List<String> units) {
        var body = Scenario.bimSonRequest(deadline, units);
        body.put("title", title);
        return Scenario.createAndPublish("vp.bimson", body);
    }

    public static void setEmail(DataSource ds, String username, String email) {
        update(ds, "update app_user set email = ? where username = ?", email, username);
    }

    public static int update(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public static List<Object> column(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(DataSource ds, String sql, Object... params) {
        return ((Number) column(ds, sql, params).get(0)).longValue();
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    /** E-mails to an address whose subject names the campaign. */
    public static List<Mail> mails(MockMailbox mailbox, String to, String title) {
        List<Mail> sent = mailbox.getMailsSentTo(to);
        return sent == null ? List.of() : sent.stream().filter(m -> m.getSubject().contains(title)).toList();
    }

    /** Fills a report as {@code writer} and submits it as {@code signer}. */
    public static void fillAndSubmit(long campaign, String unit, String writer, String signer, int received, int onTime,
            int late) {
        Scenario.fillAndSubmit(campaign, unit, writer, signer, received, onTime, late);
    }

    public static void returnReport(long campaign, String unit, String comment) {
        Tokens.as("vp.bimson").contentType(ContentType.JSON).body(java.util.Map.of("comment", comment))
                .post("/api/campaigns/" + campaign + "/submissions/" + unit + "/return").then().statusCode(200);
    }
}
