package vn.tonghop.home;

import vn.tonghop.platform.i18n.SearchText;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** Finding campaigns by letter number, subject, period and issuing unit, whatever the case and the accents. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class CampaignSearchTest {

    @Inject
    DataSource ds;

    static List<Integer> found(String user, String q) {
        return Tokens.as(user).queryParam("q", q).get("/api/campaigns/search").then().statusCode(200).extract()
                .jsonPath().getList("id");
    }

    long draft(String letterNumber, String subject) {
        Map<String, Object> body = new HashMap<>(Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794")));
        body.put("title", OpsFixtures.uniqueTitle("Báo cáo cải cách hành chính"));
        body.put("letterNumber", letterNumber);
        body.put("subject", subject);
        body.put("periodLabel", "6 tháng đầu năm 2017");
        return Tokens.as("vp.bimson").contentType(ContentType.JSON).body(body).post("/api/campaigns").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void byLetterNumberSubjectPeriodAndIssuerIgnoringCaseAndAccents() {
        String number = (System.nanoTime() % 100000) + "/UBND-NV";
        String word = "Khảo" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        int id = (int) draft(number, "V/v báo cáo kết quả " + word + " Thành phố điện tử");

        assertThat(found("vp.bimson", number.toLowerCase()), hasItem(id));
        assertThat(found("vp.bimson", word.toUpperCase()), hasItem(id));
        assertThat(found("vp.bimson", "thanh pho dien tu " + word), hasItem(id)); // every word, no accents
        assertThat(found("vp.bimson", "THÀNH PHỐ " + word.toLowerCase()), hasItem(id));
        assertThat(found("vp.bimson", "6 thang dau nam 2017 " + word), hasItem(id));
        assertThat(found("vp.bimson", "bim son " + word), hasItem(id));
        assertThat(found("vp.bimson", "381 " + word), hasItem(id));
        assertThat(found("vp.bimson", word + " hoàng mai"), not(hasItem(id)));
        // LIKE wildcards are text: "%" does not match everything
        assertThat(found("vp.bimson", "%%"), empty());
        assertThat(found("vp.bimson", "k"), empty()); // too short

        // a draft is the issuer's: the ward finds it once published, another ward and the other tenant never
        assertThat(found("snv.thanhhoa", word), hasItem(id));
        assertThat(found("badinh.cb", word), not(hasItem(id)));
        Tokens.as("vp.bimson").post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        assertThat(found("badinh.cb", word), hasItem(id));
        assertThat(found("ngoctrao.cb", word), not(hasItem(id)));
        assertThat(found("vp.hoangmai", word), not(hasItem(id)));
        assertThat(found("admin.nghean", number), not(hasItem(id)));
    }

    @Test
    void theCampaignsPageHasASearchBoxAndAResultsPage() {
        String number = (System.nanoTime() % 100000) + "/UBND-VP";
        long id = draft(number, "V/v tìm kiếm trên trang");
        Tokens.as("vp.bimson").get("/campaigns").then().statusCode(200).body(containsString("id=\"campaign-search\""))
                .body(containsString("action=\"/campaigns/search\""));
        Tokens.as("vp.bimson").queryParam("q", number).get("/campaigns/search").then().statusCode(200)
                .body(containsString("data-campaign=\"" + id + "\"")).body(containsString("1 kết quả"));
        Tokens.as("vp.hoangmai").queryParam("q", number).get("/campaigns/search").then().statusCode(200)
                .body(not(containsString("data-campaign=\"" + id + "\"")));
    }

    @Test
    void javaAndTheDatabaseFoldVietnameseAlike() {
        String alphabet = "Aa Ăă Ââ Bb Cc Dd Đđ Ee Êê Gg Hh Ii Kk Ll Mm Nn Oo Ôô Ơơ Pp Qq Rr Ss Tt Uu Ưư Vv Xx Yy "
                + "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ "
                + "ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ÈÉẺẼẸ ỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ỒỐỔỖỘ ỜỚỞỠỢ ÙÚỦŨỤ ỪỨỬỮỰ ỲÝỶỸỴ";
        String decomposed = java.text.Normalizer.normalize("Quý Thành Phố Hồ Chí Minh", java.text.Normalizer.Form.NFD);
        for (String text : List.of(alphabet, decomposed, "Quý I/2017", "675/UBND-VP")) {
            String db = (String) OpsFixtures.column(ds, "select tonghop_fold(?)", text).get(0);
            assertEquals(SearchText.fold(text), db, text);
        }
        assertEquals("quy thanh pho ho chi minh", SearchText.fold(decomposed));
        assertEquals("aa aa aa bb cc dd dd", SearchText.fold(alphabet).substring(0, 20));
    }
}
