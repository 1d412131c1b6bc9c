package vn.tonghop.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.user.AccessService;

/** What the navigation bar shows on every page: the unread count, and the audit link for administrators. */
@RequestScoped
@Named("navExtras")
public class NotificationBadge {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    AccessService access;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isRegistered() ? notifications.unreadCount() : 0L;
        }
        return unread;
    }

    public boolean isAdmin() {
        return currentUser.isRegistered() && access.isTenantAdmin();
    }
}
