package vn.tonghop.platform.security;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The logged-in user of this request, as the portal knows them: who they are, not what they may do (their memberships
 * are the user feature's, {@code user.CurrentMemberships}).
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    /** Identity attributes, set where the login is bound to the user record ({@code user.PortalIdentityAugmentor}). */
    public static final String USER_ID = "tonghop.user-id";
    public static final String TENANT = "tonghop.tenant";
    /** The address the portal mails the user at, if any. */
    public static final String EMAIL = "tonghop.email";
    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** Known to the portal: has a user record. */
    public boolean isRegistered() {
        return id().isPresent();
    }

    public Optional<Long> id() {
        return Optional.ofNullable(identity.<Long> getAttribute(USER_ID));
    }

    /** Where the portal e-mails the user, if it knows an address. */
    public Optional<String> email() {
        return Optional.ofNullable(identity.<String> getAttribute(EMAIL));
    }

    public Optional<String> tenantCode() {
        return Optional.ofNullable(identity.<String> getAttribute(TENANT));
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(PLATFORM_ADMIN_ROLE);
    }
}
