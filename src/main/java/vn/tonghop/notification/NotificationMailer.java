package vn.tonghop.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.unit.Unit;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/**
 * Writes the e-mails of a notification to the unit's reporters and approvers that have an address, each in the language
 * they chose (Vietnamese unless they switched to English). A unit without addresses gets no e-mail; the in-app
 * notification still reaches it.
 */
@ApplicationScoped
public class NotificationMailer {

    static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    @Location("mail/notification.html")
    Template html;

    @Inject
    @Location("mail/notification.txt")
    Template text;

    @Inject
    Event<OutgoingMail> outgoing;

    @ConfigProperty(name = "tonghop.base-url")
    String baseUrl;

    /** Who receives a unit's e-mails, by address, with the language of each. */
    public Map<String, Locale> recipients(Unit unit) {
        return recipients(unit, EnumSet.of(Role.REPORTER, Role.APPROVER));
    }

    private Map<String, Locale> recipients(Unit unit, Set<Role> roles) {
        Map<String, Locale> out = new LinkedHashMap<>();
        List<Membership> writers = Membership.<Membership> find(
                "from Membership m join fetch m.user u where m.unit = ?1 and m.role in ?2 and u.email is not null"
                        + " order by u.username",
                unit, roles).list();
        for (Membership m : writers) {
            String email = m.user.email.trim();
            if (!email.isEmpty()) {
                out.putIfAbsent(email, "en".equals(m.user.locale) ? ENGLISH : Messages.VIETNAMESE);
            }
        }
        return out;
    }

    /** Renders the e-mails now (the data is at hand) and queues them for after the commit; returns how many. */
    public int mail(Notification n, OffsetDateTime deadline) {
        Map<String, Locale> recipients = n.kind == NotificationKind.AWAITING_APPROVAL
                ? recipients(n.unit, EnumSet.of(Role.APPROVER))
                : recipients(n.unit);
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Locale, Rendered> byLocale = new LinkedHashMap<>();
        List<Mail> mails = new ArrayList<>();
        recipients.forEach((email, locale) -> {
            Rendered r = byLocale.computeIfAbsent(locale, l -> render(n, deadline, l));
            mails.add(Mail.withHtml(email, r.subject(), r.html()).setText(r.text()));
        });
        outgoing.fire(new OutgoingMail(mails));
        return mails.size();
    }

    private record Rendered(String subject, String html, String text) {
    }

    private Rendered render(Notification n, OffsetDateTime deadline, Locale locale) {
        NotificationMessages m = bundle(locale);
        Campaign c = n.campaign;
        Unit unit = n.unit;
        String heading = heading(n.kind, m);
        MailModel model = new MailModel(n.kind, heading, unit.name, c.title, c.letterNumber, c.issuerUnit.name,
                c.periodLabel, Formats.vn(deadline), n.message, link(c, unit));
        String subject = m.mailSubject(heading, oneLine(c.title));
        return new Rendered(subject, html.data("m", model).setLocale(locale).render(),
                text.data("m", model).setLocale(locale).render());
    }

    String link(Campaign c, Unit unit) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/campaigns/" + c.id + "/submissions/" + unit.code;
    }

    static NotificationMessages bundle(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(NotificationMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(NotificationMessages.class);
    }

    static String heading(NotificationKind kind, NotificationMessages m) {
        return switch (kind) {
            case PUBLISHED -> m.kindPublished();
            case EXTENDED -> m.kindExtended();
            case RETURNED -> m.kindReturned();
            case AWAITING_APPROVAL -> m.kindAwaitingApproval();
            case REMINDER_BEFORE -> m.kindReminderBefore();
            case REMINDER_DUE -> m.kindReminderDue();
            case REMINDER_OVERDUE -> m.kindReminderOverdue();
            case REMINDER -> m.kindReminder();
        };
    }

    /** A subject is one line: titles typed with line breaks would otherwise split the header. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
