package vn.tonghop.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.submission.EarlierReports;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.unit.UnitEvent;

/**
 * Units' accepted reports of an earlier period of the same regime: the regime's campaign of that period, or a relay of
 * it, holds them. A unit formed by merging others since that period (the 2025 reform) is represented by the reports of
 * the units merged into it, followed back through the dated merges, so that their figures add up to its own. A
 * campaign's reports are looked up together (a few queries whatever their number). Works inside the caller's
 * transaction, within its tenant.
 */
@ApplicationScoped
public class RegimeEarlierReports implements EarlierReports {

    /** Relays below a regime's campaign that are searched: province → district → commune and one level more. */
    static final int RELAY_DEPTH = 3;

    /** How many merges back a unit is followed (a loop would be a data error). */
    private static final int MAX_MERGES = 10;

    private static final String ACCEPTED = "select s from Submission s join fetch s.unit u join s.campaign c"
            + " left join c.parent p1 left join p1.parent p2"
            + " where u.id in ?1 and s.status = ?2 and (c = ?3 or p1 = ?3 or p2 = ?3)"
            + " order by s.submittedAt desc, s.id desc";

    /** An earlier period of the regime a campaign belongs to, with that period's campaign. */
    record Earlier(RegimePeriod period, Campaign campaign) {
    }

    @Override
    public Map<Long, Found> findAll(List<Submission> submissions, PeriodOffset offset) {
        Map<Long, List<Submission>> byCampaign = new LinkedHashMap<>();
        Map<Long, Campaign> campaigns = new HashMap<>();
        for (Submission s : submissions) {
            byCampaign.computeIfAbsent(s.campaign.id, k -> new ArrayList<>()).add(s);
            campaigns.putIfAbsent(s.campaign.id, s.campaign);
        }
        Map<Long, Found> out = new HashMap<>();
        byCampaign.forEach(
                (id, reports) -> earlier(campaigns.get(id), offset).ifPresent(e -> out.putAll(reportsOf(reports, e))));
        return out;
    }

    private Map<Long, Found> reportsOf(List<Submission> submissions, Earlier earlier) {
        // each unit that reports now, and each unit merged into it since, stands for the unit of its report
        Map<Long, Long> standsFor = new HashMap<>();
        submissions.forEach(s -> standsFor.put(s.unit.id, s.unit.id));
        followMerges(standsFor, earlier.period().start());
        Map<Long, Map<Long, Report>> byUnit = new HashMap<>();
        for (Submission s : Submission
                .<Submission> find(ACCEPTED, standsFor.keySet(), SubmissionStatus.SUBMITTED, earlier.campaign())
                .list()) {
            // the latest accepted one where a unit reported in two campaigns of the period
            byUnit.computeIfAbsent(standsFor.get(s.unit.id), k -> new LinkedHashMap<>()).putIfAbsent(s.unit.id,
                    new Report(s.unit.code, SubmissionContent.of(s)));
        }
        Map<Long, Found> out = new HashMap<>();
        for (Submission s : submissions) {
            out.put(s.id, new Found(earlier.period().label(),
                    new ArrayList<>(byUnit.getOrDefault(s.unit.id, Map.of()).values())));
        }
        return out;
    }

    /** The period {@code offset} before the campaign's, when the campaign (or the one it relays) is a regime's. */
    Optional<Earlier> earlier(Campaign campaign, PeriodOffset offset) {
        Optional<OpenedPeriod> opened = periodOf(campaign);
        Optional<RegimePeriod> period = opened.flatMap(o -> RegimePeriod.parse(o.regime.frequency, o.periodCode));
        if (period.isEmpty()) {
            return Optional.empty();
        }
        RegimePeriod then = offset == PeriodOffset.PREVIOUS ? period.get().previous() : period.get().sameLastYear();
        return OpenedPeriod.<OpenedPeriod> find("regime = ?1 and periodCode = ?2", opened.get().regime, then.code())
                .firstResultOptional().filter(o -> o.campaign != null).map(o -> new Earlier(then, o.campaign));
    }

    /** The regime period whose campaign this is, or whose campaign this relays (through a few levels). */
    Optional<OpenedPeriod> periodOf(Campaign campaign) {
        List<Long> chain = new ArrayList<>();
        for (Campaign c = campaign; c != null && chain.size() <= RELAY_DEPTH; c = c.parent) {
            chain.add(c.id);
        }
        List<OpenedPeriod> found = OpenedPeriod
                .<OpenedPeriod> find("from OpenedPeriod o join fetch o.regime where o.campaign.id in ?1", chain).list();
        for (Long id : chain) {
            for (OpenedPeriod o : found) {
                if (o.campaign != null && id.equals(o.campaign.id)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** Adds every unit merged (directly or through others) after {@code since} into a unit already in the map. */
    private static void followMerges(Map<Long, Long> standsFor, LocalDate since) {
        List<Long> frontier = new ArrayList<>(standsFor.keySet());
        for (int round = 0; round < MAX_MERGES && !frontier.isEmpty(); round++) {
            List<UnitEvent> merged = UnitEvent.<UnitEvent> find(
                    "from UnitEvent e join fetch e.unit join fetch e.target where e.target.id in ?1 and e.kind = ?2"
                            + " and e.effectiveOn > ?3",
                    frontier, UnitEvent.Kind.MERGE, since).list();
            frontier = new ArrayList<>();
            for (UnitEvent e : merged) {
                if (!standsFor.containsKey(e.unit.id)) {
                    standsFor.put(e.unit.id, standsFor.get(e.target.id));
                    frontier.add(e.unit.id);
                }
            }
        }
    }
}
