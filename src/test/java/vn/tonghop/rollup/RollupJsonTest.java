package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A rollup written around its kept tables' JSON reads as the rollup written whole. */
class RollupJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final RollupJson json = new RollupJson(mapper);

    private static RollupView rollup(String title) {
        RollupView.UnitRow row = new RollupView.UnitRow("1", "14794", "UBND phường Ba Đình", "COMMUNE", "SUBMITTED",
                false, true, Map.of("ho_so_nhan", 10), 7L, null);
        RollupView.Group group = new RollupView.Group("A", "CẤP XÃ (01)", List.of("COMMUNE"), List.of(row),
                List.of(new RollupView.Subgroup("I", "381", "Thị xã Bỉm Sơn", List.of(row), null, null)), null,
                new RollupView.Coverage(1, 1));
        RollupView.TableRollup table = new RollupView.TableRollup("phu-luc-2", "Phụ lục 2", null, null, "units", null,
                List.of(), List.of(group), null, null, new RollupView.Coverage(1, 1));
        RollupView.NarrativeRollup text = new RollupView.NarrativeRollup("uu-diem", "Ưu điểm", 1, List.of(),
                "<p>\"tables\":[] trong một câu</p>", true, "");
        return new RollupView(7, title, "quý I/2025", "381", "Thị xã Bỉm Sơn",
                OffsetDateTime.of(2025, 4, 10, 17, 0, 0, 0, ZoneOffset.ofHours(7)), null, false, false, List.of(table),
                List.of(text), null);
    }

    @Test
    void theSplicedRollupIsTheRollupWrittenWhole() throws Exception {
        // a title that spells the marker is written escaped, so the tables land in their own field
        RollupView view = rollup("Báo cáo \"tables\":[] quý I");
        byte[] spliced = json.view(view, json.tables(view.tables()));
        assertEquals(mapper.readTree(mapper.writeValueAsBytes(view)), mapper.readTree(spliced));
    }

    @Test
    void aSubgroupNamesItsRowsByUnitCode() throws Exception {
        var tree = mapper.readTree(json.view(rollup("t"), json.tables(rollup("t").tables())));
        var subgroup = tree.at("/tables/0/groups/0/subgroups/0");
        assertEquals("[\"14794\"]", subgroup.get("unitCodes").toString());
        assertEquals(null, subgroup.get("rows"));
    }
}
