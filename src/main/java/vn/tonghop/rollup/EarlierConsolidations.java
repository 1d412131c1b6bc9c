package vn.tonghop.rollup;

import java.util.Optional;

import vn.tonghop.campaign.Campaign;
import vn.tonghop.template.model.PeriodOffset;

/**
 * The campaign that the same issuing unit consolidated in an earlier period of the same regime, for the earlier-period
 * columns of its own row. Regimes are a feature above this one: they implement this.
 */
public interface EarlierConsolidations {

    /** The earlier period as officials name it ("Quý I/2027") and the issuer's campaign of it. */
    record Earlier(String periodLabel, Campaign campaign) {
    }

    /** Empty when the campaign is of no regime, that period was never opened, or the issuer had no campaign in it. */
    Optional<Earlier> find(Campaign campaign, PeriodOffset offset);
}
