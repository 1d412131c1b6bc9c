package vn.tonghop.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import vn.tonghop.platform.security.CurrentUser;

/**
 * Binds an authenticated login to the portal's user record: its tenant, its memberships (unit and role, for the
 * request's access checks) and their coarse roles, in one query per request; keeps the e-mail address the token vouches
 * for. Rights never come from the identity provider's roles. Plain JDBC because the tenant is not known yet, so the
 * tenant-filtered Hibernate session cannot be used here.
 */
@ApplicationScoped
public class PortalIdentityAugmentor implements SecurityIdentityAugmentor {

    /** The user's memberships in their tenant, as {@link Grant}s: access checks need no further query. */
    public static final String GRANTS = "tonghop.grants";

    private static final String USER_QUERY = """
            select u.id, u.tenant_id, u.platform_admin, m.unit_id, m.role, u.email
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
                long userId = 0;
                String storedEmail = null;
                while (rs.next()) {
                    if (!found) {
                        found = true;
                        userId = rs.getLong(1);
                        storedEmail = rs.getString(6);
                        builder.addAttribute(CurrentUser.USER_ID, userId);
                        if (rs.getString(2) != null) {
                            builder.addAttribute(CurrentUser.TENANT, rs.getString(2));
                        }
                        if (rs.getBoolean(3)) {
                            roles.add(CurrentUser.PLATFORM_ADMIN_ROLE);
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
                    String email = verifiedEmail(identity);
                    if (email != null && !email.equals(storedEmail)) {
                        keepEmail(connection, userId, email);
                    }
                    String mailed = email != null ? email : storedEmail;
                    if (mailed != null) {
                        builder.addAttribute(CurrentUser.EMAIL, mailed);
                    }
                }
            }
        } catch (SQLException e) {
            if (vn.tonghop.platform.web.ServerBusyException.isBusy(e)) {
                throw new vn.tonghop.platform.web.ServerBusyException(e);
            }
            throw new IllegalStateException("Cannot load the portal user " + username, e);
        }
        return builder.build();
    }

    /**
     * The e-mail address the identity provider vouches for ({@code email}, unless {@code email_verified} is false):
     * people keep their address there, and the portal's notifications follow it.
     */
    static String verifiedEmail(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object email = token.getClaim("email");
        Object verified = token.getClaim("email_verified");
        String address = email == null ? null : unquoted(email).trim();
        if (address == null || !UserService.isValidEmail(address) || "false".equals(unquoted(verified))) {
            return null;
        }
        return address;
    }

    private static String unquoted(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString s ? s.getString() : claim.toString();
    }

    private static void keepEmail(Connection connection, long userId, String email) throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("update app_user set email = ? where id = ? and email is distinct from ?")) {
            update.setString(1, email);
            update.setLong(2, userId);
            update.setString(3, email);
            update.executeUpdate();
        }
    }
}
