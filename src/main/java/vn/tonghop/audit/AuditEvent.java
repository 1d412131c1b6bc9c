package vn.tonghop.audit;

import java.time.OffsetDateTime;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tonghop.platform.persistence.TenantOwnedEntity;

/**
 * One line of the audit trail. Append-only: Hibernate never updates it ({@link Immutable}) and a database trigger
 * refuses any update or delete, whoever sends it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends TenantOwnedEntity {

    @Column(nullable = false)
    public OffsetDateTime at;

    /** The login that acted; null for the portal itself (scheduled reminders). */
    public String username;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String after;
}
