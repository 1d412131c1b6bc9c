package vn.tonghop.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** The administrator's list of rights, searched and paged: a province hands out thousands. */
@PortalTest
class MembershipsPageTest {

    /** The page with these query parameters (name, value, …). */
    private static Document page(String admin, Object... params) {
        var request = Tokens.as(admin);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return Jsoup.parse(request.get("/memberships").then().statusCode(200).extract().asString());
    }

    @Test
    void rightsAreSearchedWithoutAccentsAndShownAHundredAtATime() {
        FreshTenant t = FreshTenant.open("mbp");
        Tokens.as(t.admin()).contentType(MembershipImportTest.CSV)
                .body(MembershipImportTest.UNITS.getBytes(StandardCharsets.UTF_8)).post("/api/units/import").then()
                .statusCode(200);
        StringBuilder csv = new StringBuilder("username,displayName,unitCode,role\n");
        for (int i = 1; i <= 130; i++) {
            csv.append(String.format("can.bo%03d,Cán bộ %d,%s,reporter%n", i, i, i <= 120 ? "99101" : "99102"));
        }
        Tokens.as(t.admin()).contentType(MembershipImportTest.CSV).body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);

        // 130 reporters and the administrator: two pages
        Document first = page(t.admin());
        assertEquals(100, first.select("#memberships tr[data-user]").size());
        assertEquals("1–100 trong 131 quyền", first.selectFirst("#membership-range").text());
        assertEquals("1/2", first.selectFirst("#membership-pages .active").text());
        Document second = page(t.admin(), "page", 2);
        assertEquals(31, second.select("#memberships tr[data-user]").size());
        assertTrue(second.selectFirst("#page-next").parent().hasClass("disabled"));

        // "xa hai" finds Xã Hai's ten without its accents; the pager keeps the search
        Document hai = page(t.admin(), "q", "xa hai");
        assertEquals(10, hai.select("#memberships tr[data-user]").size());
        assertTrue(
                hai.select("#memberships tr[data-user]").stream().allMatch(r -> r.attr("data-unit").equals("99102")));
        assertEquals("xa hai", hai.selectFirst("#q").val());
        assertNull(hai.selectFirst("#membership-pages"));
        Document one = page(t.admin(), "q", "cán bộ 12");
        assertEquals(
                java.util.List.of("can.bo012", "can.bo112", "can.bo120", "can.bo121", "can.bo122", "can.bo123",
                        "can.bo124", "can.bo125", "can.bo126", "can.bo127", "can.bo128", "can.bo129"),
                one.select("#memberships tr[data-user]").stream().map(r -> r.attr("data-user")).sorted().toList());
        Document paged = page(t.admin(), "q", "can.bo", "page", 2);
        assertNotNull(paged.selectFirst("#page-previous[href=/memberships?q=can.bo&page=1]"));
        // a page past the last shows the last
        assertEquals("2/2", page(t.admin(), "page", 9).selectFirst("#membership-pages .active").text());
    }
}
