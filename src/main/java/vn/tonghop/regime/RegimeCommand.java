package vn.tonghop.regime;

import java.util.List;

import vn.tonghop.campaign.LatePolicy;
import vn.tonghop.campaign.Urgency;

/**
 * What an issuer fills in to set up a regime (API body and form). {@code frequency}, {@code firstPeriod} and the
 * recipients rule are text so that a wrong value is refused with a message on its field. The deadline is either
 * {@code deadlineDay} (a day of the period's last month) or {@code deadlineOffsetDays} (days after the period's end).
 */
public record RegimeCommand(String templateCode, Integer templateVersion, String issuerUnitCode, String title,
        String subject, Urgency urgency, String addressees, String distribution, String signerName, String signerTitle,
        String signerCapacity, String respondsTo, String reportType, String frequency, String firstPeriod,
        String lastPeriod, Integer cutoffDay, Integer deadlineDay, Integer deadlineOffsetDays, Recipients recipients,
        LatePolicy latePolicy, Integer lockAfterDays, Integer reminderDays) {

    /** A body with nothing in it (an empty POST), refused field by field. */
    public static final RegimeCommand EMPTY = new RegimeCommand(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The recipients rule: CHILDREN, CHILDREN_OF_KIND with {@code kind}, or LIST with {@code unitCodes}. */
    public record Recipients(String rule, String kind, List<String> unitCodes) {
    }
}
