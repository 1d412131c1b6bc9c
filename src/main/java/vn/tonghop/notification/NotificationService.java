package vn.tonghop.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.Submission;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.user.CurrentMemberships;

/**
 * Tells units what concerns them: an in-app notification in their inbox and an e-mail to their reporters and approvers.
 * A user reads the notifications of the units they are a member of (not of the units below them: a province would drown
 * in its communes' reminders).
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final int MAX_MESSAGE = 1000;

    @Inject
    NotificationMailer mailer;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    /** Records a notification for the unit and queues its e-mails (sent when the caller's transaction commits). */
    public Notification notify(Campaign c, Unit unit, NotificationKind kind, String text) {
        Notification n = new Notification();
        n.campaign = c;
        n.unit = unit;
        n.kind = kind;
        String message = text == null ? "" : text;
        n.message = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        n.createdAt = clock.nowOffset();
        n.persist();
        mailer.mail(n, deadlineOf(c, unit));
        return n;
    }

    /** The unit's deadline: its own extension if it has one, else the campaign's. */
    static OffsetDateTime deadlineOf(Campaign c, Unit unit) {
        return Submission.<Submission> find("campaign = ?1 and unit = ?2", c, unit).firstResultOptional()
                .map(Submission::effectiveDeadline).orElse(c.deadline);
    }

    // ---- the reader's side ----

    private List<Long> myUnits() {
        return currentMemberships.memberships().stream().map(m -> m.unit.id).distinct().toList();
    }

    /** My units' notifications, newest first. */
    public List<NotificationView> mine(int limit) {
        List<Long> units = myUnits();
        Long userId = currentUser.id().orElse(null);
        if (units.isEmpty() || userId == null) {
            return List.of();
        }
        List<Notification> list = Notification.<Notification> find(
                "from Notification n join fetch n.unit left join fetch n.campaign where n.unit.id in ?1"
                        + " order by n.createdAt desc, n.id desc",
                units).page(0, limit).list();
        Set<Long> read = Set.copyOf(NotificationRead
                .<NotificationRead> find("userId = ?1 and notification.id in ?2", userId,
                        list.isEmpty() ? List.of(-1L) : list.stream().map(n -> n.id).toList())
                .stream().map(r -> r.notification.id).toList());
        NotificationMessages m = messages.bundle(NotificationMessages.class);
        return list.stream().map(n -> view(n, read.contains(n.id), m)).toList();
    }

    private NotificationView view(Notification n, boolean read, NotificationMessages m) {
        Campaign c = n.campaign;
        return new NotificationView(n.id, n.kind.name(), NotificationMailer.heading(n.kind, m), n.message,
                c == null ? null : c.id, c == null ? null : c.title, n.unit.code, n.unit.name,
                PortalClock.local(n.createdAt), read,
                c == null ? "/campaigns" : "/campaigns/" + c.id + "/submissions/" + n.unit.code);
    }

    public long unreadCount() {
        List<Long> units = myUnits();
        Long userId = currentUser.id().orElse(null);
        if (units.isEmpty() || userId == null) {
            return 0;
        }
        return Notification.count(
                "from Notification n where n.unit.id in :units and not exists"
                        + " (from NotificationRead r where r.notification = n and r.userId = :user)",
                Map.of("units", units, "user", userId));
    }

    /** Marks one of my notifications read; someone else's answers 404. */
    public void markRead(long id) {
        Notification n = Notification.<Notification> findByIdOptional(id).filter(x -> myUnits().contains(x.unit.id))
                .orElseThrow(() -> PortalException.notFound(messages.get().notFound()));
        Notification.getEntityManager().createNativeQuery("""
                insert into notification_read (tenant_id, notification_id, user_id, read_at)
                values (:tenant, :notification, :user, :at) on conflict (notification_id, user_id) do nothing""")
                .setParameter("tenant", n.tenantId).setParameter("notification", n.id)
                .setParameter("user", currentUser.id().orElseThrow()).setParameter("at", clock.nowOffset())
                .executeUpdate();
    }

    /** Marks all my notifications read; returns how many were unread. */
    public int markAllRead() {
        List<Long> units = myUnits();
        if (units.isEmpty() || currentUser.id().isEmpty() || currentUser.tenantCode().isEmpty()) {
            return 0;
        }
        return Notification.getEntityManager().createNativeQuery("""
                insert into notification_read (tenant_id, notification_id, user_id, read_at)
                select n.tenant_id, n.id, :user, :at from notification n
                 where n.tenant_id = :tenant and n.unit_id in (:units)
                on conflict (notification_id, user_id) do nothing""").setParameter("user", currentUser.id().get())
                .setParameter("at", clock.nowOffset()).setParameter("tenant", currentUser.tenantCode().get())
                .setParameter("units", units).executeUpdate();
    }
}
