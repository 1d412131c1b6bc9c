package vn.tonghop.regime;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.rollup.EarlierConsolidations;
import vn.tonghop.template.model.PeriodOffset;

/**
 * The issuer's campaign of an earlier period of the regime: the period's campaign itself when the issuer issues the
 * regime, else its relay of it (a district relaying the province's regime), through the levels that are searched for
 * reports too.
 */
@ApplicationScoped
public class RegimeEarlierConsolidations implements EarlierConsolidations {

    private static final String ISSUED = "select x from Campaign x left join x.parent p1 left join p1.parent p2"
            + " where x.issuerUnit = ?1 and x.status <> ?2 and (x = ?3 or p1 = ?3 or p2 = ?3) order by x.id desc";

    @Inject
    RegimeEarlierReports reports;

    @Override
    public Optional<Earlier> find(Campaign campaign, PeriodOffset offset) {
        return reports.earlier(campaign, offset)
                .flatMap(e -> Campaign.<Campaign> find(ISSUED, campaign.issuerUnit, CampaignStatus.DRAFT, e.campaign())
                        .firstResultOptional().map(c -> new Earlier(e.period().label(), c)));
    }
}
