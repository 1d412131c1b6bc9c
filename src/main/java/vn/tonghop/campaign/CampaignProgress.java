package vn.tonghop.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.time.PortalClock;

/** How far a campaign's recipients are: the counts of submitted, late and missing, and each slot's status. */
@ApplicationScoped
@Transactional
public class CampaignProgress {

    public record Progress(int expected, int submitted, int late, int missing) {
        static final Progress NONE = new Progress(0, 0, 0, 0);
    }

    private static final String PROGRESS = """
            select s.campaign.id, count(s),
                   sum(case when s.status = :submitted then 1 else 0 end),
                   sum(case when s.status = :submitted and s.late = true then 1 else 0 end),
                   sum(case when s.status <> :submitted and coalesce(s.deadlineOverride, c.deadline) < :now
                            then 1 else 0 end)
              from Submission s join s.campaign c where c.id in :ids group by s.campaign.id""";

    @Inject
    PortalClock clock;

    /** How many of the campaign's recipients have submitted, late among them, and are missing at this instant. */
    public Progress progress(Campaign c) {
        return progress(List.of(c)).get(c.id);
    }

    /** {@link #progress(Campaign)} of many campaigns in one query (a ministry's list holds hundreds of relays). */
    public Map<Long, Progress> progress(List<Campaign> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, Progress> out = new HashMap<>();
        for (Object[] r : Submission.getEntityManager().createQuery(PROGRESS, Object[].class)
                .setParameter("submitted", SubmissionStatus.SUBMITTED).setParameter("now", clock.nowOffset())
                .setParameter("ids", list.stream().map(c -> c.id).toList()).getResultList()) {
            out.put((Long) r[0], new Progress(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        list.forEach(c -> out.putIfAbsent(c.id, Progress.NONE));
        return out;
    }

    /** Status as the issuer reads it: not opened, draft, submitted, submitted late, returned, missing. */
    public String displayStatus(Submission s) {
        if (s.status == SubmissionStatus.SUBMITTED) {
            return s.late ? "SUBMITTED_LATE" : "SUBMITTED";
        }
        if (s.campaign.status != CampaignStatus.DRAFT && clock.nowOffset().isAfter(s.effectiveDeadline())) {
            return "MISSING";
        }
        return s.awaitsApproval() ? "AWAITING_APPROVAL" : s.status.name();
    }
}
