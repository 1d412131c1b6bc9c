package vn.tonghop.template.outlineimport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnNode;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/**
 * The import of Word and Excel outlines typed from the seeds, asserted section by section and column by column against
 * the templates of templates-outline/ that were written by hand from the same seeds.
 */
@PortalTest
class OutlineImportApiTest {

    static final String AUTHOR = "vp.bimson";

    static JsonPath importFile(String resource) throws IOException {
        return Tokens.as(AUTHOR).multiPart("file", resource, bytes(resource)).post("/api/templates/import").then()
                .statusCode(200).extract().jsonPath();
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = OutlineImportApiTest.class.getResourceAsStream("/outline-import/" + resource)) {
            return in.readAllBytes();
        }
    }

    static OutlineTemplate seed(String file) throws IOException {
        return new TemplateParser().parse(Path.of("templates-outline", file)).orElseThrow();
    }

    /** "level title" of every section, in reading order; text sections only when {@code textOnly}. */
    static List<String> sections(OutlineTemplate t, boolean textOnly) {
        return t.flattenSections().stream().filter(s -> !textOnly || s.tableCode() == null)
                .map(s -> (s.depth() + 1) + " " + s.title()).toList();
    }

    static List<String> sections(JsonPath outline, boolean textOnly) {
        List<Map<String, Object>> all = outline.getList("outline.sections");
        return all.stream().filter(s -> !textOnly || s.get("table") == null)
                .map(s -> s.get("level") + " " + s.get("title")).toList();
    }

    /** "groups › title : type" of every leaf column. */
    static List<String> columns(TableDef t) {
        List<String> out = new ArrayList<>();
        collect(t.headerTree(), "", out);
        return out;
    }

    private static void collect(List<ColumnNode> nodes, String path, List<String> out) {
        for (ColumnNode n : nodes) {
            if (n instanceof ColumnNode.Group g) {
                collect(g.children(), path + g.header() + " › ", out);
            } else {
                Column c = ((ColumnNode.Leaf) n).column();
                out.add(path + c.header() + " : " + c.type().yamlName());
            }
        }
    }

    static List<String> columns(JsonPath json, int table) {
        List<Map<String, Object>> cols = json.getList("outline.tables[" + table + "].columns");
        return cols.stream().map(c -> {
            @SuppressWarnings("unchecked")
            List<String> groups = (List<String>) c.get("groups");
            return String.join("", groups.stream().map(g -> g + " › ").toList()) + c.get("title") + " : "
                    + c.get("type");
        }).toList();
    }

    static String code(JsonPath json, int table, String title) {
        List<Map<String, Object>> cols = json.getList("outline.tables[" + table + "].columns");
        return cols.stream().filter(c -> c.get("title").equals(title)).map(c -> (String) c.get("code")).findFirst()
                .orElseThrow();
    }

    static void assertYamlParses(JsonPath json) {
        Tokens.as(AUTHOR).contentType("text/plain; charset=UTF-8").body(json.getString("yaml"))
                .post("/api/templates/validate").then().statusCode(200);
    }

    @Test
    void wordOutlineInHeadingStylesMatchesTheSeedTemplate() throws IOException {
        JsonPath json = importFile("seed000-de-cuong.docx");
        OutlineTemplate seed = seed("mot-cua-2017-q1.yaml");
        assertEquals(sections(seed, true), sections(json, true));
        assertEquals("Báo cáo tình hình triển khai thực hiện cơ chế một cửa, cơ chế một cửa liên thông quý I/2017",
                json.getString("outline.title"));
        TableDef annex = seed.table("phu-luc-2").orElseThrow();
        assertEquals(columns(annex), columns(json, 0));
        assertEquals("Phụ lục II", json.getString("outline.tables[0].title"));
        assertEquals(annex.notes(), json.getString("outline.tables[0].notes"));
        assertEquals("units", json.getString("outline.tables[0].rowsKind"));
        assertEquals(List.of("Cấp huyện", "Cấp xã, phường"), json.getList("outline.tables[0].groups.label"));
        assertEquals(List.of(List.of("DISTRICT"), List.of("COMMUNE")), json.getList("outline.tables[0].groups.levels"));
        assertEquals("Tổng", json.getString("outline.tables[0].totalLabel"));
        assertEquals(List.of(), json.getList("outline.tables[0].rows"), "units tables have no typed rows");
        String d = code(json, 0, "Tổng số hồ sơ giải quyết đúng hạn");
        String q = code(json, 0, "Tổng số hồ sơ giải quyết quá hạn");
        assertEquals(d + " + " + q + " == 0 ? null : " + d + " * 100 / (" + d + " + " + q + ")",
                json.getString("outline.tables[0].columns.find { it.title == 'Tỷ lệ giải quyết đúng hạn' }.formula"));
        assertEquals(
                List.of("1 Kết quả triển khai",
                        "2 Số lượng các cơ quan, đơn vị thực hiện cơ chế một cửa, một cửa" + " liên thông"),
                sections(json, false).subList(0, 2));
        assertEquals(3, json.getString("outline.sections[1].guidance").lines().count());
        assertTrue(json.getList("outline.sections.table").contains(json.getString("outline.tables[0].code")),
                "the annex has a section that holds it");
        List<String> where = json.getList("warnings.where");
        assertEquals(1, where.size(), () -> "only the letter is left out: " + json.getList("warnings"));
        assertYamlParses(json);
    }

    @Test
    void wordOutlineWithoutStylesKeepsItsNumberedHierarchyAndTables() throws IOException {
        JsonPath json = importFile("seed001-khong-kieu.docx");
        OutlineTemplate seed = seed("bo-phan-mot-cua-2024.yaml");
        assertEquals(sections(seed, false), sections(json, false));
        assertEquals(List.of("arabic", "letter", "letter", "dash"),
                json.getList("outline.sections.numbering").subList(0, 4));
        TableDef stats = seed.table("thong-ke-tthc").orElseThrow();
        assertEquals(columns(stats), columns(json, 0));
        assertEquals("fixed", json.getString("outline.tables[0].rowsKind"));
        assertEquals(stats.flattenFixedRows().stream().map(r -> (r.depth() + 1) + " " + r.label()).toList(),
                json.getList("outline.tables[0].rows").stream()
                        .map(r -> ((Map<?, ?>) r).get("level") + " " + ((Map<?, ?>) r).get("title")).toList());
        assertEquals(true, json.getBoolean("outline.tables[0].total"));
        TableDef staff = seed.table("phu-luc-can-bo-bpmc").orElseThrow();
        assertEquals(columns(staff), columns(json, 1));
        assertEquals(List.of("CẤP TỈNH", "CẤP HUYỆN, CẤP XÃ"), json.getList("outline.tables[1].groups.label"));
        assertEquals(List.of(List.of("PROVINCE", "DEPARTMENT"), List.of("DISTRICT", "COMMUNE")),
                json.getList("outline.tables[1].groups.levels"));
        assertEquals("DISTRICT", json.getString("outline.tables[1].groups[1].subgroupBy"));
        assertEquals(false, json.getBoolean("outline.tables[1].groups[1].subtotal"));
        assertEquals(staff.issuerRowLabel(), json.getString("outline.tables[1].issuerRowLabel"));
        assertEquals(List.of(true),
                json.getList("outline.sections.findAll { it.title == 'Kiến nghị, đề xuất khác' }" + ".optional"));
        List<String> messages = json.getList("warnings.message");
        assertEquals(1, messages.size(), () -> "warnings: " + messages);
        assertTrue(messages.get(0).contains("Trung tâm Phục vụ hành chính công"), "a named row in a units table");
        assertYamlParses(json);
    }

    @Test
    void letteredItemsKeepTheirPrintedLetters() throws IOException {
        JsonPath json = importFile("seed002-dong-nai.docx");
        OutlineTemplate seed = seed("mot-cua-dong-nai-2017-09.yaml");
        assertEquals(sections(seed, false), sections(json, false));
        assertEquals(seed.title(), json.getString("outline.title"));
        assertEquals("đ",
                json.getString("outline.sections.find { it.title.startsWith('Triển khai các giải pháp') }.ordinal"));
        assertTrue(json.getString("yaml").contains("ordinal: đ"));
        assertEquals(List.of(), json.getList("warnings"));
    }

    @Test
    void aPlansTasksBecomeTheFixedRowsOfAProgressTable() throws IOException {
        JsonPath json = importFile("seed004-ke-hoach.docx");
        OutlineTemplate seed = seed("ke-hoach-mot-cua-2015.yaml");
        assertEquals(sections(seed, false), sections(json, false));
        TableDef tasks = seed.table("tien-do-nhiem-vu").orElseThrow();
        assertEquals(columns(tasks), columns(json, 0));
        assertEquals("fixed", json.getString("outline.tables[0].rowsKind"));
        assertEquals(tasks.flattenFixedRows().stream().map(r -> r.label()).toList(),
                json.getList("outline.tables[0].rows.title"));
        assertEquals(tasks.labelHeader(), json.getString("outline.tables[0].labelHeader"));
        assertEquals(List.of(), json.getList("warnings"),
                "a typed percentage beside no figures is not a ratio to guess");
    }

    @Test
    void aTableSplitOverTwoPagesIsOneTable() throws IOException {
        JsonPath whole = importFile("seed000-de-cuong.docx");
        JsonPath split = importFile("seed000-bang-ngat-trang.docx");
        assertEquals(1, split.getList("outline.tables").size());
        assertEquals(whole.getList("outline.tables"), split.getList("outline.tables"));
        assertEquals(whole.getList("warnings"), split.getList("warnings"));
    }

    @Test
    void excelWorkbookWithTwoSheetsGivesTwoTablesAndItsFormulas() throws IOException {
        JsonPath json = importFile("phu-luc-hai-trang.xlsx");
        assertEquals(2, json.getList("outline.tables").size());
        assertEquals(columns(seed("mot-cua-2017-q1.yaml").table("phu-luc-2").orElseThrow()), columns(json, 0));
        assertEquals(columns(seed("bo-phan-mot-cua-2024.yaml").table("phu-luc-can-bo-bpmc").orElseThrow()),
                columns(json, 1));
        String d = code(json, 0, "Tổng số hồ sơ giải quyết đúng hạn");
        String q = code(json, 0, "Tổng số hồ sơ giải quyết quá hạn");
        assertEquals(d + " + " + q + " == 0 ? null : " + d + " / (" + d + " + " + q + ") * 100",
                json.getString("outline.tables[0].columns[5].formula"), "Excel's IF over a % cell");
        assertEquals(
                code(json, 1, "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa") + " + "
                        + code(json, 1, "Công chức, viên chức do các cơ quan chuyên môn được cử đến"),
                json.getString("outline.tables[1].columns[0].formula"));
        assertEquals("Tổng", json.getString("outline.tables[0].totalLabel"), "SUM rows are the total, not data");
        assertEquals(List.of(), json.getList("warnings"));
        assertEquals(2, json.getList("outline.sections").size(), "one section per sheet");
        assertYamlParses(json);
    }

    @Test
    void theOptionalCodeNamesTheTemplate() throws IOException {
        Tokens.as(AUTHOR).multiPart("file", "a.docx", bytes("seed002-dong-nai.docx")).multiPart("code", "dong-nai-2017")
                .post("/api/templates/import").then().statusCode(200)
                .body("yaml", containsString("code: dong-nai-2017"))
                .body("outline.code", org.hamcrest.Matchers.is("dong-nai-2017"));
    }

    @Test
    void builderDraftsRoundTripEveryShippedTemplate() throws IOException {
        try (var files = Files.list(Path.of("templates-outline"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String yaml = Files.readString(f);
                Map<String, Object> draft = Tokens.as(AUTHOR).contentType("text/plain; charset=UTF-8").body(yaml)
                        .post("/api/templates/draft/outline").then().statusCode(200).extract().jsonPath().getMap("");
                String back = Tokens.as(AUTHOR).contentType("application/json").body(draft)
                        .post("/api/templates/draft/yaml").then().statusCode(200).body("warnings", hasSize(0)).extract()
                        .jsonPath().getString("yaml");
                assertEquals(new TemplateParser().parse(yaml, "a").orElseThrow(),
                        new TemplateParser().parse(back, "b").orElseThrow(), f.toString());
            }
        }
    }

    @Test
    void anImportedOutlineSavesAsATemplateVersion() throws IOException {
        String code = "nhap-" + System.nanoTime() % 1_000_000;
        String yaml = Tokens.as(AUTHOR).multiPart("file", "de-cuong.docx", bytes("seed001-khong-kieu.docx"))
                .multiPart("code", code).post("/api/templates/import").then().statusCode(200).extract().jsonPath()
                .getString("yaml");
        Tokens.as(AUTHOR).contentType("text/plain; charset=UTF-8").body(yaml).post("/api/templates").then()
                .statusCode(201).body("code", org.hamcrest.Matchers.is(code));
    }

    @Test
    void onlyAuthorsImport() throws IOException {
        Tokens.as("badinh.cb").multiPart("file", "a.docx", bytes("seed002-dong-nai.docx")).post("/api/templates/import")
                .then().statusCode(403);
        io.restassured.RestAssured.given().multiPart("file", "a.docx", bytes("seed002-dong-nai.docx"))
                .post("/api/templates/import").then().statusCode(401);
    }

}
