package vn.tonghop.template.outlineimport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.outlineimport.OutlineDraft.Warning;

/**
 * Reads a Word đề cương: the part before "ĐỀ CƯƠNG" is the letter and is left out; headings come from heading styles
 * and, where the author used none, from numbered paragraphs ("I.", "1.", "a)", bold "-" or upper case); other
 * paragraphs are the guidance of the heading above them; "PHỤ LỤC …" starts an annex whose lines title the table after
 * them. A table continued on the next page (its header repeated) is read as one.
 */
final class DocxReader {

    private static final Pattern OUTLINE_START = Pattern
            .compile("(?iu)^" + Vocabulary.word("outline.outlineWord") + "\\b.*");
    private static final Pattern ANNEX_START = Pattern.compile(Vocabulary.word("outline.annexStart"));
    private static final Pattern SIGNATURE = Pattern.compile(Vocabulary.word("outline.signature.docx"));

    private final ImportMessages msg;
    private final List<Warning> warnings;
    private final ParsedOutline out = new ParsedOutline();

    private DocxReader(ImportMessages msg, List<Warning> warnings) {
        this.msg = msg;
        this.warnings = warnings;
    }

    static ParsedOutline read(XWPFDocument doc, ImportMessages msg, List<Warning> warnings) {
        DocxReader r = new DocxReader(msg, warnings);
        r.walk(doc);
        return r.out;
    }

    private void walk(XWPFDocument doc) {
        List<IBodyElement> body = doc.getBodyElements();
        boolean hasOutlineTitle = body.stream()
                .anyMatch(e -> e instanceof XWPFParagraph p && OUTLINE_START.matcher(p.getText().strip()).matches());
        boolean inOutline = !hasOutlineTitle;
        boolean skippedLetter = false;
        List<String> annexLines = null;
        Grid lastTable = null;
        int tables = 0;
        boolean signature = false;
        for (IBodyElement e : body) {
            if (e instanceof XWPFParagraph p) {
                String text = p.getText().replace('\u00a0', ' ').strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!inOutline) {
                    if (OUTLINE_START.matcher(text).matches()) {
                        inOutline = true;
                        out.expectTitle = true;
                        String rest = text.substring(Vocabulary.word("outline.outlineWord").length()).strip();
                        if (!rest.isEmpty() && !rest.matches(Vocabulary.word("outline.untitledReport"))) {
                            out.titleLine(rest);
                        }
                    } else {
                        skippedLetter = true;
                    }
                    out.blocks.add(SourceBlock.of(inOutline ? "title" : "skipped", text));
                    continue;
                }
                lastTable = null;
                if (ANNEX_START.matcher(text).matches() && text.length() < 120) {
                    annexLines = new ArrayList<>();
                    annexLines.add(text);
                    signature = false;
                    out.blocks.add(SourceBlock.of("annex", text));
                    continue;
                }
                if (annexLines != null) {
                    if (SIGNATURE.matcher(text).matches() || signature) {
                        signature = true;
                        out.blocks.add(SourceBlock.of("skipped", text));
                        continue;
                    }
                    annexLines.add(text);
                    out.blocks.add(SourceBlock.of("annex", text));
                    continue;
                }
                paragraph(doc, p, text);
            } else if (e instanceof XWPFTable t && inOutline) {
                Grid grid = grid(t, ++tables);
                out.blocks.add(SourceBlock.table(grid));
                if (lastTable != null && continues(lastTable, grid)) {
                    lastTable.append(grid, HeaderReader.repeatsHeaderOf(lastTable, grid));
                    tables--;
                    continue;
                }
                out.addTable(grid, annexLines);
                lastTable = grid;
                annexLines = annexLines == null ? null : new ArrayList<>();
                signature = false;
            }
        }
        if (skippedLetter) {
            warnings.add(new Warning(msg.whereLetter(), msg.letterSkipped()));
        }
    }

    private void paragraph(XWPFDocument doc, XWPFParagraph p, String text) {
        int styleLevel = HeadingRules.styleLevel(styleName(doc, p));
        boolean bold = bold(p);
        String auto = HeadingRules.numberingOfFormat(p.getNumFmt());
        HeadingRules.Numbered n = HeadingRules.numbered(text);
        if (styleLevel > 0) {
            out.heading("h" + styleLevel, styleLevel, n == null ? (auto == null ? "none" : auto) : n.numbering(),
                    n == null ? null : n.ordinal(), n == null ? text : n.title());
        } else if (auto != null && (bold || !auto.equals("dash"))) {
            BigInteger ilvl = p.getNumIlvl();
            out.heading(auto + (ilvl == null ? "" : ilvl.toString()), 0, auto, null, text);
        } else if (n != null && (bold || !n.numbering().equals("dash"))) {
            out.heading(n.numbering(), 0, n.numbering(), n.ordinal(), n.title());
        } else if (bold && HeadingRules.upperCase(text) && n == null && !out.sections.isEmpty()) {
            out.heading("upper", 0, "none", null, text);
        } else if (out.sections.isEmpty()) {
            out.titleLine(text);
        } else {
            out.guidance(auto != null && n == null ? "- " + text : text);
        }
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null || doc.getStyles() == null) {
            return id;
        }
        XWPFStyle style = doc.getStyles().getStyle(id);
        return style == null || style.getName() == null ? id : style.getName();
    }

    private static boolean bold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            if (!r.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The next table carries on the previous one: same header retyped, or rows only with the same width. */
    private static boolean continues(Grid previous, Grid next) {
        if (HeaderReader.repeatsHeaderOf(previous, next) > 0) {
            return true;
        }
        String first = next.text(0, 0);
        return next.width() == previous.width() && first.matches("[0-9IVX]+\\.?") && !previous.text(0, 0).isEmpty();
    }

    private Grid grid(XWPFTable t, int number) {
        Grid grid = new Grid(msg.whereWordTable(number), List.of(), (r, c) -> msg.whereRowCol(r + 1, c + 1));
        List<Grid.Cell[]> above = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<Grid.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() != STMerge.RESTART);
                Grid.Cell c;
                int at = cells.size();
                if (continued && !above.isEmpty() && at < above.get(above.size() - 1).length) {
                    c = above.get(above.size() - 1)[at];
                } else {
                    c = new Grid.Cell(cell.getText().replace('\u00a0', ' ').strip(), cellBold(cell), null, null, false);
                }
                for (int i = 0; i < Math.max(span, 1); i++) {
                    cells.add(c);
                }
            }
            above.add(cells.toArray(new Grid.Cell[0]));
            grid.addRow(cells);
        }
        return grid;
    }

    private static boolean cellBold(XWPFTableCell cell) {
        boolean any = false;
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (!p.getText().isBlank()) {
                if (!bold(p)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

}
