package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tonghop.platform.i18n.Vocabulary;
import vn.tonghop.template.outlineimport.OutlineDraft.SectionDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.TableDraft;
import vn.tonghop.template.outlineimport.OutlineDraft.Warning;

/**
 * What a reader found, in reading order, before codes are given: title lines, headings with their level, guidance, and
 * tables with the section they were found under or the annex lines that titled them.
 */
final class ParsedOutline {

    static final class Heading {
        final String title;
        final int level;
        final String numbering;
        final String ordinal;
        final List<String> guidance = new ArrayList<>();

        Heading(String title, int level, String numbering, String ordinal) {
            this.title = title;
            this.level = level;
            this.numbering = numbering;
            this.ordinal = ordinal;
        }
    }

    /** A table and where it belongs: under section {@code anchor} (inline), or titled by {@code annexLines}. */
    record FoundTable(Grid grid, int anchor, List<String> annexLines) {
    }

    /** "(nếu có)", "… khác": the writer may have nothing to say. */
    private static final java.util.regex.Pattern OPTIONAL = java.util.regex.Pattern
            .compile(Vocabulary.word("outline.optional"), java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private record Key(String key, int styleLevel) {
    }

    String title;
    String source;
    final List<String> description = new ArrayList<>();
    boolean expectTitle;
    final List<Heading> sections = new ArrayList<>();
    final List<FoundTable> tables = new ArrayList<>();
    /** The file as read, for the builder to show beside the draft. */
    final List<SourceBlock> blocks = new ArrayList<>();
    private final List<Key> stack = new ArrayList<>();

    void titleLine(String text) {
        String line = HeaderReader.clean(text);
        blocks.add(SourceBlock.of("title", line));
        if (line.startsWith("(") && line.endsWith(")")) {
            source = line.substring(1, line.length() - 1).strip();
        } else if (title == null) {
            title = line;
        } else {
            description.add(line);
        }
    }

    /**
     * A heading: styled ones ({@code styleLevel} &gt; 0) nest by their style's level, numbered ones by the order their
     * numbering first appears (a numbering already open closes what is under it).
     */
    void heading(String key, int styleLevel, String numbering, String ordinal, String text) {
        expectTitle = false;
        if (styleLevel > 0) {
            while (!stack.isEmpty() && (stack.get(stack.size() - 1).styleLevel() == 0
                    || stack.get(stack.size() - 1).styleLevel() >= styleLevel)) {
                stack.remove(stack.size() - 1);
            }
            stack.add(new Key(key, styleLevel));
        } else {
            int at = -1;
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).key().equals(key)) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                stack.subList(at + 1, stack.size()).clear();
            } else {
                stack.add(new Key(key, 0));
            }
        }
        sections.add(new Heading(HeadingRules.title(text), stack.size(), numbering, ordinal));
        String printed = ordinal == null ? "" : switch (numbering) {
            case "roman", "arabic" -> ordinal + ". ";
            case "letter" -> ordinal + ") ";
            case "dash" -> "- ";
            default -> "";
        };
        blocks.add(new SourceBlock("heading", printed + text, stack.size(), List.of()));
    }

    void guidance(String text) {
        sections.get(sections.size() - 1).guidance.add(text.strip());
        blocks.add(SourceBlock.of("text", text.strip()));
    }

    void addTable(Grid grid, List<String> annexLines) {
        tables.add(new FoundTable(grid, annexLines == null ? sections.size() - 1 : -1, annexLines));
    }

    /** The draft: sections with codes, each table with a section that holds it. */
    OutlineDraft toDraft(String code, String fallbackTitle, ImportMessages msg, List<Warning> warnings) {
        Slugs sectionCodes = Slugs.hyphens();
        Slugs tableCodes = Slugs.hyphens();
        List<SectionDraft> out = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Heading h = sections.get(i);
            out.add(new SectionDraft(sectionCodes.next(h.title, null, "muc"), h.title, h.level, h.numbering, h.ordinal,
                    guidanceText(h.guidance), null, OPTIONAL.matcher(h.title).matches(), null, null));
            origin.add(i);
        }
        List<TableDraft> drafts = new ArrayList<>();
        for (FoundTable t : tables) {
            TableRecognizer.Titles titles = t.annexLines() != null
                    ? TableRecognizer.Titles.of(t.annexLines(), msg.tableFallbackTitle(drafts.size() + 1))
                    : TableRecognizer.Titles.of(List.of(), t.anchor() >= 0 ? sections.get(t.anchor()).title
                            : msg.tableFallbackTitle(drafts.size() + 1));
            String tableCode = tableCodes.next(titles.title(), null, "bang");
            TableDraft table = TableRecognizer.recognise(t.grid(), tableCode, titles, msg, warnings);
            drafts.add(table);
            int anchor = t.anchor() >= 0 ? origin.indexOf(t.anchor()) : -1;
            place(out, origin, anchor, table, titles, sectionCodes);
        }
        String title = this.title != null ? this.title : fallbackTitle;
        return new OutlineDraft(code, title, description.isEmpty() ? null : String.join("\n", description), source,
                "chuyen-de", null, out, drafts, null);
    }

    /**
     * Inline tables go to the section they follow (or a new child when it has children); annex tables to the section
     * that mentions them ("(Phụ lục kèm theo)"), else to a new top section at the end.
     */
    private static void place(List<SectionDraft> out, List<Integer> origin, int anchor, TableDraft table,
            TableRecognizer.Titles titles, Slugs codes) {
        if (anchor < 0) {
            for (int i = 0; i < out.size() && anchor < 0; i++) {
                SectionDraft s = out.get(i);
                if (s.table() != null) {
                    continue;
                }
                if (mentions(s.title(), titles) && !hasChildren(out, i)) {
                    out.set(i, withTable(s, table.code()));
                    return;
                }
                if (s.guidance() != null) {
                    for (String line : s.guidance().split("\n")) {
                        if (mentions(line, titles)) {
                            String title = HeadingRules.title(line.replaceFirst("^[-+•*]\\s*", ""));
                            insertChild(out, origin, i, new SectionDraft(codes.next(title, null, "so-lieu"), title,
                                    s.level() + 1, "dash", null, null, null, false, null, table.code()));
                            return;
                        }
                    }
                }
            }
            String title = titles.subtitle() == null ? titles.title()
                    : titles.title() + ": " + sentence(titles.subtitle());
            out.add(new SectionDraft(codes.next(titles.title(), null, "phu-luc"), title, 1, null, null, null, null,
                    false, null, table.code()));
            origin.add(-1);
            return;
        }
        SectionDraft s = out.get(anchor);
        if (!hasChildren(out, anchor) && s.table() == null) {
            out.set(anchor, withTable(s, table.code()));
        } else {
            insertChild(out, origin, anchor, new SectionDraft(codes.next(table.title(), null, "so-lieu"), table.title(),
                    s.level() + 1, "dash", null, null, null, false, null, table.code()));
        }
    }

    private static boolean mentions(String text, TableRecognizer.Titles titles) {
        String t = text.toLowerCase(Locale.ROOT);
        if (Vocabulary.words("outline.annexWords").stream().noneMatch(t::contains)) {
            return false;
        }
        String annex = titles.title().toLowerCase(Locale.ROOT);
        return t.contains(Vocabulary.word("outline.attached")) || t.contains(annex);
    }

    private static boolean hasChildren(List<SectionDraft> out, int i) {
        return i + 1 < out.size() && out.get(i + 1).level() > out.get(i).level();
    }

    private static void insertChild(List<SectionDraft> out, List<Integer> origin, int parent, SectionDraft child) {
        int end = parent + 1;
        while (end < out.size() && out.get(end).level() > out.get(parent).level()) {
            end++;
        }
        out.add(end, child);
        origin.add(end, -1);
    }

    private static SectionDraft withTable(SectionDraft s, String table) {
        return new SectionDraft(s.code(), s.title(), s.level(), s.numbering(), s.ordinal(), s.guidance(), null,
                s.optional(), null, table);
    }

    private static String guidanceText(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines) + "\n";
    }

    private static String sentence(String upper) {
        if (!HeadingRules.upperCase(upper)) {
            return upper;
        }
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
