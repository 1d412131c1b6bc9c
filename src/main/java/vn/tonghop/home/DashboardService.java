package vn.tonghop.home;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.home.Dashboard.Issued;
import vn.tonghop.home.Dashboard.Pending;
import vn.tonghop.home.Dashboard.Returned;
import vn.tonghop.home.Dashboard.Series;
import vn.tonghop.home.Dashboard.ToDo;
import vn.tonghop.home.Dashboard.Watched;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.SubmissionVersion;
import vn.tonghop.unit.Unit;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The home page's work, read from the same services as the rest of the portal and scoped the same way: the tenant by
 * the discriminator, units by the user's memberships.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    private static final Set<Role> WRITERS = EnumSet.of(Role.REPORTER, Role.APPROVER);

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    WatchedCampaigns watching;

    @Inject
    DashboardSeries series;

    public Dashboard dashboard() {
        List<Submission> open = reportsToDo();
        List<Watched> watched = new ArrayList<>();
        List<Series> charts = new ArrayList<>();
        List<Unit> provincial = watching.provincialViewerUnits();
        if (!provincial.isEmpty()) {
            List<Campaign> roots = watching.watchedCampaigns();
            roots.forEach(c -> watched.add(watching.watched(c, provincial)));
            charts.addAll(series.charts(roots));
        }
        Dashboard.Roles roles = new Dashboard.Roles(!access.unitsWithRole(WRITERS).isEmpty(),
                !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty(), !provincial.isEmpty());
        return new Dashboard(roles, open.stream().map(this::toDo).toList(),
                open.stream().filter(s -> s.status == SubmissionStatus.RETURNED).map(this::returned).toList(), issued(),
                watched, charts);
    }

    // ---- commune staff ----

    /** My units' reports not yet submitted (reporter or approver there), nearest deadline first. */
    List<Submission> reportsToDo() {
        Set<Long> writerUnits = new HashSet<>();
        access.unitsWithRole(WRITERS).forEach(u -> writerUnits.add(u.id));
        return campaigns.inbox().stream()
                .filter(s -> writerUnits.contains(s.unit.id) && s.status != SubmissionStatus.SUBMITTED).toList();
    }

    private ToDo toDo(Submission s) {
        Campaign c = s.campaign;
        OffsetDateTime deadline = s.effectiveDeadline();
        boolean overdue = clock.nowOffset().isAfter(deadline);
        return new ToDo(c.id, c.title, c.letterNumber, c.issuerUnit.name, s.unit.code, s.unit.name,
                campaignProgress.displayStatus(s), PortalClock.local(deadline), overdue, timeLeft(deadline),
                formUrl(c, s.unit));
    }

    private Returned returned(Submission s) {
        Optional<SubmissionVersion> version = SubmissionVersion
                .<SubmissionVersion> find("submission = ?1 and status = ?2 order by number desc", s,
                        SubmissionStatus.RETURNED)
                .firstResultOptional();
        return new Returned(s.campaign.id, s.campaign.title, s.unit.code, s.unit.name, s.returnComment,
                version.map(v -> v.createdBy).orElse(s.updatedBy),
                PortalClock.local(version.map(v -> v.createdAt).orElse(s.updatedAt)), formUrl(s.campaign, s.unit));
    }

    static String formUrl(Campaign c, Unit unit) {
        return "/campaigns/" + c.id + "/submissions/" + unit.code;
    }

    String timeLeft(OffsetDateTime deadline) {
        AppMessages msg = messages.get();
        Duration left = Duration.between(clock.now(), deadline.toInstant());
        return left.isNegative() ? msg.overdue() : msg.timeLeft(left.toDays(), left.toHoursPart());
    }

    // ---- issuers ----

    /** Open campaigns issued from the units where I am issuer, newest first, with who has not submitted. */
    List<Issued> issued() {
        List<Unit> issuerUnits = access.unitsWithRole(EnumSet.of(Role.ISSUER));
        if (issuerUnits.isEmpty()) {
            return List.of();
        }
        List<Campaign> list = Campaign
                .<Campaign> find("from Campaign c join fetch c.issuerUnit where c.issuerUnit in ?1 and c.status = ?2"
                        + " order by c.id desc", issuerUnits, CampaignStatus.PUBLISHED)
                .page(0, Dashboard.LIMIT).list();
        List<Issued> out = new ArrayList<>();
        OffsetDateTime now = clock.nowOffset();
        for (Campaign c : list) {
            List<Submission> all = campaigns.submissions(c);
            int submitted = 0, late = 0, missing = 0;
            List<Pending> pending = new ArrayList<>();
            for (Submission s : all) {
                if (s.status == SubmissionStatus.SUBMITTED) {
                    submitted++;
                    late += s.late ? 1 : 0;
                    continue;
                }
                boolean overdue = now.isAfter(s.effectiveDeadline());
                missing += overdue ? 1 : 0;
                pending.add(new Pending(s.unit.code, s.unit.name, campaignProgress.displayStatus(s),
                        PortalClock.local(s.effectiveDeadline()), overdue));
            }
            // the overdue first: they are the ones to chase
            pending.sort(Comparator.comparing((Pending p) -> !p.overdue()));
            out.add(new Issued(c.id, c.title, c.letterNumber, c.issuerUnit.code, c.issuerUnit.name, c.periodLabel,
                    PortalClock.local(c.deadline), all.size(), submitted, late, missing,
                    Formats.percentOf(submitted, all.size()), pending, !pending.isEmpty() && campaigns.canManage(c)));
        }
        return out;
    }
}
