package vn.tonghop.template;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of an outline template, stored as its YAML text. Shared library versions have no owner tenant; a tenant's
 * copies are owned by it. Not discriminated by Hibernate because the library is shared: {@link TemplateLibrary} is the
 * only place that queries it, always scoped to "shared or mine". A version never changes once stored (a change is a new
 * version): only {@code frozen} is updatable, and the database refuses any change to a frozen version.
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_tenant", updatable = false)
    public String ownerTenant;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String yaml;

    @Column(nullable = false, updatable = false)
    public String checksum;

    @Column(name = "source_file", updatable = false)
    public String sourceFile;

    /** Used by a campaign: never edited again. */
    @Column(nullable = false)
    public boolean frozen;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
