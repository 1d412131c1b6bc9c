package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The rollup page of a request to thousands of communes opens with one row per district (from 2,000 unit rows; from 200
 * in tests, so that a test tenant of 210 communes shows it).
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RollupPageTest {

    static final String CSV = "text/csv; charset=UTF-8";

    private static Document page(String user, String path) {
        return Jsoup.parse(Tokens.as(user).get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void aRequestToMoreCommunesThanThePageHoldsFirstShowsOneRowPerDistrict() {
        FreshTenant t = FreshTenant.open("gop");
        StringBuilder units = new StringBuilder("code,name,kind,parentCode,validFrom,validTo\n");
        List<String> communes = new ArrayList<>();
        for (int d = 1; d <= 21; d++) {
            String district = String.format("99%02d", d);
            units.append(district).append(",Huyện Thử ").append(d).append(",DISTRICT,99,01/01/2000,\n");
            for (int c = 1; c <= 10; c++) {
                String commune = district + String.format("%03d", c);
                units.append(commune).append(",Xã Thử ").append(d).append('.').append(c).append(",COMMUNE,")
                        .append(district).append(",01/01/2000,\n");
                communes.add(commune);
            }
        }
        Tokens.as(t.admin()).contentType(CSV).body(units.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200);
        String issuer = "vp." + t.code();
        Tokens.as(t.admin()).contentType(CSV)
                .body(("username,displayName,unitCode,role\n" + issuer + ",Văn phòng tỉnh thử,99,issuer;viewer\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);
        java.util.Map<String, Object> request = Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", communes);
        request.put("issuerUnitCode", FreshTenant.ROOT);
        long campaign = Scenario.createAndPublish(issuer, request);

        String path = "/campaigns/" + campaign + "/rollup";
        Document first = page(issuer, path);
        assertNotNull(first.selectFirst("#auto-collapsed"), "210 commune rows: the page starts collapsed");
        assertTrue(first.selectFirst("#auto-collapsed").text().contains("210"),
                first.selectFirst("#auto-collapsed").text());
        int collapsedRows = first.select("#table-phu-luc-2 tbody tr").size();
        assertTrue(collapsedRows < 40, "one row per district: " + collapsedRows);

        Document all = page(issuer, path + "?collapse=false");
        assertNull(all.selectFirst("#auto-collapsed"));
        assertTrue(all.select("#table-phu-luc-2 tbody tr").size() > 210);
        // asked for explicitly, the page shows what was asked, and its toggle offers the other
        assertTrue(page(issuer, path + "?collapse=true").selectFirst("#toggle-collapse").attr("href")
                .contains("collapse=false"));
    }
}
