package vn.tonghop.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Role;

/** The user's reach over campaigns: which they may read or manage, and what of them and their relays they see. */
@ApplicationScoped
@Transactional
public class CampaignAccess {

    @Inject
    CampaignRecipients recipients;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @Inject
    Messages messages;

    /** A campaign the user may read: issued in their reach, or addressed to one of their units. */
    public Campaign find(long id) {
        Campaign c = Campaign.<Campaign> findByIdOptional(id)
                .orElseThrow(() -> PortalException.notFound(messages.get().campaignNotFound(id)));
        if (!canRead(c)) {
            throw PortalException.notFound(messages.get().campaignNotFound(id));
        }
        return c;
    }

    public boolean canRead(Campaign c) {
        return isIssuerSide(c) || isAddressedToMe(c);
    }

    /** The user reads the campaign as its issuer or from above it, and so sees every recipient. */
    public boolean isIssuerSide(Campaign c) {
        return access.has(c.issuerUnit, c.referenceDay(), EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN));
    }

    /** Only the issuing unit's own issuers act on its campaign; an issuer of a unit above reads it, as a viewer. */
    public boolean canManage(Campaign c) {
        return access.holdsAt(c.issuerUnit, EnumSet.of(Role.ISSUER));
    }

    /** A campaign the user may act on as its issuer. */
    Campaign requireIssuerRights(long id) {
        Campaign c = find(id);
        if (!canManage(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        return c;
    }

    private boolean isAddressedToMe(Campaign c) {
        // from the user's few memberships to the campaign's reports: the database's cached plan of the other way
        // round read every report of the tenant
        return currentUser.id().isPresent()
                && Submission.getEntityManager()
                        .createQuery("select count(m) from Membership m where m.user.id = :user"
                                + " and exists (from Submission s where s.campaign = :campaign and s.unit = m.unit)",
                                Long.class)
                        .setParameter("campaign", c).setParameter("user", currentUser.id().get()).getSingleResult() > 0;
    }

    private List<Long> myUnitIds() {
        return currentMemberships.memberships().stream().map(m -> m.unit.id).distinct().toList();
    }

    public List<Submission> submissions(Campaign c) {
        return recipients.slots(c);
    }

    /** The report slots the user may see: all of them from the issuer's side, else only their own units'. */
    public List<Submission> visibleSubmissions(Campaign c) {
        List<Submission> all = submissions(c);
        if (isIssuerSide(c)) {
            return all;
        }
        Set<Long> mine = Set.copyOf(myUnitIds());
        return all.stream().filter(s -> mine.contains(s.unit.id)).toList();
    }

    public List<Campaign> children(Campaign c) {
        return Campaign.list("parent = ?1 order by id", c);
    }

    /** Relays of a campaign that the user may read. */
    public List<Campaign> readableChildren(Campaign c) {
        return children(c).stream().filter(this::canRead).toList();
    }

    /** Campaigns issued from units in my issuer/viewer reach, newest first. */
    public List<Campaign> issuedInMyReach() {
        Long userId = currentUser.id().orElse(-1L);
        return Campaign.find(
                "from Campaign c join fetch c.issuerUnit where exists (from Membership m, UnitPlacement a,"
                        + " UnitPlacement p where m.user.id = :user and m.role in :roles and a.unit = m.unit"
                        + " and p.unit = c.issuerUnit and p.path like concat(a.path, '%')"
                        + " and a.validFrom <= c.periodEnd and (a.validTo is null or a.validTo >= c.periodEnd)"
                        + " and p.validFrom <= c.periodEnd and (p.validTo is null or p.validTo >= c.periodEnd))"
                        + " order by c.deadline desc",
                Map.of("user", userId, "roles", EnumSet.of(Role.ISSUER, Role.VIEWER, Role.ADMIN))).list();
    }

    /** My units' report slots in published campaigns, nearest deadline first. */
    public List<Submission> inbox() {
        List<Long> myUnits = myUnitIds();
        if (myUnits.isEmpty()) {
            return List.of();
        }
        return Submission.find(
                "from Submission s join fetch s.campaign c join fetch s.unit join fetch c.issuerUnit"
                        + " where s.unit.id in ?1 and c.status = ?2 order by coalesce(s.deadlineOverride, c.deadline)",
                myUnits, CampaignStatus.PUBLISHED).list();
    }
}
