package vn.tonghop.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.home.Dashboard.DistrictProgress;
import vn.tonghop.home.Dashboard.Watched;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/** The provincial viewer's part of the home page: the campaigns of the province, with completeness by district. */
@ApplicationScoped
@Transactional
public class WatchedCampaigns {

    @Inject
    CampaignAccess campaigns;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    /** Units where I am viewer at province (or ministry) level: their subtree is a whole province. */
    List<Unit> provincialViewerUnits() {
        return access.unitsWithRole(EnumSet.of(Role.VIEWER)).stream()
                .filter(u -> u.kind.level() <= UnitKind.PROVINCE.level()).toList();
    }

    /** Campaigns in my reach that start a chain (their relays are counted inside), newest first. */
    List<Campaign> watchedCampaigns() {
        List<Campaign> reach = campaigns.issuedInMyReach().stream()
                .filter(c -> c.status == CampaignStatus.PUBLISHED || c.status == CampaignStatus.CLOSED).toList();
        Set<Long> ids = new HashSet<>();
        reach.forEach(c -> ids.add(c.id));
        return reach.stream().filter(c -> c.parent == null || !ids.contains(c.parent.id))
                .sorted(Comparator.comparing((Campaign c) -> c.id).reversed()).limit(Dashboard.LIMIT).toList();
    }

    Watched watched(Campaign root, List<Unit> viewerUnits) {
        List<Long> ids = chain(root);
        List<Submission> all = Submission
                .<Submission> find("from Submission s join fetch s.unit where s.campaign.id in ?1", ids).list();
        Reach reach = Reach.of(units, viewerUnits, root.referenceDay());
        Map<Long, int[]> counts = new LinkedHashMap<>();
        int submitted = 0;
        for (Submission s : all) {
            submitted += s.status == SubmissionStatus.SUBMITTED ? 1 : 0;
            UnitView district = reach.districtOf(s.unit.id);
            if (district != null) {
                int[] c = counts.computeIfAbsent(district.id(), k -> new int[2]);
                c[0]++;
                c[1] += s.status == SubmissionStatus.SUBMITTED ? 1 : 0;
            }
        }
        List<DistrictProgress> districts = new ArrayList<>();
        counts.entrySet().stream().sorted(Comparator.comparingInt(e -> reach.order(e.getKey()))).forEach(e -> {
            UnitView d = reach.unit(e.getKey());
            int[] c = e.getValue();
            districts.add(new DistrictProgress(d.code(), d.name(), c[0], c[1], Formats.percentOf(c[1], c[0])));
        });
        return new Watched(root.id, root.title, root.letterNumber, root.issuerUnit.name, root.periodLabel,
                PortalClock.local(root.deadline), all.size(), submitted, Formats.percentOf(submitted, all.size()),
                districts);
    }

    /** The campaign and every relay below it (drafts excluded: nobody reports to them yet). */
    static List<Long> chain(Campaign root) {
        List<Long> ids = new ArrayList<>(List.of(root.id));
        List<Long> level = List.of(root.id);
        while (!level.isEmpty()) {
            List<Long> next = Campaign.<Campaign> list("parent.id in ?1 and status <> ?2", level, CampaignStatus.DRAFT)
                    .stream().map(c -> c.id).toList();
            ids.addAll(next);
            level = next;
        }
        return ids;
    }
}
