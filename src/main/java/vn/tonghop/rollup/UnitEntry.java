package vn.tonghop.rollup;

import java.util.Map;

import vn.tonghop.unit.UnitKind;

/**
 * A unit's row in a {@code units} table rollup, before layout.
 *
 * @param counted
 *            its figures are counted (a submitted report, or a draft when drafts are shown)
 * @param campaignId
 *            the campaign whose report the row comes from (the root's or a relayed one)
 * @param childCampaignId
 *            the campaign this unit relayed to its own subordinates, for drill-down
 */
record UnitEntry(String code, String name, UnitKind kind, String status, boolean late, boolean counted,
        Map<String, Object> cells, long campaignId, Long childCampaignId, boolean issuer) {
}
