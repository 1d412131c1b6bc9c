package vn.tonghop.rollup.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractiveDrafterTest {

    final ExtractiveDrafter drafter = new ExtractiveDrafter();

    static final SourceText BA_DINH = new SourceText("14794", "Phường Ba Đình", 3,
            "<p>UBND phường Ba Đình đã tiếp nhận 120 hồ sơ, giải quyết đúng hạn 118 hồ sơ.</p>"
                    + "<p>Bộ phận một cửa được bố trí tại tầng 1 trụ sở, trang bị đủ máy tính và máy in.</p>"
                    + "<p>Tỷ lệ hài lòng đạt 98%.</p>");
    static final SourceText NGOC_TRAO = new SourceText("14797", "Phường Ngọc Trạo", 2,
            "<p>UBND phường Ngọc Trạo đã tiếp nhận 1.200 hồ sơ, giải quyết đúng hạn 1.180 hồ sơ.</p>"
                    + "<ul><li>Bộ phận một cửa được bố trí tại tầng 1 trụ sở, trang bị đủ máy tính, máy in và máy scan.</li>"
                    + "<li>Còn thiếu công chức tư pháp - hộ tịch.</li></ul><p>Tỷ lệ hài lòng đạt 95%.</p>");

    @Test
    void sentencesThatSayTheSameWithOtherCountsBecomeOneSentenceWithTheCountsAddedUp() {
        Draft d = drafter.draft("Kết quả", List.of(BA_DINH, NGOC_TRAO));
        DraftSentence first = d.sentences().get(0);
        assertEquals("Các đơn vị đã tiếp nhận 1.320 hồ sơ, giải quyết đúng hạn 1.298 hồ sơ.", first.text());
        assertEquals(List.of(new Citation("14794", "Phường Ba Đình", 3), new Citation("14797", "Phường Ngọc Trạo", 2)),
                first.citations());
    }

    @Test
    void similarSentencesMergeIntoOneAndCiteBoth() {
        Draft d = drafter.draft("Kết quả", List.of(BA_DINH, NGOC_TRAO));
        List<DraftSentence> office = d.sentences().stream().filter(s -> s.text().contains("Bộ phận một cửa")).toList();
        assertEquals(1, office.size(), d.sentences().toString());
        assertEquals(2, office.get(0).citations().size());
    }

    @Test
    void percentagesAreNeverAddedUpAndWhatOnlyOneUnitSaysStaysItsOwn() {
        Draft d = drafter.draft("Kết quả", List.of(BA_DINH, NGOC_TRAO));
        assertTrue(d.sentences().stream().noneMatch(s -> s.text().contains("193")), d.sentences().toString());
        DraftSentence lacking = d.sentences().stream().filter(s -> s.text().contains("tư pháp")).findFirst()
                .orElseThrow();
        assertEquals("Còn thiếu công chức tư pháp - hộ tịch.", lacking.text());
        assertEquals(List.of(new Citation("14797", "Phường Ngọc Trạo", 2)), lacking.citations());
    }

    @Test
    void aSentenceOfOneUnitKeepsTheUnitsName() {
        Draft d = drafter.draft("Kết quả", List.of(new SourceText("14800", "Phường Lam Sơn", 1,
                "UBND phường Lam Sơn chưa bố trí được phòng riêng cho bộ phận một cửa")));
        assertEquals("UBND phường Lam Sơn chưa bố trí được phòng riêng cho bộ phận một cửa.",
                d.sentences().get(0).text());
        assertEquals(1, d.sentences().size());
    }

    @Test
    void theHtmlCarriesEveryCitationAndOfficialTextsLeaveThemOut() {
        String html = drafter.draft("Kết quả", List.of(BA_DINH, NGOC_TRAO)).html();
        assertTrue(html.contains("<sup data-cite=\"14794:3 14797:2\">[1]</sup>"), html);
        String official = Citations.strip(html);
        assertFalse(official.contains("data-cite"), official);
        assertFalse(official.contains("[1]"), official);
        assertTrue(official.contains("Các đơn vị đã tiếp nhận 1.320 hồ sơ"), official);
    }

    @Test
    void datesAndNumbersOfDocumentsAreNotCounts() {
        SourceText a = new SourceText("1", "Xã A", 1,
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2017, xã đã tổ chức 3 hội nghị.");
        SourceText b = new SourceText("2", "Xã B", 1,
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2017, xã đã tổ chức 4 hội nghị.");
        assertEquals("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2017, xã đã tổ chức 7 hội nghị.",
                drafter.draft("", List.of(a, b)).sentences().get(0).text());
    }

    @Test
    void nothingToDraftFromIsAnEmptyDraft() {
        assertEquals("", drafter.draft("", List.of()).html());
    }
}
