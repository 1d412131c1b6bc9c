package vn.tonghop.regime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.CampaignTimeliness;
import vn.tonghop.campaign.CampaignTimeliness.LateUnit;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;

/**
 * Timeliness over time for the home page: per regime the user reads from the issuer's side, the share of reports on
 * time in each of its last periods and the units late most often. The home page includes it as a fragment, so that the
 * home feature needs nothing of regimes.
 */
@RequestScoped
@Named("regimeTimeliness")
public class RegimeTimeliness {

    /** How many of a regime's latest periods are shown, and how many late units. */
    static final int PERIODS = 8;
    static final int LATE_UNITS = 5;

    /** One period: on time out of expected; {@code due} once its deadline has passed. */
    public record Rate(String label, int onTime, int expected, int late, int missing, boolean due) {

        public int percent() {
            return expected == 0 ? 0 : Math.round(100f * onTime / expected);
        }
    }

    public record Row(long id, String title, String issuerUnitName, List<Rate> rates, List<LateUnit> lateUnits) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    RegimeService regimes;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    CampaignTimeliness timeliness;

    @Inject
    PortalClock clock;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = currentUser.isRegistered() ? compute() : List.of();
        }
        return rows;
    }

    private List<Row> compute() {
        List<Row> out = new ArrayList<>();
        OffsetDateTime now = clock.nowOffset();
        for (Regime r : regimes.readable()) {
            if (!regimes.isIssuerSide(r)) {
                continue;
            }
            List<OpenedPeriod> opened = regimes.opened(r).stream().filter(o -> o.campaign != null)
                    .sorted(Comparator.comparing((OpenedPeriod o) -> o.campaign.periodStart)).toList();
            if (opened.isEmpty()) {
                continue;
            }
            List<Campaign> latest = opened.subList(Math.max(0, opened.size() - PERIODS), opened.size()).stream()
                    .map(o -> o.campaign).toList();
            var progress = campaignProgress.progress(latest);
            List<Rate> rates = latest.stream().map(c -> {
                CampaignProgress.Progress p = progress.get(c.id);
                return new Rate(c.periodLabel, p.submitted() - p.late(), p.expected(), p.late(), p.missing(),
                        now.isAfter(c.deadline));
            }).toList();
            out.add(new Row(r.id, r.title, r.issuerUnit.name, rates, timeliness.lateMostOften(latest, LATE_UNITS)));
        }
        return out;
    }
}
