package vn.tonghop.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.i18n.SearchText;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;

/**
 * Membership management for administrators: they see and change memberships at the units they administer (their
 * subtree), never above or beside it.
 */
@ApplicationScoped
public class MembershipService {

    public record Row(long id, String username, String displayName, String email, String unitCode, String unitName,
            Role role) {
        static Row of(Membership m) {
            return new Row(m.id, m.user.username, m.user.displayName, m.user.email, m.unit.code, m.unit.name, m.role);
        }

        /**
         * Whether every word of {@code query} occurs in the user name, display name, e-mail, unit code or unit name,
         * ignoring case and Vietnamese diacritics (as the campaign search does).
         */
        public boolean matches(String query) {
            String text = SearchText.fold(String.join(" ", username, Objects.toString(displayName, ""),
                    Objects.toString(email, ""), unitCode, Objects.toString(unitName, "")));
            return SearchText.terms(query == null ? "" : query).stream().allMatch(text::contains);
        }
    }

    /** The add form as typed. */
    public record NewMembership(String username, String displayName, String unitCode, String role) {
        public static NewMembership empty() {
            return new NewMembership("", "", "", Role.REPORTER.name());
        }
    }

    static final int MAX_DISPLAY_NAME = 255;
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Inject
    UserService users;

    @Inject
    Event<MembershipGranted> granted;

    @Inject
    Event<MembershipRevoked> revoked;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    public List<Row> list() {
        access.requireTenantAdmin();
        LocalDate today = clock.today();
        Set<Long> administered = units.forest(access.unitsWithRole(ADMIN), List.of(), today).stream().map(UnitView::id)
                .collect(Collectors.toSet());
        // units that have ended are not in today's tree: ask about those one by one
        return users.memberships().stream()
                .filter(m -> administered.contains(m.unit.id)
                        || !m.unit.isValidOn(today) && access.has(m.unit, units.effectiveDay(m.unit, today), ADMIN))
                .map(Row::of).toList();
    }

    @Transactional
    public Membership add(NewMembership request) {
        access.requireTenantAdmin();
        AppMessages m = messages.get();
        String username = trim(request.username());
        String displayName = trim(request.displayName());
        String unitCode = trim(request.unitCode());
        List<String> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(m.fieldRequired(m.username()));
        } else if (!UserService.isValidUsername(username)) {
            problems.add(m.badUsername(UserService.MAX_USERNAME));
        }
        if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.add(m.tooLong(m.displayName(), MAX_DISPLAY_NAME));
        }
        if (unitCode.isEmpty()) {
            problems.add(m.fieldRequired(m.navUnits()));
        }
        Role role = parseRole(request.role());
        if (role == null) {
            problems.add(m.fieldRequired(m.role()));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        LocalDate today = clock.today();
        Unit unit = units.require(unitCode);
        access.requireVisible(unit, units.effectiveDay(unit, today));
        if (!unit.isValidOn(today)) {
            throw PortalException.invalid(m.unitNotValidOn(unit.code, today.format(PortalClock.DATE)));
        }
        access.require(unit, today, ADMIN);
        Optional<AppUser> existing = AppUser.findByUsername(username);
        if (existing.isPresent() && !unit.tenantId.equals(existing.get().tenantCode)) {
            throw PortalException.invalid(m.userOtherTenant(username));
        }
        Membership membership = users.grant(username, displayName.isEmpty() ? null : displayName, unit, role);
        granted.fire(new MembershipGranted(membership));
        return membership;
    }

    @Transactional
    public void remove(long membershipId) {
        access.requireTenantAdmin();
        Membership membership = Membership.<Membership> findByIdOptional(membershipId)
                .orElseThrow(() -> PortalException.notFound(messages.get().notFound()));
        LocalDate day = units.effectiveDay(membership.unit, clock.today());
        access.require(membership.unit, day, ADMIN);
        revoked.fire(new MembershipRevoked(membership));
        users.revoke(membershipId);
    }

    private static Role parseRole(String text) {
        try {
            return text == null || text.isBlank() ? null : Role.fromCode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
