package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.BodyBlock;
import vn.tonghop.export.model.DocumentHead;
import vn.tonghop.export.model.OfficialDocument;
import vn.tonghop.export.model.Signature;
import vn.tonghop.template.TemplateParseResult;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/** Templates of templates-outline/ and documents shaped like the seed letter 675/UBND-VP. */
final class Fixtures {

    private Fixtures() {
    }

    static OutlineTemplate template(String code) {
        try {
            TemplateParseResult r = new TemplateParser().parse(Path.of("templates-outline", code + ".yaml"));
            assertTrue(r.isValid(), r::errorReport);
            return r.template();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableDef table(String template, String table) {
        return template(template).table(table).orElseThrow();
    }

    static DocumentHead bimSonHead() {
        return new DocumentHead(null, "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", "675/UBND-VP",
                "báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông", "Bỉm Sơn",
                LocalDate.of(2017, 4, 24), "KHẨN");
    }

    /** Phụ lục II filled like a rollup: district block, commune block with a unit that has not reported, totals. */
    static AnnexTable filledPhuLuc2() {
        TableDef def = table("mot-cua-2017-q1", "phu-luc-2");
        List<AnnexRow> rows = new ArrayList<>();
        rows.add(new AnnexRow(RowKind.GROUP, "I", "Cấp huyện", List.of(), 0, null));
        rows.add(data("1", "UBND thị xã Bỉm Sơn", 215, 12, 1315, 1300, 15, "98.86", "Đầy đủ"));
        rows.add(new AnnexRow(RowKind.GROUP, "II", "Cấp xã", List.of(), 0, null));
        rows.add(data("1", "UBND phường Ba Đình", 98, 3, 120, 110, 10, "91.67", null));
        rows.add(new AnnexRow(RowKind.DATA, "2", "UBND phường Ngọc Trạo",
                Arrays.asList(null, null, null, null, null, null, null), 1, "Chưa nộp"));
        rows.add(new AnnexRow(RowKind.TOTAL, "", "Tổng", values(null, null, 120, 110, 10, "91.67", null), 1, null));
        rows.add(new AnnexRow(RowKind.GRAND_TOTAL, "", "Tổng", values(null, null, 1435, 1410, 25, "12.5", null), 0,
                null));
        return AnnexTables.of(def, rows);
    }

    static AnnexRow data(String ordinal, String label, Object... values) {
        return new AnnexRow(RowKind.DATA, ordinal, label, values(values), 1, null);
    }

    static List<Object> values(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Integer i) {
                out.add(BigDecimal.valueOf(i));
            } else if (v instanceof String s && s.matches("[0-9.]+")) {
                out.add(new BigDecimal(s));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    static OfficialDocument letter(List<BodyBlock> body, List<Annex> annexes) {
        return new OfficialDocument(bimSonHead(), null, null, List.of("UBND các xã, phường"), body,
                new Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Mai Đình Lâm"),
                List.of("UBND các xã, phường", "Lưu: VT"), annexes);
    }
}
