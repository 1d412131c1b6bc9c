package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text a reader sees of a narrative: what length limits count and plain exports print. */
class NarrativePlainTextTest {

    @Test
    void paragraphsItemsRowsAndBreaksEndLinesAndOtherTagsVanish() {
        assertEquals("Một\nHai\nBa", NarrativeSanitizer.plainText("<p>Một</p><p><strong>Hai</strong><br/>Ba</p>"));
        assertEquals("a\nb\nc d", NarrativeSanitizer
                .plainText("<ul><li>a</li><LI>b</LI></ul><table><tr><td>c</td>" + "<td> d</td></tr></table>"));
        assertEquals("x\ny\nz", NarrativeSanitizer.plainText("x<BR>y<br />z"));
    }

    @Test
    void entitiesAreDecodedAndTextWithoutMarkupIsKeptAsItIs() {
        assertEquals("1.315 < 2 & \"3\"", NarrativeSanitizer.plainText("<p>1.315 &lt; 2 &amp; &quot;3&quot;</p>"));
        assertEquals("  thụt lề  ", NarrativeSanitizer.plainText("  thụt lề  "));
        assertEquals("", NarrativeSanitizer.plainText(null));
    }

    @Test
    void anUnclosedAngleBracketIsText() {
        assertEquals("a < b", NarrativeSanitizer.plainText("a < b"));
        assertEquals("a <b", NarrativeSanitizer.plainText("<p>a <b"));
    }
}
