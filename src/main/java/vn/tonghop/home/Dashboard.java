package vn.tonghop.home;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The work a user's home page shows, by role: reports to do and returned ones (commune staff), campaigns issued with
 * who is missing (issuers), campaigns of the subtree with completeness by district and charts (provincial viewers).
 */
public record Dashboard(Roles roles, List<ToDo> toDo, List<Returned> returned, List<Issued> issued,
        List<Watched> watched, List<Series> charts) {

    /** Campaigns shown per list; the campaigns page has them all. */
    static final int LIMIT = 20;

    /** Which parts apply to the user: writer (reporter or approver), issuer, provincial viewer. */
    public record Roles(boolean writer, boolean issuer, boolean provincialViewer) {
        public static final Roles NONE = new Roles(false, false, false);
    }

    /** A report my unit still has to submit. {@code formUrl} is where to fill it. */
    public record ToDo(long campaignId, String title, String letterNumber, String issuerUnitName, String unitCode,
            String unitName, String status, OffsetDateTime deadline, boolean overdue, String timeLeft, String formUrl) {
    }

    /** A report the issuer sent back, and why. */
    public record Returned(long campaignId, String title, String unitCode, String unitName, String comment,
            String returnedBy, OffsetDateTime returnedAt, String formUrl) {
    }

    /** A campaign I issued: how far it is, and who has not submitted. */
    public record Issued(long id, String title, String letterNumber, String issuerUnitCode, String issuerUnitName,
            String periodLabel, OffsetDateTime deadline, int expected, int submitted, int late, int missing,
            int percent, List<Pending> pending, boolean canRemind) {
    }

    /** A recipient that has not submitted; {@code overdue} once its deadline has passed. */
    public record Pending(String unitCode, String unitName, String status, OffsetDateTime deadline, boolean overdue) {
    }

    /** A campaign in my subtree, with its relays counted under each district. */
    public record Watched(long id, String title, String letterNumber, String issuerUnitName, String periodLabel,
            OffsetDateTime deadline, int expected, int submitted, int percent, List<DistrictProgress> districts) {
    }

    public record DistrictProgress(String unitCode, String unitName, int expected, int submitted, int percent) {
    }

    /** A key figure of a template across its periods, one line per district; null where a district has no data. */
    public record Series(String templateCode, String templateTitle, String column, String columnHeader,
            String columnUnit, List<String> periods, List<Line> lines) {
    }

    public record Line(String unitCode, String unitName, List<BigDecimal> values) {
    }
}
