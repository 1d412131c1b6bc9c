package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.TableDef;

/** The README's complete example must stay a valid template. */
class TemplateReadmeTest {

    static String example() throws IOException {
        String md = Files.readString(Path.of("templates-outline/README.md"), StandardCharsets.UTF_8);
        int from = md.indexOf("```yaml", md.indexOf("## Complete example"));
        assertTrue(from > 0, "no yaml block after '## Complete example'");
        int start = md.indexOf('\n', from) + 1;
        return md.substring(start, md.indexOf("```", start));
    }

    @Test
    void completeExampleParses() throws IOException {
        TemplateParseResult r = new TemplateParser().parse(example(), "README.md");
        assertTrue(r.isValid(), r::errorReport);
        OutlineTemplate t = r.template();
        assertEquals(List.of("I", "II", "III", "IV", ""), t.sections().stream().map(Section::ordinal).toList());
        assertEquals(List.of("a)", "b)", "đ)", "-"),
                t.section("chat-luong").orElseThrow().children().stream().map(Section::label).toList());
        assertEquals("2", t.section("chat-luong").orElseThrow().ordinal());
        assertEquals(List.of(RowModel.UNITS, RowModel.FIXED, RowModel.FIXED, RowModel.FREE),
                t.tables().stream().map(TableDef::rowModel).toList());
        assertEquals(50, t.table("van-ban").orElseThrow().maxRows());
        TableDef pl = t.table("phu-luc-2").orElseThrow();
        assertEquals(3, pl.headerDepth());
        assertTrue(pl.unitGroups().get(1).subtotal());
        assertEquals(RollupRule.COUNT, t.table("thong-ke").orElseThrow().column("co_so_hoa").orElseThrow().rollup());
        Map<String, Object> total = new Aggregator().aggregate(t.table("thong-ke").orElseThrow(),
                List.of(Map.of("thoi_gian_tb", 2, "co_so_hoa", true), Map.of("thoi_gian_tb", 3)));
        assertEquals(new BigDecimal("2.50"), total.get("thoi_gian_tb"));
        assertEquals(BigDecimal.valueOf(1), total.get("co_so_hoa"));
    }
}
