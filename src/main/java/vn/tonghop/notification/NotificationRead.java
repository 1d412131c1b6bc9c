package vn.tonghop.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/** One user has read one notification. Written with "on conflict do nothing", so marking twice is harmless. */
@Entity
@Table(name = "notification_read")
public class NotificationRead extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id")
    public Notification notification;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "read_at", nullable = false)
    public OffsetDateTime readAt;
}
