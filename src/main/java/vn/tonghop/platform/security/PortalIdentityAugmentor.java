package vn.tonghop.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Binds an authenticated login to the portal's user record: its tenant and the coarse roles of its memberships. Rights
 * never come from the identity provider's roles. Plain JDBC because the tenant is not known yet, so the tenant-filtered
 * Hibernate session cannot be used here.
 */
@ApplicationScoped
public class PortalIdentityAugmentor implements SecurityIdentityAugmentor {

    public static final String USER_ID = "tonghop.user-id";
    public static final String TENANT = "tonghop.tenant";
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    private static final String USER_QUERY = """
            select u.id, u.tenant_id, u.platform_admin,
                   (select string_agg(distinct m.role, ',') from membership m
                     where m.user_id = u.id and m.tenant_id = u.tenant_id) as roles
              from app_user u where u.username = ?""";

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
                if (rs.next()) {
                    builder.addAttribute(USER_ID, rs.getLong(1));
                    if (rs.getString(2) != null) {
                        builder.addAttribute(TENANT, rs.getString(2));
                    }
                    Set<String> roles = new HashSet<>();
                    if (rs.getBoolean(3)) {
                        roles.add(PLATFORM_ADMIN_ROLE);
                    }
                    String memberRoles = rs.getString(4);
                    if (memberRoles != null) {
                        for (String role : memberRoles.split(",")) {
                            roles.add(role.toLowerCase());
                        }
                    }
                    builder.addRoles(roles);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the portal user " + username, e);
        }
        return builder.build();
    }
}
