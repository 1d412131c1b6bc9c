package vn.tonghop.rollup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The consolidation of a campaign as the API and pages show it: annex tables laid out the way officials lay them out
 * (groups, sub-groups, totals that say how many units they cover), the compiled narratives, and who has reported.
 */
public record RollupView(long campaignId, String title, String periodLabel, String issuerUnitCode,
        String issuerUnitName, OffsetDateTime deadline, Long parentId, boolean includesDrafts, boolean collapsed,
        List<TableRollup> tables, List<NarrativeRollup> narratives, Completeness completeness) {

    /** The same rollup with other tables. */
    public RollupView withTables(List<TableRollup> other) {
        return new RollupView(campaignId, title, periodLabel, issuerUnitCode, issuerUnitName, deadline, parentId,
                includesDrafts, collapsed, other, narratives, completeness);
    }

    public record ColumnInfo(String code, String header, String type, String rollup, boolean computed, String unit,
            int scale) {
    }

    /**
     * One annex table. {@code groups} and {@code grandTotal} for tables of units (and, for free tables, one group per
     * unit); {@code rows} for tables of fixed rows.
     */
    public record TableRollup(String code, String title, String subtitle, String notes, String rowModel,
            String labelHeader, List<ColumnInfo> columns, List<Group> groups, Total grandTotal, List<FixedRow> rows,
            Coverage coverage) {
    }

    /**
     * A block of rows, e.g. "B. CẤP XÃ, PHƯỜNG (08)". {@code rows} lists every unit row of the block in order (or, when
     * collapsed, one row per sub-group); {@code subgroups} structures them by district.
     */
    public record Group(String ordinal, String label, List<String> levels, List<UnitRow> rows, List<Subgroup> subgroups,
            Total total, Coverage coverage) {
    }

    /**
     * Units under one unit (a district and its communes) inside a group: "I. Thị xã Bỉm Sơn". JSON names its rows by
     * unit code only: they are the group's rows already, and a national rollup would carry its 10,600 twice.
     */
    public record Subgroup(String ordinal, String unitCode, String label,
            @com.fasterxml.jackson.annotation.JsonIgnore List<UnitRow> rows, Total total, Coverage coverage) {

        @com.fasterxml.jackson.annotation.JsonProperty("unitCodes")
        public List<String> unitCodes() {
            return rows.stream().map(UnitRow::unitCode).toList();
        }
    }

    /**
     * A unit's row. {@code status} is the report's status (NOT_OPENED, DRAFT, SUBMITTED, SUBMITTED_LATE, RETURNED,
     * MISSING; ISSUER for the issuing unit's own row). Cells are empty when the report is not counted.
     */
    public record UnitRow(String ordinal, String unitCode, String unitName, String kind, String status, boolean late,
            boolean counted, Map<String, Object> cells, Long campaignId, Long childCampaignId) {
    }

    /** A total row and how many units it covers. */
    public record Total(String label, Map<String, Object> cells, Coverage coverage) {
    }

    /** "6/8 đơn vị": units whose figures are counted, of those expected. */
    public record Coverage(int submitted, int expected) {
        @com.fasterxml.jackson.annotation.JsonProperty("label")
        public String label() {
            return submitted + "/" + expected;
        }

        public boolean complete() {
            return submitted == expected;
        }
    }

    /** A predefined row of a fixed table, aggregated cell by cell over the units. */
    public record FixedRow(String key, String label, int depth, boolean heading, Map<String, Object> cells) {
    }

    /**
     * Each section of the outline: every unit's text, the issuer's consolidated text (her edited text, else the draft)
     * and the draft synthesised from the units' texts, whose sentences cite the reports they came from.
     */
    public record NarrativeRollup(String sectionCode, String heading, int depth, List<UnitText> texts,
            String consolidated, boolean edited, String draft) {

        /** The consolidated text as official documents print it: without the citation marks. */
        public String official() {
            return vn.tonghop.rollup.synthesis.Citations.strip(consolidated);
        }
    }

    public record UnitText(String unitCode, String unitName, String status, long version, String html) {
    }

    /** Who has reported: counts, percentages and each recipient's state. */
    public record Completeness(int expected, int submitted, int onTime, int late, int missing, int pending,
            int submittedPercent, int onTimePercent, int latePercent, int missingPercent, List<UnitStatus> units,
            List<GroupCompleteness> byGroup) {
    }

    /** A recipient's state. {@code lateMinutes} is how late it submitted (0 when on time). */
    public record UnitStatus(String unitCode, String unitName, String kind, String status, OffsetDateTime deadline,
            OffsetDateTime submittedAt, boolean late, long lateMinutes, String signerName, String signerTitle,
            Long childCampaignId, Coverage childCoverage) {

        public long lateDays() {
            return lateMinutes / (24 * 60);
        }

        public long lateHoursPart() {
            return lateMinutes % (24 * 60) / 60;
        }
    }

    public record GroupCompleteness(String label, int expected, int submitted, int onTime, int late, int missing) {
    }
}
