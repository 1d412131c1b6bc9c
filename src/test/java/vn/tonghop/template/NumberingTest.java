package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;

class NumberingTest {

    @Test
    void vietnameseLettersPutDAfterDAndSkipFJWZ() {
        List<String> labels = IntStream.rangeClosed(1, 8).mapToObj(NumberingStyle.LETTER::ordinal).toList();
        assertEquals(List.of("a", "b", "c", "d", "đ", "e", "g", "h"), labels);
        assertEquals("y", NumberingStyle.LETTER.ordinal(23));
        assertEquals("aa", NumberingStyle.LETTER.ordinal(24));
        assertEquals("đ)", NumberingStyle.LETTER.decorate("đ"));
    }

    @Test
    void romanNumerals() {
        List<String> labels = IntStream.rangeClosed(1, 10).mapToObj(NumberingStyle.ROMAN::ordinal).toList();
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), labels);
        assertEquals("XIV", NumberingStyle.ROMAN.ordinal(14));
        assertEquals("XL", NumberingStyle.ROMAN.ordinal(40));
        assertEquals("MMXXIV", NumberingStyle.ROMAN.ordinal(2024));
        assertEquals("IV.", NumberingStyle.ROMAN.decorate("IV"));
    }

    @Test
    void dashArabicAndNone() {
        assertEquals("-", NumberingStyle.DASH.ordinal(7));
        assertEquals("12", NumberingStyle.ARABIC.ordinal(12));
        assertEquals("12.", NumberingStyle.ARABIC.decorate("12"));
        assertEquals("", NumberingStyle.NONE.ordinal(3));
    }

    @Test
    void ordinalsFollowPositionStyleInheritanceAndOverride() {
        String yaml = """
                code: danh-so
                version: 1
                title: Đánh số
                reportType: dot-xuat
                sections:
                  - code: mot
                    title: Một
                    children:
                      - code: a
                        numbering: letter
                        title: A
                      - code: b
                        title: B
                      - code: ghi-chu
                        numbering: dash
                        title: Gạch đầu dòng không chiếm chữ cái
                      - code: c
                        numbering: letter
                        title: C
                      - code: d
                        title: D
                      - code: dd
                        title: Đ
                      - code: e
                        title: E
                  - code: hai
                    title: Hai
                    children:
                      - code: hai-1
                        title: Mặc định theo độ sâu là số
                      - code: hai-2
                        ordinal: "2.1"
                        title: Ghi đè
                  - code: ba
                    numbering: none
                    title: Không số
                  - code: bon
                    numbering: roman
                    title: Bốn
                """;
        TemplateParseResult r = new TemplateParser().parse(yaml, "danh-so.yaml");
        assertTrue(r.isValid(), r::errorReport);
        OutlineTemplate t = r.template();
        assertEquals(List.of("I", "II", "", "III"), t.sections().stream().map(Section::ordinal).toList());
        assertEquals(List.of("a", "b", "-", "c", "d", "đ", "e"),
                t.sections().get(0).children().stream().map(Section::ordinal).toList());
        assertEquals(List.of("a)", "b)", "-", "c)", "d)", "đ)", "e)"),
                t.sections().get(0).children().stream().map(Section::label).toList());
        assertEquals(List.of("1", "2.1"), t.sections().get(1).children().stream().map(Section::ordinal).toList());
        assertEquals("đ) Đ", t.section("dd").orElseThrow().heading());
        assertEquals("Không số", t.section("ba").orElseThrow().heading());
        assertEquals(List.of("mot", "a", "b", "ghi-chu", "c", "d", "dd", "e", "hai", "hai-1", "hai-2", "ba", "bon"),
                t.flattenSections().stream().map(Section::code).toList());
        assertEquals(1, t.section("dd").orElseThrow().depth());
    }
}
