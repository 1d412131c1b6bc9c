package vn.tonghop.campaign;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;

/** Which units were late most often over a series of campaigns: submitted late, or missing once overdue. */
@ApplicationScoped
public class CampaignTimeliness {

    /** A unit and how many of the campaigns it was late in. */
    public record LateUnit(String unitCode, String unitName, int times) {
    }

    private static final String LATE = """
            select s.unit.code, s.unit.name, count(s) from Submission s join s.campaign c
             where c.id in :ids and ((s.status = :submitted and s.late = true)
                or (s.status <> :submitted and coalesce(s.deadlineOverride, c.deadline) < :now))
             group by s.unit.code, s.unit.name order by count(s) desc, s.unit.code""";

    @Inject
    PortalClock clock;

    /** The units late most often in these campaigns, most often first; at most {@code limit}. */
    public List<LateUnit> lateMostOften(List<Campaign> campaigns, int limit) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        return Campaign.getEntityManager().createQuery(LATE, Object[].class)
                .setParameter("ids", campaigns.stream().map(c -> c.id).toList())
                .setParameter("submitted", SubmissionStatus.SUBMITTED).setParameter("now", clock.nowOffset())
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new LateUnit((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }
}
