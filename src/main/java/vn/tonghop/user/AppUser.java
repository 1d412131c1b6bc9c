package vn.tonghop.user;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who logs in. Global (a login name is unique across tenants) and bound to at most one tenant; a platform
 * administrator has none.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    @Column(name = "tenant_id")
    public String tenantCode;

    @Column(name = "platform_admin", nullable = false)
    public boolean platformAdmin;

    /** Language of the user's e-mails: "en", else Vietnamese. Set by the language switch. */
    public String locale;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
