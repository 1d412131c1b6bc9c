package vn.tonghop.campaign;

import vn.tonghop.unit.Unit;

/**
 * A published campaign now asks this unit for a report, at publishing or when the unit is added later (a CDI event:
 * notification, above this package, tells the unit).
 */
public record CampaignPublished(Campaign campaign, Unit unit) {
}
