package vn.tonghop.anomaly;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A figure out of line: where it is, why (against the peers, against the unit's earlier period), how far (the rank
 * score: 1 at the threshold), and what was said about it. Status OPEN, JUSTIFIED (the reporter explained) or VERIFIED.
 */
public record Flag(String unitCode, String unitName, String table, String tableTitle, String row, String rowLabel,
        String column, String columnTitle, BigDecimal value, List<Reason> reasons, double score, String status,
        String justification, String justifiedBy, OffsetDateTime justifiedAt, String verifiedBy,
        OffsetDateTime verifiedAt) {

    /** One ground for the flag: PEERS (with the peers' median) or PREVIOUS_PERIOD (with the earlier figure). */
    public record Reason(String kind, BigDecimal reference, String message) {
    }
}
