package vn.tonghop.regime;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.submission.EarlierReports;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.SubmissionStatus;
import vn.tonghop.template.model.PeriodOffset;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitEvent;

/**
 * A unit's accepted reports of an earlier period of the same regime: the regime's campaign of that period, or a relay
 * of it, holds them. A unit formed by merging others since that period (the 2025 reform) is represented by the reports
 * of the units merged into it, followed back through the dated merges, so that their figures add up to its own. Works
 * inside the caller's transaction, within its tenant.
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

    @Override
    public Optional<Found> find(Submission submission, PeriodOffset offset) {
        Optional<OpenedPeriod> opened = periodOf(submission.campaign);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Regime regime = opened.get().regime;
        Optional<RegimePeriod> period = RegimePeriod.parse(regime.frequency, opened.get().periodCode);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        RegimePeriod earlier = offset == PeriodOffset.PREVIOUS ? period.get().previous() : period.get().sameLastYear();
        Optional<Campaign> then = OpenedPeriod
                .<OpenedPeriod> find("regime = ?1 and periodCode = ?2", regime, earlier.code()).firstResultOptional()
                .map(o -> o.campaign);
        if (then.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> units = standingFor(submission.unit, earlier.start());
        Map<Long, Report> reports = new LinkedHashMap<>();
        for (Submission s : Submission.<Submission> find(ACCEPTED, units, SubmissionStatus.SUBMITTED, then.get())
                .list()) {
            // the latest accepted one where a unit reported in two campaigns of the period
            reports.putIfAbsent(s.unit.id, new Report(s.unit.code, s.content()));
        }
        return Optional.of(new Found(earlier.label(), new ArrayList<>(reports.values())));
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

    /** The unit and every unit merged into it (or into those, and so on) after {@code since}. */
    Set<Long> standingFor(Unit unit, LocalDate since) {
        Set<Long> out = new LinkedHashSet<>();
        out.add(unit.id);
        Deque<Long> todo = new ArrayDeque<>(List.of(unit.id));
        for (int round = 0; round < MAX_MERGES && !todo.isEmpty(); round++) {
            List<Long> targets = new ArrayList<>(todo);
            todo.clear();
            List<UnitEvent> merged = UnitEvent.<UnitEvent> find(
                    "from UnitEvent e join fetch e.unit where e.target.id in ?1 and e.kind = ?2 and e.effectiveOn > ?3",
                    targets, UnitEvent.Kind.MERGE, since).list();
            for (UnitEvent e : merged) {
                if (out.add(e.unit.id)) {
                    todo.add(e.unit.id);
                }
            }
        }
        return out;
    }
}
