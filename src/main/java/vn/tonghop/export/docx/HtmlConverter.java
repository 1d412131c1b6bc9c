package vn.tonghop.export.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import vn.tonghop.template.model.NumberingStyle;

/**
 * Turns a narrative written in the portal (HTML already sanitised to p, br, b, strong, i, em, u, ul, ol, li and simple
 * tables) into Word paragraphs and runs. Lists become "- " (then "+ ") or "1." (then "a)") paragraphs the way officials
 * type them; anything else is reduced to its text, and script or style content is dropped.
 */
public final class HtmlConverter {

    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "template", "noscript",
            "iframe", "object", "embed", "svg", "math", "img", "video", "audio", "select", "textarea", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "section", "article", "header", "footer", "address", "dd", "dt", "figure", "figcaption");
    /** Extra left indent per list level (0.63 cm). */
    private static final int LIST_INDENT = 360;

    /** Where paragraphs and tables go. */
    public interface Target {
        XWPFParagraph paragraph();

        /** A new table, or null when the target cannot hold one (tables nested in a table cell become text). */
        XWPFTable table(int rows, int columns);

        int width();
    }

    public record DocumentTarget(XWPFDocument doc) implements Target {
        @Override
        public XWPFParagraph paragraph() {
            return Docx.body(doc.createParagraph());
        }

        @Override
        public XWPFTable table(int rows, int columns) {
            return doc.createTable(rows, columns);
        }

        @Override
        public int width() {
            return Docx.PORTRAIT_WIDTH;
        }
    }

    record CellTarget(XWPFTableCell cell, int width) implements Target {
        @Override
        public XWPFParagraph paragraph() {
            XWPFParagraph p = Docx.next(cell);
            Docx.spacing(p, 20, 20, 240);
            return p;
        }

        @Override
        public XWPFTable table(int rows, int columns) {
            return null;
        }
    }

    private record Style(boolean bold, boolean italic, boolean underline) {
        static final Style PLAIN = new Style(false, false, false);

        Style with(String tag) {
            return switch (tag) {
                case "b", "strong" -> new Style(true, italic, underline);
                case "i", "em" -> new Style(bold, true, underline);
                case "u", "ins" -> new Style(bold, italic, true);
                default -> this;
            };
        }
    }

    public void write(String html, Target target) {
        if (html == null || html.isBlank()) {
            return;
        }
        Element root = Jsoup.parseBodyFragment(html).body();
        new Walk(target, Style.PLAIN).blocks(root, 0);
    }

    /** State of one pass: the paragraph being filled, if any. */
    private final class Walk {
        private final Target target;
        private final Style base;
        private XWPFParagraph current;

        Walk(Target target, Style base) {
            this.target = target;
            this.base = base;
        }

        void blocks(Element parent, int listDepth) {
            for (Node child : parent.childNodes()) {
                node(child, base, listDepth);
            }
            close();
        }

        private void node(Node node, Style style, int listDepth) {
            if (node instanceof TextNode text) {
                text(text.text(), style);
                return;
            }
            if (!(node instanceof Element el)) {
                return;
            }
            String tag = el.normalName().toLowerCase(Locale.ROOT);
            if (DROPPED.contains(tag)) {
                return;
            }
            switch (tag) {
                case "br" -> open().createRun().addBreak();
                case "ul", "ol" -> {
                    close();
                    list(el, listDepth);
                }
                case "table" -> {
                    close();
                    table(el, style);
                }
                case "li" -> {
                    close();
                    item(el, "-", listDepth, style);
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        close();
                        children(el, style.with(tag), listDepth);
                        close();
                    } else {
                        children(el, style.with(tag), listDepth);
                    }
                }
            }
        }

        private void children(Element el, Style style, int listDepth) {
            for (Node child : el.childNodes()) {
                node(child, style, listDepth);
            }
        }

        private void list(Element list, int depth) {
            boolean ordered = "ol".equals(list.normalName());
            int n = 0;
            for (Element li : list.children()) {
                if (!"li".equals(li.normalName())) {
                    node(li, base, depth);
                    close();
                    continue;
                }
                n++;
                String marker = ordered ? (depth == 0 ? n + "." : NumberingStyle.LETTER.ordinal(n) + ")")
                        : (depth == 0 ? "-" : "+");
                item(li, marker, depth, base);
            }
        }

        private void item(Element li, String marker, int depth, Style style) {
            current = target.paragraph();
            Docx.indent(current, depth * LIST_INDENT, Docx.FIRST_LINE_INDENT);
            run(marker + " ", style);
            children(li, style, depth + 1);
            close();
        }

        private void table(Element table, Style style) {
            List<Element> rows = new ArrayList<>();
            for (Element row : table.select("tr")) {
                if (row.closest("table") == table) {
                    rows.add(row);
                }
            }
            int columns = rows.stream().mapToInt(r -> cells(r).size()).max().orElse(0);
            if (rows.isEmpty() || columns == 0) {
                return;
            }
            XWPFTable t = target.table(rows.size(), columns);
            if (t == null) {
                for (Element row : rows) {
                    for (Element cell : cells(row)) {
                        children(cell, style, 0);
                        text(" ", style);
                    }
                    close();
                }
                return;
            }
            Docx.grid(t);
            int width = target.width() / columns;
            int[] widths = new int[columns];
            java.util.Arrays.fill(widths, width);
            Docx.layout(t, widths);
            for (int r = 0; r < rows.size(); r++) {
                List<Element> cells = cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    Element cell = cells.get(c);
                    Style cellStyle = "th".equals(cell.normalName()) ? style.with("b") : style;
                    Walk inner = new Walk(new CellTarget(t.getRow(r).getCell(c), width), cellStyle);
                    for (Node child : cell.childNodes()) {
                        inner.node(child, cellStyle, 0);
                    }
                    inner.close();
                }
            }
        }

        private List<Element> cells(Element row) {
            return row.children().stream().filter(e -> "td".equals(e.normalName()) || "th".equals(e.normalName()))
                    .toList();
        }

        private void text(String text, Style style) {
            if (text.isEmpty()) {
                return;
            }
            if (current == null) {
                String trimmed = text.stripLeading();
                if (trimmed.isEmpty()) {
                    return;
                }
                open();
                run(trimmed, style);
                return;
            }
            run(text, style);
        }

        private void run(String text, Style style) {
            XWPFRun r = open().createRun();
            if (style.bold()) {
                r.setBold(true);
            }
            if (style.italic()) {
                r.setItalic(true);
            }
            if (style.underline()) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
            r.setText(text);
        }

        private XWPFParagraph open() {
            if (current == null) {
                current = target.paragraph();
            }
            return current;
        }

        private void close() {
            current = null;
        }
    }
}
