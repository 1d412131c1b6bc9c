package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.tonghop.export.docx.DocxWriter;
import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.AnnexRow;
import vn.tonghop.export.model.AnnexRow.RowKind;
import vn.tonghop.export.model.AnnexTable;
import vn.tonghop.export.model.BodyBlock;
import vn.tonghop.template.model.TableDef;

/** The DOCX writer read back with POI: what a clerk would check on the printed letter. */
class DocxWriterTest {

    final DocxWriter writer = new DocxWriter();

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static List<XWPFTable> tables(XWPFDocument doc) {
        return doc.getTables();
    }

    static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    static XWPFRun runWith(XWPFTableCell cell, String text) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.text().contains(text)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no run with '" + text + "' in: " + text(cell));
    }

    /** Section properties in document order: those closing a section inside the body, then the body's own. */
    static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    @Test
    void headerBlockCarriesTheIssuingBodyNumberSubjectUrgencyMottoAndDateLine() throws IOException {
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(List.of(), List.of())))) {
            XWPFTable header = tables(doc).get(0);
            XWPFTableCell bodies = header.getRow(0).getCell(0);
            assertTrue(text(bodies).contains("ỦY BAN NHÂN DÂN\nTHỊ XÃ BỈM SƠN"), text(bodies));
            assertTrue(runWith(bodies, "THỊ XÃ BỈM SƠN").isBold());

            XWPFTableCell nation = header.getRow(0).getCell(1);
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nation.getParagraphs().get(0).getText());
            assertTrue(runWith(nation, "CỘNG HÒA").isBold());
            assertEquals("Độc lập - Tự do - Hạnh phúc", nation.getParagraphs().get(1).getText());
            assertTrue(runWith(nation, "Độc lập").isBold());
            assertNotNull(nation.getParagraphs().get(2).getCTP().getPPr().getPBdr().getTop(), "rule under the motto");

            XWPFTableCell number = header.getRow(1).getCell(0);
            assertTrue(text(number).contains("Số: 675/UBND-VP"));
            assertTrue(
                    text(number).contains("V/v báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông"));
            assertTrue(runWith(number, "KHẨN").isBold());

            XWPFRun date = runWith(header.getRow(1).getCell(1), "Bỉm Sơn");
            assertEquals("Bỉm Sơn, ngày 24 tháng 4 năm 2017", date.text());
            assertTrue(date.isItalic());

            assertEquals("NONE", header.getTopBorderType().name());
            assertEquals("NONE", header.getInsideVBorderType().name());

            assertTrue(
                    doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Kính gửi: UBND các xã, phường.")));
        }
    }

    @Test
    void signatureBlockListsRecipientsAndTheSigner() throws IOException {
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(List.of(), List.of())))) {
            XWPFTable foot = tables(doc).get(1);
            XWPFTableCell left = foot.getRow(0).getCell(0);
            XWPFRun heading = runWith(left, "Nơi nhận:");
            assertTrue(heading.isBold() && heading.isItalic());
            assertEquals("- UBND các xã, phường;\n- Lưu: VT.", text(left).substring(text(left).indexOf('\n') + 1));
            XWPFTableCell right = foot.getRow(0).getCell(1);
            assertTrue(runWith(right, "TM. ỦY BAN NHÂN DÂN").isBold());
            assertTrue(text(right).contains("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
            assertTrue(runWith(right, "Mai Đình Lâm").isBold());
        }
    }

    @Test
    void pagesAreA4WithDecreeMarginsAndNumbersFromTheSecondPage() throws Exception {
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(List.of(), List.of())))) {
            CTSectPr s = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), s.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), s.getPgSz().getH());
            assertEquals(BigInteger.valueOf(1134), s.getPgMar().getTop());
            assertEquals(BigInteger.valueOf(1134), s.getPgMar().getBottom());
            assertEquals(BigInteger.valueOf(1701), s.getPgMar().getLeft());
            assertEquals(BigInteger.valueOf(850), s.getPgMar().getRight());
            assertTrue(s.isSetTitlePg(), "first page has its own (empty) header");
            assertEquals(2, s.sizeOfHeaderReferenceArray());

            XWPFHeader numbered = doc.getHeaderFooterPolicy().getDefaultHeader();
            assertTrue(numbered.getParagraphs().get(0).getCTP().getFldSimpleList().get(0).getInstr().contains("PAGE"));
            assertEquals("CENTER", numbered.getParagraphs().get(0).getAlignment().name());
            assertTrue(doc.getHeaderFooterPolicy().getFirstPageHeader().getText().isBlank());

            assertEquals("Times New Roman",
                    doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii());
            assertEquals(14, doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble());
        }
    }

    @Test
    void phuLucTwoGetsALandscapeSectionWithMergedGroupedHeadersRepeatedOnEachPage() throws IOException {
        TableDef def = Fixtures.table("mot-cua-2017-q1", "phu-luc-2");
        Annex annex = AnnexTables.annex(def, Fixtures.filledPhuLuc2());
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(List.of(), List.of(annex))))) {
            List<CTSectPr> sections = sections(doc);
            assertEquals(2, sections.size());
            assertTrue(sections.get(0).isSetTitlePg());
            assertNull(sections.get(0).getPgSz().getOrient());
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(1).getPgSz().getOrient());
            assertEquals(BigInteger.valueOf(16838), sections.get(1).getPgSz().getW());
            assertFalse(sections.get(1).isSetTitlePg(), "annex pages are numbered");

            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int at = texts.indexOf("PHỤ LỤC II");
            assertTrue(at > 0, texts.toString());
            assertTrue(texts.get(at + 1).startsWith("KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA"));
            XWPFParagraph note = doc.getParagraphs().get(at + 2);
            assertEquals("(Kèm theo Báo cáo số … ngày … của …)", note.getText(),
                    "no year or issuer of the form it was copied from");
            assertTrue(note.getRuns().get(0).isItalic());

            XWPFTable t = tables(doc).get(2);
            XWPFTableRow h0 = t.getRow(0);
            XWPFTableRow h1 = t.getRow(1);
            assertTrue(h0.isRepeatHeader() && h1.isRepeatHeader());
            assertFalse(t.getRow(2).isRepeatHeader());
            // Row 0: STT | label | Số TTHC đang thực hiện (2) | Hồ sơ (4) | Ghi chú
            assertEquals(List.of("STT", "Tên đơn vị thực hiện cơ chế một cửa, một cửa liên thông",
                    "Số TTHC đang thực hiện", "Hồ sơ", "Ghi chú"),
                    h0.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(STMerge.RESTART, tcPr(h0.getCell(0)).getVMerge().getVal());
            assertEquals(BigInteger.TWO, tcPr(h0.getCell(2)).getGridSpan().getVal());
            assertEquals(BigInteger.valueOf(4), tcPr(h0.getCell(3)).getGridSpan().getVal());
            assertEquals(STMerge.RESTART, tcPr(h0.getCell(4)).getVMerge().getVal());
            // Row 1: the merged STT and label continue, then the six leaves, then Ghi chú continues.
            assertEquals(9, h1.getTableCells().size());
            assertEquals(STMerge.CONTINUE, tcPr(h1.getCell(0)).getVMerge().getVal());
            assertEquals(STMerge.CONTINUE, tcPr(h1.getCell(1)).getVMerge().getVal());
            assertEquals("Theo cơ chế một cửa", h1.getCell(2).getText());
            assertEquals("Tỷ lệ giải quyết đúng hạn", h1.getCell(7).getText());
            assertEquals(STMerge.CONTINUE, tcPr(h1.getCell(8)).getVMerge().getVal());
            assertTrue(h0.getCell(3).getParagraphs().get(0).getStyleID().equals("AnnexHeader"));

            XWPFTableRow group = t.getRow(2);
            assertEquals("I", group.getCell(0).getText());
            assertTrue(group.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());
            XWPFTableRow bimSon = t.getRow(3);
            assertEquals("UBND thị xã Bỉm Sơn", bimSon.getCell(1).getText());
            assertFalse(bimSon.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());
            assertEquals("1.315", bimSon.getCell(4).getText());
            assertEquals("98,86", bimSon.getCell(7).getText());
            assertEquals("AnnexNumber", bimSon.getCell(4).getParagraphs().get(0).getStyleID());
            XWPFTableRow missing = t.getRow(6);
            assertEquals("UBND phường Ngọc Trạo (Chưa nộp)", missing.getCell(1).getText());
            assertEquals("", missing.getCell(4).getText());
            XWPFTableRow grand = t.getRow(8);
            assertEquals("Tổng", grand.getCell(1).getText());
            assertTrue(grand.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());
            assertTrue(grand.getCell(4).getParagraphs().get(0).getRuns().get(0).isBold());
            assertEquals("1.435", grand.getCell(4).getText());
            assertEquals("12,5", grand.getCell(7).getText());
        }
    }

    @Test
    void staffingAnnexMergesItsGroupOverThreeColumns() throws IOException {
        TableDef def = Fixtures.table("bo-phan-mot-cua-2024", "phu-luc-can-bo-bpmc");
        Annex annex = AnnexTables.annex(def, AnnexTables.blank(def));
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(List.of(), List.of(annex))))) {
            XWPFTable t = tables(doc).get(2);
            XWPFTableRow h0 = t.getRow(0);
            assertEquals("Số lượng công chức, viên chức làm việc tại BPMC", h0.getCell(2).getText());
            assertEquals(BigInteger.valueOf(3), tcPr(h0.getCell(2)).getGridSpan().getVal());
            assertEquals(
                    List.of("", "", "Tổng số", "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa",
                            "Công chức, viên chức do các cơ quan chuyên môn được cử đến", ""),
                    t.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(t.getRow(1).isRepeatHeader());
            assertEquals("CẤP TỈNH", t.getRow(2).getCell(1).getText());
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("PHỤ LỤC")));
        }
    }

    @Test
    void htmlNarrativeKeepsBoldAndListsAndDropsScripts() throws IOException {
        String html = "<p>Kết quả <b>nổi bật</b> trong quý: <i>đúng hạn</i> <u>98%</u>.</p>"
                + "<ul><li>Tiếp nhận 1.315 hồ sơ</li><li>Giải quyết<ol><li>đúng hạn</li><li>quá hạn</li></ol></li></ul>"
                + "<ol><li>Thứ nhất</li><li>Thứ hai<br>dòng mới</li></ol>"
                + "<script>alert('x')</script><p>Hết<script>document.write('y')</script></p>"
                + "<table><tr><th>Chỉ tiêu</th><th>Số</th></tr><tr><td>Hồ sơ</td><td>1.315</td></tr></table>";
        List<BodyBlock> body = List.of(new BodyBlock.Heading("I. Kết quả triển khai", 0), new BodyBlock.Html(html));
        try (XWPFDocument doc = read(writer.write(Fixtures.letter(body, List.of())))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("I. Kết quả triển khai"));
            XWPFParagraph first = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Kết quả"))
                    .findFirst().orElseThrow();
            assertEquals("Kết quả nổi bật trong quý: đúng hạn 98%.", first.getText());
            XWPFRun bold = first.getRuns().stream().filter(r -> r.text().equals("nổi bật")).findFirst().orElseThrow();
            assertTrue(bold.isBold());
            assertFalse(first.getRuns().get(0).isBold());
            assertTrue(first.getRuns().stream().anyMatch(r -> r.text().equals("đúng hạn") && r.isItalic()));
            assertEquals(BigInteger.valueOf(720), first.getCTP().getPPr().getInd().getFirstLine());
            assertEquals("BOTH", first.getAlignment().name());

            assertTrue(texts.contains("- Tiếp nhận 1.315 hồ sơ"), texts.toString());
            assertTrue(texts.contains("- Giải quyết"));
            assertTrue(texts.contains("a) đúng hạn"));
            assertTrue(texts.contains("b) quá hạn"));
            assertTrue(texts.contains("1. Thứ nhất"));
            assertTrue(texts.contains("2. Thứ hai\ndòng mới"));
            assertTrue(texts.contains("Hết"));
            String all = String.join("\n", texts);
            assertFalse(all.contains("alert") || all.contains("document.write"), all);

            XWPFTable table = tables(doc).get(1);
            assertEquals("Chỉ tiêu", table.getRow(0).getCell(0).getText());
            assertTrue(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
            assertEquals("1.315", table.getRow(1).getCell(1).getText());
        }
    }

    @Test
    void elevenThousandRowsAreWrittenAndReadBack() throws IOException {
        TableDef def = Fixtures.table("mot-cua-2017-q1", "phu-luc-2");
        List<AnnexRow> rows = new ArrayList<>();
        for (int i = 1; i <= 11_000; i++) {
            rows.add(new AnnexRow(RowKind.DATA, String.valueOf(i), "Đơn vị " + i,
                    Fixtures.values(100, 5, i, i - 1, 1, "99.5", null), 1, null));
        }
        AnnexTable table = AnnexTables.of(def, rows);
        byte[] docx = writer.write(Fixtures.letter(List.of(), List.of(AnnexTables.annex(def, table))));
        // The whole document model is slow to read back at this size: count the rows in the package's XML.
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart part = pkg.getPartsByName(Pattern.compile("/word/document.xml")).get(0);
            String xml = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String annex = xml.substring(xml.indexOf("PHỤ LỤC II"));
            assertEquals(2 + 11_000, annex.split("<w:tr>|<w:tr ", -1).length - 1);
            assertTrue(annex.contains("<w:t>Đơn vị 11000</w:t>"));
            assertTrue(annex.contains("<w:t>11.000</w:t>"));
        } catch (InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }
}
