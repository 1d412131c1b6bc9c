package vn.tonghop.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.user.Role;

/**
 * Binds an authenticated login to the portal's user record: its tenant, its memberships (unit and role, for the
 * request's access checks) and their coarse roles, in one query per request. Rights never come from the identity
 * provider's roles. Plain JDBC because the tenant is not known yet, so the tenant-filtered Hibernate session cannot be
 * used here.
 */
@ApplicationScoped
public class PortalIdentityAugmentor implements SecurityIdentityAugmentor {

    public static final String USER_ID = "tonghop.user-id";
    public static final String TENANT = "tonghop.tenant";
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    /** The user's memberships in their tenant, as {@link Grant}s: access checks need no further query. */
    public static final String GRANTS = "tonghop.grants";

    private static final String USER_QUERY = """
            select u.id, u.tenant_id, u.platform_admin, m.unit_id, m.role
              from app_user u left join membership m on m.user_id = u.id and m.tenant_id = u.tenant_id
             where u.username = ?""";

    @Inject
    DataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> load(identity));
    }

    private SecurityIdentity load(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(USER_QUERY)) {
            statement.setString(1, username);
            try (ResultSet rs = statement.executeQuery()) {
                Set<String> roles = new HashSet<>();
                List<Grant> grants = new ArrayList<>();
                boolean found = false;
                while (rs.next()) {
                    if (!found) {
                        found = true;
                        builder.addAttribute(USER_ID, rs.getLong(1));
                        if (rs.getString(2) != null) {
                            builder.addAttribute(TENANT, rs.getString(2));
                        }
                        if (rs.getBoolean(3)) {
                            roles.add(PLATFORM_ADMIN_ROLE);
                        }
                    }
                    String role = rs.getString(5);
                    if (role != null) {
                        roles.add(role.toLowerCase());
                        grants.add(new Grant(rs.getLong(4), Role.valueOf(role)));
                    }
                }
                if (found) {
                    builder.addAttribute(GRANTS, List.copyOf(grants));
                    builder.addRoles(roles);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the portal user " + username, e);
        }
        return builder.build();
    }
}
