package vn.tonghop.notification;

import java.time.OffsetDateTime;

/** A notification as its reader sees it: a heading in their language, the user's text, and where to act. */
public record NotificationView(long id, String kind, String heading, String message, Long campaignId,
        String campaignTitle, String unitCode, String unitName, OffsetDateTime createdAt, boolean read, String link) {
}
