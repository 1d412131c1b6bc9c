package vn.tonghop.notification;

/**
 * What a notification e-mail shows. Every text is plain: the HTML template escapes it, so a comment or a title holding
 * markup arrives as text.
 */
public record MailModel(NotificationKind kind, String heading, String unitName, String title, String letterNumber,
        String issuerName, String periodLabel, String deadline, String message, String link) {
}
