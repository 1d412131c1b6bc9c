package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.Column;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.FixedRow;
import vn.tonghop.template.model.Frequency;
import vn.tonghop.template.model.HeaderCell;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.Section;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.Severity;
import vn.tonghop.template.model.TableDef;
import vn.tonghop.template.model.UnitLevel;

class SeedTemplatesTest {

    static final Path DIR = Path.of("templates-outline");
    final TemplateParser parser = new TemplateParser();

    OutlineTemplate load(String code) throws IOException {
        Path file = DIR.resolve(code + ".yaml");
        TemplateParseResult r = parser.parse(file);
        assertTrue(r.errors().isEmpty(), () -> code + ":\n" + r.errorReport());
        assertEquals(code, r.template().code(), "file name must be code + .yaml");
        return r.template();
    }

    static List<String> codes(List<Column> columns) {
        return columns.stream().map(Column::code).toList();
    }

    @Test
    void everyFileInTheFolderParsesAndIsNamedAfterItsCode() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(5, files.size(), files.toString());
        for (Path f : files) {
            TemplateParseResult r = parser.parse(f);
            assertTrue(r.isValid(), () -> r.errorReport());
            assertEquals(f.getFileName().toString(), r.template().code() + ".yaml");
        }
    }

    @Test
    void motCua2017Q1() throws IOException {
        OutlineTemplate t = load("mot-cua-2017-q1");
        assertEquals(1, t.version());
        assertEquals(ReportType.DINH_KY, t.reportType());
        assertEquals(Frequency.QUARTER, t.frequency());
        assertEquals("Công văn 675/UBND-VP ngày 24/4/2017 của UBND thị xã Bỉm Sơn", t.source());
        assertEquals(List.of("I", "II", "III"), t.sections().stream().map(Section::ordinal).toList());
        Section ketQua = t.sections().get(0);
        assertEquals("I. Kết quả triển khai", ketQua.heading());
        assertEquals(List.of("1", "2", "3"), ketQua.children().stream().map(Section::ordinal).toList());
        assertTrue(ketQua.children().get(1).guidance().contains("cấp độ 3, cấp độ 4"));
        Section so = t.section("phu-luc-2-so-lieu").orElseThrow();
        assertEquals(SectionKind.TABLE, so.kind());
        assertEquals("phu-luc-2", so.tableCode());
        assertEquals(2, so.depth());

        TableDef pl = t.table("phu-luc-2").orElseThrow();
        assertEquals("Phụ lục II", pl.title());
        assertEquals(RowModel.UNITS, pl.rowModel());
        assertEquals(List.of(UnitLevel.DISTRICT), pl.unitGroups().get(0).levels());
        assertEquals(List.of(UnitLevel.COMMUNE), pl.unitGroups().get(1).levels());
        assertTrue(pl.issuerRow());
        assertEquals(List.of("tthc_mot_cua", "tthc_lien_thong", "ho_so_nhan", "dung_han", "qua_han", "ty_le_dung_han",
                "ghi_chu"), codes(pl.columns()));
        assertEquals(RollupRule.NONE, pl.column("tthc_mot_cua").orElseThrow().rollup());
        assertEquals(RollupRule.NONE, pl.column("tthc_lien_thong").orElseThrow().rollup());
        assertEquals(RollupRule.SUM, pl.column("ho_so_nhan").orElseThrow().rollup());
        Column tyLe = pl.column("ty_le_dung_han").orElseThrow();
        assertTrue(tyLe.isComputed());
        assertEquals(ColumnType.PERCENT, tyLe.type());
        assertEquals(RollupRule.RECOMPUTE, tyLe.rollup());
        assertEquals(ColumnType.TEXT, pl.column("ghi_chu").orElseThrow().type());
        assertEquals(1, pl.rules().size());
        assertEquals("dung_han + qua_han <= ho_so_nhan", pl.rules().get(0).expr());
        assertEquals(Severity.ERROR, pl.rules().get(0).severity());

        // Two header rows: groups "Số TTHC đang thực hiện" (2 columns) and "Hồ sơ" (4), "Ghi chú" spans both.
        List<List<HeaderCell>> h = pl.headerRows();
        assertEquals(2, h.size());
        assertEquals(List.of("STT", "Tên đơn vị thực hiện cơ chế một cửa, một cửa liên thông", "Số TTHC đang thực hiện",
                "Hồ sơ", "Ghi chú"), h.get(0).stream().map(HeaderCell::text).toList());
        assertEquals(List.of(1, 1, 2, 4, 1), h.get(0).stream().map(HeaderCell::colSpan).toList());
        assertEquals(List.of(2, 2, 1, 1, 2), h.get(0).stream().map(HeaderCell::rowSpan).toList());
        assertEquals(List.of(0, 1, 2, 4, 8), h.get(0).stream().map(HeaderCell::firstColumn).toList());
        assertEquals(List.of("tthc_mot_cua", "tthc_lien_thong", "ho_so_nhan", "dung_han", "qua_han", "ty_le_dung_han"),
                h.get(1).stream().map(HeaderCell::columnCode).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), h.get(1).stream().map(HeaderCell::firstColumn).toList());
    }

    @Test
    void boPhanMotCua2024() throws IOException {
        OutlineTemplate t = load("bo-phan-mot-cua-2024");
        assertEquals(ReportType.CHUYEN_DE, t.reportType());
        assertNull(t.frequency());
        assertEquals(List.of("1", "2", "3"), t.sections().stream().map(Section::ordinal).toList());
        assertEquals(List.of("a", "b", "c"), t.sections().get(0).children().stream().map(Section::ordinal).toList());
        assertEquals(List.of("a", "b", "c", "d"),
                t.sections().get(1).children().stream().map(Section::ordinal).toList());
        assertEquals("a)", t.sections().get(0).children().get(0).label());

        TableDef tk = t.table("thong-ke-tthc").orElseThrow();
        assertEquals(RowModel.FIXED, tk.rowModel());
        List<FixedRow> rows = tk.flattenFixedRows();
        assertEquals(9, rows.size());
        assertEquals(List.of("cap-tinh", "cap-huyen", "cap-xa"), tk.fixedRows().stream().map(FixedRow::key).toList());
        assertEquals(List.of("Trực tiếp", "Trực tuyến"),
                tk.fixedRows().get(2).children().stream().map(FixedRow::label).toList());
        assertEquals(1, tk.fixedRows().get(0).children().get(0).depth());
        assertEquals(List.of("n2023_tiep_nhan", "n2023_dung_han", "n2023_qua_han", "n2023_ty_le_dung_han",
                "q1_2024_tiep_nhan", "q1_2024_dung_han", "q1_2024_qua_han", "q1_2024_ty_le_dung_han", "ghi_chu"),
                codes(tk.columns()));
        assertEquals(3, tk.headerDepth()); // period → "Đã giải quyết" → on time / late
        List<List<HeaderCell>> h = tk.headerRows();
        assertEquals(List.of("STT", "Cấp / hình thức tiếp nhận", "Năm 2023", "Quý I/2024", "Ghi chú"),
                h.get(0).stream().map(HeaderCell::text).toList());
        assertEquals(List.of(1, 1, 4, 4, 1), h.get(0).stream().map(HeaderCell::colSpan).toList());
        assertEquals(List.of(3, 3, 1, 1, 3), h.get(0).stream().map(HeaderCell::rowSpan).toList());
        assertEquals(List.of("Số hồ sơ tiếp nhận", "Đã giải quyết", "Tỷ lệ đúng hạn", "Số hồ sơ tiếp nhận",
                "Đã giải quyết", "Tỷ lệ đúng hạn"), h.get(1).stream().map(HeaderCell::text).toList());
        assertEquals(List.of(2, 1, 2, 2, 1, 2), h.get(1).stream().map(HeaderCell::rowSpan).toList());
        assertEquals(List.of(3, 4, 7, 8), h.get(2).stream().map(HeaderCell::firstColumn).toList());

        TableDef cb = t.table("phu-luc-can-bo-bpmc").orElseThrow();
        assertEquals(RowModel.UNITS, cb.rowModel());
        assertEquals("Bộ phận Một cửa", cb.labelHeader());
        assertEquals(List.of("CẤP TỈNH", "CẤP HUYỆN, CẤP XÃ"), cb.unitGroups().stream().map(g -> g.label()).toList());
        assertEquals(List.of(UnitLevel.PROVINCE, UnitLevel.DEPARTMENT), cb.unitGroups().get(0).levels());
        assertEquals(UnitLevel.DISTRICT, cb.unitGroups().get(1).subgroupBy());
        assertEquals(List.of("tong_so", "thuoc_bien_che", "duoc_cu_den", "ghi_chu"), codes(cb.columns()));
        assertTrue(cb.column("tong_so").orElseThrow().isComputed());
        assertEquals(t.section("thong-ke-can-bo-bpmc").orElseThrow().tableCode(), cb.code());
    }

    @Test
    void dongNai2017() throws IOException {
        OutlineTemplate t = load("mot-cua-dong-nai-2017-09");
        assertEquals(List.of("I", "II", "III", "IV", "V"), t.sections().stream().map(Section::ordinal).toList());
        Section tthc = t.section("so-tthc-dich-vu-cong").orElseThrow();
        assertEquals("2", tthc.ordinal());
        // The letter goes a), b), c), đ): the template keeps that with an explicit ordinal.
        assertEquals(List.of("a)", "b)", "c)", "đ)"), tthc.children().stream().map(Section::label).toList());
        assertEquals(List.of("a", "b"),
                t.section("chat-luong-giai-quyet").orElseThrow().children().stream().map(Section::ordinal).toList());
        Section gopY = t.section("gop-y-du-thao").orElseThrow();
        assertEquals("V", gopY.ordinal());
        assertEquals(SectionKind.TEXT, gopY.kind());
        assertTrue(gopY.title().contains("61/2015/QĐ-UBND"));
        assertEquals(3, gopY.children().size());
        assertTrue(t.tables().isEmpty());
        assertFalse(t.section("ton-tai-han-che").orElseThrow().required());
        assertTrue(t.section("mat-lam-duoc").orElseThrow().required());
    }

    @Test
    void keHoach2015() throws IOException {
        OutlineTemplate t = load("ke-hoach-mot-cua-2015");
        TableDef td = t.table("tien-do-nhiem-vu").orElseThrow();
        assertEquals(RowModel.FIXED, td.rowModel());
        assertEquals(7, td.fixedRows().size());
        for (FixedRow r : td.fixedRows()) {
            assertTrue(r.label().contains("Cơ quan thực hiện:"), r.key());
            assertTrue(r.label().contains("Cơ quan phối hợp:"), r.key());
            assertTrue(r.label().contains("Thời gian thực hiện:"), r.key());
        }
        assertTrue(td.fixedRows().get(3).label().contains("Trước 31/12/2015"));
        assertEquals(List.of("tinh_trang", "ty_le_hoan_thanh", "ket_qua"), codes(td.columns()));
        Column pct = td.column("ty_le_hoan_thanh").orElseThrow();
        assertEquals(ColumnType.PERCENT, pct.type());
        assertEquals(RollupRule.AVERAGE, pct.rollup());
        assertEquals(0, pct.min().intValue());
        assertEquals(100, pct.max().intValue());
        assertEquals(ColumnType.TEXT, td.column("tinh_trang").orElseThrow().type());
        assertEquals(ColumnType.TEXT, td.column("ket_qua").orElseThrow().type());
    }

    @Test
    void serializerOutputParsesBackToAnEqualTemplate() throws IOException {
        for (String code : List.of("mot-cua-2017-q1", "bo-phan-mot-cua-2024", "mot-cua-dong-nai-2017-09",
                "ke-hoach-mot-cua-2015", "tiep-nhan-tthc-hang-quy")) {
            OutlineTemplate t = load(code);
            String yaml = TemplateSerializer.toYaml(t);
            TemplateParseResult again = parser.parse(yaml, code + " (serialised)");
            assertTrue(again.isValid(), () -> again.errorReport() + "\n" + yaml);
            assertEquals(t, again.template(), code);
        }
    }
}
