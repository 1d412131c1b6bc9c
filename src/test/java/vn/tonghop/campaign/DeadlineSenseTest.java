package vn.tonghop.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** A deadline before the reporting period ends is asked about, and kept as a deliberate choice once confirmed. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class DeadlineSenseTest {

    /** The second quarter of 2017 ends on 30/06; a deadline of 20/06 comes before it. */
    static Map<String, String> early(String step, String action) {
        return CampaignPageTest.with(CampaignPageTest.bimSonForm(), "periodQuarter", "2", "deadline",
                "2017-06-20T17:00", "step", step, "action", action);
    }

    @Test
    void anEarlyDeadlineIsAskedAboutThenKeptAsConfirmed() {
        String asked = CampaignPageTest.form("vp.bimson", early("PERIOD", "next"), List.of()).post("/campaigns/new")
                .then().statusCode(422).extract().asString();
        Document doc = Jsoup.parse(asked);
        assertEquals("PERIOD", CampaignPageTest.activeStep(asked));
        assertTrue(doc.text().contains("Hạn nộp 17:00 20/06/2017 trước khi kỳ báo cáo kết thúc (30/06/2017)"),
                doc.text());
        assertNotNull(doc.selectFirst("#confirmEarlyDeadline:not([checked])"), "a box to confirm it");

        // a deadline after the period asks nothing
        String later = CampaignPageTest.form("vp.bimson",
                CampaignPageTest.with(early("PERIOD", "next"), "deadline", "2017-07-05T17:00"), List.of())
                .post("/campaigns/new").then().statusCode(200).extract().asString();
        assertNull(Jsoup.parse(later).selectFirst("#confirmEarlyDeadline"));

        Response saved = CampaignPageTest.form("vp.bimson",
                CampaignPageTest.with(early("RECIPIENTS", "review"), "confirmEarlyDeadline", "true"), List.of("14794"))
                .post("/campaigns/new");
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = saved.header("Location");
        long id = Long.parseLong(location.replaceAll(".*/campaigns/(\\d+)/.*", "$1"));
        Document review = Jsoup.parse(Tokens.as("vp.bimson").get(location).then().statusCode(200).extract().asString());
        assertNotNull(review.selectFirst("#confirmEarlyDeadline[checked]"), "the choice is kept with the draft");
        assertTrue(review.selectFirst("#confirm-publish").text().contains("trước khi kỳ báo cáo kết thúc"));
        Document detail = Jsoup
                .parse(Tokens.as("vp.bimson").get("/campaigns/" + id).then().statusCode(200).extract().asString());
        assertTrue(detail.selectFirst("#confirm-publish").text().contains("trước khi kỳ báo cáo kết thúc"),
                "the publish dialog says it again");

        // unticked again, publishing from the review is refused back to the period step
        String refused = CampaignPageTest
                .form("vp.bimson",
                        CampaignPageTest.with(early("REVIEW", "publish"), "version",
                                review.selectFirst("input[name=version]").val()),
                        List.of("14794"))
                .post("/campaigns/" + id + "/edit").then().statusCode(422).extract().asString();
        assertEquals("PERIOD", CampaignPageTest.activeStep(refused));
    }
}
