package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.List;

import vn.tonghop.platform.time.PortalClock;

/** Text helpers the campaign's checks share: blank and trimmed input, lengths, times in messages. */
final class CampaignText {

    private CampaignText() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    static void length(List<String> errors, String value, String field, int max, CampaignCheckMessages check) {
        if (value != null && value.trim().length() > max) {
            errors.add(check.tooLong(field, max));
        }
    }

    static String format(OffsetDateTime time) {
        return time.atZoneSameInstant(PortalClock.ZONE).format(PortalClock.DATE_TIME);
    }
}
