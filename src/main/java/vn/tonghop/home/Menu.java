package vn.tonghop.home;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Grant;
import vn.tonghop.user.Role;

/**
 * Which entries of the navigation bar the user's roles may open, so that the menu never leads to a refusal. Decided
 * from the request's grants (no query); each entry mirrors the check of the page it opens.
 */
@RequestScoped
@Named("menu")
public class Menu {

    /** Templates are written by issuers and administrators and read by those who read rollups. */
    private static final Set<Role> TEMPLATE_READERS = EnumSet.of(Role.ADMIN, Role.ISSUER, Role.VIEWER);
    private static final Set<Role> TREE_READERS = EnumSet.of(Role.ADMIN, Role.ISSUER, Role.VIEWER);

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    public boolean isCampaigns() {
        return currentUser.isRegistered();
    }

    public boolean isTemplates() {
        return holds(TEMPLATE_READERS);
    }

    public boolean isUnits() {
        return holds(TREE_READERS);
    }

    public boolean isMemberships() {
        return holds(EnumSet.of(Role.ADMIN));
    }

    private boolean holds(Set<Role> roles) {
        return currentUser.isRegistered()
                && currentMemberships.grants().stream().map(Grant::role).anyMatch(roles::contains);
    }
}
