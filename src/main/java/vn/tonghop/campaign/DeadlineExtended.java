package vn.tonghop.campaign;

import vn.tonghop.unit.Unit;

/** The campaign's deadline, or the unit's own, was extended (a CDI event: notification tells the unit why). */
public record DeadlineExtended(Campaign campaign, Unit unit, String reason) {
}
