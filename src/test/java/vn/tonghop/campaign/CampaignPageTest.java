package vn.tonghop.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/** The campaign pages driven by form posts, as a browser without JavaScript would. */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class CampaignPageTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    PortalClock clock;

    /** What Bỉm Sơn types into the editor for its own Q1/2017 request, step by step. */
    static Map<String, String> bimSonForm() {
        Map<String, String> f = new HashMap<>();
        f.put("templateCode", "mot-cua-2017-q1");
        f.put("issuerUnitCode", "381");
        f.put("title", "Báo cáo kết quả cải cách hành chính quý I/2017");
        f.put("letterNumber", "680/UBND-VP");
        f.put("letterDate", "2017-04-22");
        f.put("subject", "V/v báo cáo kết quả CCHC quý I/2017");
        f.put("urgency", "URGENT");
        f.put("addressees", "UBND phường Ba Đình\nUBND phường Ngọc Trạo");
        f.put("distribution", "Như trên;\nLưu: VT");
        f.put("signerCapacity", "KT. CHỦ TỊCH");
        f.put("signerTitle", "PHÓ CHỦ TỊCH");
        f.put("signerName", "Nguyễn Văn Bình");
        f.put("respondsTo", "496/SNV-CCHC");
        f.put("periodKind", "QUARTER");
        f.put("periodYear", "2017");
        f.put("periodQuarter", "1");
        f.put("deadline", "2017-04-25T17:00");
        f.put("latePolicy", "LOCK_AFTER_DAYS");
        f.put("lockAfterDays", "3");
        f.put("reminderDays", "1");
        f.put("recipientMode", "LIST");
        return f;
    }

    static RequestSpecification form(String user, Map<String, String> fields, List<String> recipients) {
        RequestSpecification spec = Tokens.as(user).redirects().follow(false).contentType(FORM).formParams(fields);
        for (String code : recipients) {
            spec = spec.formParam("recipientUnitCodes", code);
        }
        return spec;
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> f = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            f.put(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    /** Follows a post/redirect/get the way a browser does: with the flash cookie the redirect set. */
    static String follow(String user, Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        RequestSpecification spec = Tokens.as(user);
        String flash = redirect.getCookie("flash");
        if (flash != null) {
            spec = spec.cookie("flash", flash);
        }
        return spec.get(redirect.header("Location")).then().statusCode(200).extract().asString();
    }

    static String activeStep(String html) {
        Matcher m = Pattern.compile("class=\"tab-pane fade show active\" id=\"step-([A-Z]+)\"").matcher(html);
        assertTrue(m.find(), "no active step");
        return m.group(1);
    }

    static long idOf(String location) {
        Matcher m = Pattern.compile("/campaigns/(\\d+)").matcher(location);
        assertTrue(m.find(), location);
        return Long.parseLong(m.group(1));
    }

    static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theEditorStepsThroughFormPostsAndKeepsWhatWasTyped() {
        String blank = Tokens.as("vp.bimson").get("/campaigns/new").then().statusCode(200).extract().asString();
        assertEquals("TEMPLATE", activeStep(blank));
        assertTrue(blank.contains("UBND phường Ba Đình") && blank.contains("mot-cua-2017-q1"));
        assertTrue(blank.contains("value=\"2017-04-22\""), "letter dated today");
        assertTrue(blank.contains("id=\"periodYear\" name=\"periodYear\" value=\"2017\""), "last quarter proposed");

        // step 1 refused: no template; everything typed elsewhere comes back
        Map<String, String> noTemplate = with(bimSonForm(), "templateCode", "", "step", "TEMPLATE", "action", "next");
        String refused = form("vp.bimson", noTemplate, List.of("14794")).post("/campaigns/new").then().statusCode(422)
                .extract().asString();
        assertEquals("TEMPLATE", activeStep(refused));
        assertTrue(refused.contains("Chưa nhập Mẫu đề cương."), refused);
        assertTrue(refused.contains("value=\"Báo cáo kết quả cải cách hành chính quý I/2017\""));
        assertTrue(refused.contains("id=\"r-14794\" checked"));

        // step 1 accepted: the letter comes next
        String letter = form("vp.bimson", with(bimSonForm(), "step", "TEMPLATE", "action", "next"), List.of())
                .post("/campaigns/new").then().statusCode(200).extract().asString();
        assertEquals("LETTER", activeStep(letter));

        // step 2 refused: no title, and a bad signing capacity
        String noTitle = form("vp.bimson",
                with(bimSonForm(), "title", " ", "signerCapacity", "Chủ tịch", "step", "LETTER", "action", "next"),
                List.of()).post("/campaigns/new").then().statusCode(422).extract().asString();
        assertEquals("LETTER", activeStep(noTitle));
        assertTrue(noTitle.contains("Chưa nhập Tên báo cáo.") && noTitle.contains("Thẩm quyền ký phải bắt đầu"));
        assertTrue(noTitle.contains("value=\"680/UBND-VP\"") && noTitle.contains("value=\"Chủ tịch\""));
        assertTrue(noTitle.contains("UBND phường Ba Đình\nUBND phường Ngọc Trạo</textarea>"));

        // step 3 refused: a deadline already past, a cut-off that is not a date
        String past = form("vp.bimson",
                with(bimSonForm(), "deadline", "2017-04-01T17:00", "step", "PERIOD", "action", "next"), List.of())
                        .post("/campaigns/new").then().statusCode(422).extract().asString();
        assertEquals("PERIOD", activeStep(past));
        assertTrue(past.contains("Hạn nộp 17:00 01/04/2017 đã qua"), past);
        assertTrue(past.contains("value=\"2017-04-01T17:00\""));
        String badDate = form("vp.bimson",
                with(bimSonForm(), "cutOff", "31/02/2017", "step", "PERIOD", "action", "next"), List.of())
                        .post("/campaigns/new").then().statusCode(422).extract().asString();
        assertTrue(badDate.contains("&#39;31/02/2017&#39; không phải ngày hợp lệ")
                || badDate.contains("'31/02/2017' không phải ngày hợp lệ"), badDate);
        // an earlier step's problem is reported first, on its own step
        String earlier = form("vp.bimson",
                with(bimSonForm(), "title", "", "cutOff", "31/02/2017", "step", "PERIOD", "action", "next"), List.of())
                        .post("/campaigns/new").then().statusCode(422).extract().asString();
        assertEquals("LETTER", activeStep(earlier));

        String recipients = form("vp.bimson", with(bimSonForm(), "step", "PERIOD", "action", "next"), List.of())
                .post("/campaigns/new").then().statusCode(200).extract().asString();
        assertEquals("RECIPIENTS", activeStep(recipients));

        // step 4 refused: nobody chosen
        String nobody = form("vp.bimson", with(bimSonForm(), "step", "RECIPIENTS", "action", "review"), List.of())
                .post("/campaigns/new").then().statusCode(422).extract().asString();
        assertEquals("RECIPIENTS", activeStep(nobody));
        assertTrue(nobody.contains("Chưa chọn đơn vị nhận báo cáo."));

        // saved as a draft, shown for review with the letter to preview
        Response saved = form("vp.bimson", with(bimSonForm(), "step", "RECIPIENTS", "action", "review"),
                List.of("14794", "14797")).post("/campaigns/new");
        assertTrue(saved.header("Location").matches(".*/campaigns/\\d+/edit\\?step=REVIEW"), saved.header("Location"));
        long id = idOf(saved.header("Location"));
        String review = follow("vp.bimson", saved);
        assertEquals("REVIEW", activeStep(review));
        assertEquals(1, occurrences(review, "Đã tạo dự thảo yêu cầu báo cáo."));
        assertTrue(review.contains("href=\"/campaigns/" + id + "/letter.docx\""));
        assertTrue(review.contains("Quý I/2017 (01/01/2017 – 31/03/2017)"), review);
        assertTrue(review.contains("17:00 25/04/2017") && review.contains("UBND phường Ngọc Trạo"));

        Tokens.as("vp.bimson").get("/api/campaigns/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("DRAFT")).body("urgency", org.hamcrest.Matchers.is("URGENT"))
                .body("signerCapacity", org.hamcrest.Matchers.is("KT. CHỦ TỊCH"))
                .body("latePolicy", org.hamcrest.Matchers.is("LOCK_AFTER_DAYS"))
                .body("lockAfterDays", org.hamcrest.Matchers.is(3)).body("reminderDays", org.hamcrest.Matchers.is(1))
                .body("periodStart", org.hamcrest.Matchers.is("2017-01-01"))
                .body("addressees", org.hamcrest.Matchers.is("UBND phường Ba Đình\nUBND phường Ngọc Trạo"));
    }

    @Test
    void aDraftIsReopenedEditedAndPublishedFromTheEditor() {
        Response saved = form("vp.bimson", with(bimSonForm(), "step", "RECIPIENTS", "action", "review"),
                List.of("14794", "14797")).post("/campaigns/new");
        long id = idOf(saved.header("Location"));
        follow("vp.bimson", saved);

        String reopened = Tokens.as("vp.bimson").get("/campaigns/" + id + "/edit").then().statusCode(200).extract()
                .asString();
        assertEquals("TEMPLATE", activeStep(reopened));
        assertTrue(reopened.contains("value=\"680/UBND-VP\"") && reopened.contains("id=\"r-14797\" checked"));
        assertTrue(reopened.contains("<option value=\"1\" selected>I</option>"), "the quarter is recognised");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(reopened);
        assertTrue(version.find());

        // an edit that changes the recipients and the period to a custom range
        Map<String, String> edit = with(bimSonForm(), "version", version.group(1), "step", "PERIOD", "action", "save",
                "title", "Báo cáo CCHC (bản sửa)", "periodKind", "CUSTOM", "periodLabel", "Năm 2015, 2016 và 2017",
                "periodStart", "2015-01-01", "periodEnd", "2017-03-31");
        Response again = form("vp.bimson", edit, List.of("14800")).post("/campaigns/" + id + "/edit");
        assertEquals("/campaigns/" + id + "/edit?step=PERIOD",
                again.header("Location").replaceAll("^https?://[^/]+", ""));
        String afterEdit = follow("vp.bimson", again);
        assertTrue(afterEdit.contains("Đã lưu dự thảo yêu cầu báo cáo."));
        assertTrue(afterEdit.contains("value=\"Năm 2015, 2016 và 2017\""));
        Tokens.as("vp.bimson").get("/api/campaigns/" + id).then()
                .body("title", org.hamcrest.Matchers.is("Báo cáo CCHC (bản sửa)"))
                .body("recipients.unitCode", org.hamcrest.Matchers.contains("14800"))
                .body("periodStart", org.hamcrest.Matchers.is("2015-01-01"));

        // the same form posted again carries a stale version: refused, typed values kept
        String stale = form("vp.bimson", with(edit, "title", "Bản của người thứ hai"), List.of("14800"))
                .post("/campaigns/" + id + "/edit").then().statusCode(409).extract().asString();
        assertTrue(stale.contains("value=\"Bản của người thứ hai\"") && stale.contains("thay đổi"));

        String detail = Tokens.as("vp.bimson").get("/campaigns/" + id).then().statusCode(200).extract().asString();
        assertTrue(detail.contains("id=\"campaign-status\">Dự thảo</span>"), "a campaign's draft reads Dự thảo");
        assertTrue(detail.contains("href=\"/campaigns/" + id + "/edit\""));

        String current = Tokens.as("vp.bimson").get("/api/campaigns/" + id).then().extract().path("version").toString();
        Response published = form("vp.bimson",
                with(edit, "version", current, "step", "REVIEW", "action", "publish", "periodKind", "QUARTER"),
                List.of("14800")).post("/campaigns/" + id + "/edit");
        String page = follow("vp.bimson", published);
        assertEquals(1, occurrences(page, "Đã ban hành yêu cầu báo cáo."), "the flash message is shown once");
        assertTrue(page.contains("id=\"campaign-status\">Đã ban hành</span>"));
        Tokens.as("vp.bimson").get("/campaigns/" + id + "/edit").then().statusCode(409);
        form("vp.bimson", with(edit, "version", current), List.of("14800")).post("/campaigns/" + id + "/edit").then()
                .statusCode(409);
        Tokens.as("vp.hoangmai").get("/campaigns/" + id + "/edit").then().statusCode(404);
    }

    @Test
    void theRelayFormProposesAMarginAndARefusedRelayComesBackAsTyped() {
        long parent = Scenario.publishProvincialRequest();
        String page = Tokens.as("vp.bimson").get("/campaigns/" + parent).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"relayDeadline\" name=\"deadline\" value=\"2017-04-25T17:00\""), page);
        assertTrue(page.contains("id=\"rr-14794\" checked"));

        Map<String, String> relay = Map.of("action", "relay", "issuerUnitCode", "381", "letterNumber", "675/UBND-VP",
                "deadline", "2017-04-27T08:00");
        String refused = form("vp.bimson", relay, List.of("14794", "14797")).post("/campaigns/" + parent).then()
                .statusCode(422).extract().asString();
        assertTrue(refused.contains("Hạn nộp phải trước hạn của cấp trên (17:00 26/04/2017)"));
        assertTrue(refused.contains("value=\"675/UBND-VP\"") && refused.contains("value=\"2017-04-27T08:00\""));
        assertTrue(refused.contains("id=\"rr-14797\" checked") && !refused.contains("id=\"rr-14800\" checked"));

        Response created = form("vp.bimson", with(new HashMap<>(relay), "deadline", "2017-04-25T17:00"),
                Scenario.BIM_SON_COMMUNES).post("/campaigns/" + parent);
        long child = idOf(created.header("Location"));
        String childPage = follow("vp.bimson", created);
        assertEquals(1, occurrences(childPage, "Đã tạo dự thảo yêu cầu báo cáo."));
        assertTrue(childPage.contains("Dự thảo") && childPage.contains("Đã nộp 0/8"));
        assertTrue(child != parent);

        // a second relay by the same unit is not offered
        String parentAgain = Tokens.as("vp.bimson").get("/campaigns/" + parent).then().extract().asString();
        assertTrue(!parentAgain.contains("id=\"relay-form\""));
    }

    @Test
    void theCampaignPageShowsTheChainOnBothSides() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);

        String childPage = Tokens.as("vp.bimson").get("/campaigns/" + child).then().statusCode(200).extract()
                .asString();
        assertTrue(childPage.matches("(?s).*id=\"parent-campaign\".*href=\"/campaigns/" + parent
                + "\">496/SNV-CCHC</a>\\s*· Sở Nội vụ tỉnh Thanh Hóa · Hạn nộp 17:00 26/04/2017.*"), childPage);
        assertTrue(childPage.contains("href=\"/campaigns/" + child + "/submissions/14794\""));
        assertTrue(childPage.contains("href=\"/campaigns/" + child + "/rollup\"")
                && childPage.contains("href=\"/campaigns/" + child + "/letter.docx\""));

        String parentPage = Tokens.as("snv.thanhhoa").get("/campaigns/" + parent).then().statusCode(200).extract()
                .asString();
        assertTrue(parentPage.matches("(?s).*id=\"relays\".*href=\"/campaigns/" + child
                + "\">675/UBND-VP</a>.*UBND thị xã Bỉm Sơn.*17:00 25/04/2017.*Đã nộp 0/8.*"), parentPage);
        assertTrue(parentPage.contains("Đã nộp 0/3"));

        // a commune reads its own row and the chain, and cannot open the province's request
        String communePage = Tokens.as("badinh.cb").get("/campaigns/" + child).then().statusCode(200).extract()
                .asString();
        assertTrue(communePage.contains("496/SNV-CCHC") && !communePage.contains("href=\"/campaigns/" + parent + "\""));
        assertTrue(communePage.contains("UBND phường Ba Đình") && !communePage.contains("UBND phường Ngọc Trạo"));
        assertTrue(!communePage.contains("id=\"extend-form\"") && !communePage.contains("id=\"close\""));
        Tokens.as("vp.hoangmai").get("/campaigns/" + child).then().statusCode(404);
        form("vp.hoangmai", Map.of("action", "close"), List.of()).post("/campaigns/" + child).then().statusCode(404);
    }

    @Test
    void theIssuerExtendsForOneUnitClosesAndArchives() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);

        String refused = form("vp.bimson",
                Map.of("action", "extend", "unitCode", "14794", "extendDeadline", "2017-04-26T08:00", "reason", ""),
                List.of()).post("/campaigns/" + child).then().statusCode(422).extract().asString();
        assertTrue(refused.contains("Chưa nhập Lý do gia hạn.") && refused.contains("value=\"2017-04-26T08:00\""));
        assertTrue(refused.contains("<option value=\"14794\" selected>"));

        Response extended = form("vp.bimson", Map.of("action", "extend", "unitCode", "14794", "extendDeadline",
                "2017-04-26T08:00", "reason", "Phường Ba Đình mất điện"), List.of()).post("/campaigns/" + child);
        String page = follow("vp.bimson", extended);
        assertEquals(1, occurrences(page, "Đã gia hạn nộp báo cáo."));
        assertTrue(page.matches("(?s).*id=\"extensions\".*UBND phường Ba Đình</td><td>17:00 25/04/2017</td>"
                + "<td>08:00 26/04/2017</td><td>Phường Ba Đình mất điện</td><td>vp.bimson</td>.*"), page);
        assertTrue(page.matches("(?s).*<td>14794</td>\\s*<td>[^\n]*</td>\\s*<td>08:00 26/04/2017</td>.*"), page);
        assertTrue(page.matches("(?s).*<td>14797</td>\\s*<td>[^\n]*</td>\\s*<td>17:00 25/04/2017</td>.*"), page);
        assertTrue(page.contains("<dd class=\"col-sm-9\" id=\"deadline\">17:00 25/04/2017</dd>"));

        follow("vp.bimson", form("vp.bimson", Map.of("action", "close"), List.of()).post("/campaigns/" + child));
        String archived = follow("vp.bimson",
                form("vp.bimson", Map.of("action", "archive"), List.of()).post("/campaigns/" + child));
        assertTrue(archived.contains("id=\"campaign-status\">Lưu trữ</span>"));
        String again = form("vp.bimson", Map.of("action", "close"), List.of()).post("/campaigns/" + child).then()
                .statusCode(409).extract().asString();
        assertTrue(again.contains("Chỉ đóng được yêu cầu báo cáo"));
    }

    @Test
    void theInboxLinksEachRowToTheUnitsReportAndOverdueRowsStandOut() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        String inbox = Tokens.as("badinh.cb").get("/campaigns").then().statusCode(200).extract().asString();
        assertTrue(inbox.contains("href=\"/campaigns/" + child + "/submissions/14794\""));
        assertTrue(inbox.contains("href=\"/campaigns/" + child + "\""));
        assertTrue(inbox.contains("Còn 3 ngày 9 giờ"), inbox);

        Scenario.at(clock, Instant.parse("2017-04-26T03:00:00Z"));
        String late = Tokens.as("badinh.cb").get("/campaigns").then().statusCode(200).extract().asString();
        assertTrue(late.matches("(?s).*<tr class=\"table-danger\">\\s*<td><a href=\"/campaigns/" + child
                + "/submissions/14794\".*Quá hạn 0 ngày 17 giờ.*"), late);
    }

    @Test
    void aRelayedDraftIsEditedWithItsParentsTemplateAndPeriod() {
        long parent = Scenario.publishProvincialRequest();
        long child = Tokens.as("vp.bimson").contentType("application/json")
                .body(Map.of("issuerUnitCode", "381", "deadline", "2017-04-25T17:00:00+07:00", "recipientUnitCodes",
                        List.of("14794"), "letterNumber", "675/UBND-VP"))
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
        String editor = Tokens.as("vp.bimson").get("/campaigns/" + child + "/edit").then().statusCode(200).extract()
                .asString();
        assertTrue(editor.contains("Yêu cầu chuyển tiếp dùng đúng mẫu đề cương")
                && !editor.contains("id=\"templateCode\""));
        assertTrue(editor.contains("id=\"editor-parent\"") && editor.contains("496/SNV-CCHC"));
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editor);
        assertTrue(version.find());

        Map<String, String> fields = Map.of("version", version.group(1), "title", "Báo cáo một cửa quý I/2017",
                "letterNumber", "675/UBND-VP", "deadline", "2017-04-26T17:00", "step", "PERIOD", "action", "save");
        String refused = form("vp.bimson", fields, List.of("14794", "14797")).post("/campaigns/" + child + "/edit")
                .then().statusCode(422).extract().asString();
        assertEquals("PERIOD", activeStep(refused));
        assertTrue(refused.contains("Hạn nộp phải trước hạn của cấp trên (17:00 26/04/2017)"));
        assertTrue(refused.contains("id=\"r-14797\" checked"));

        follow("vp.bimson", form("vp.bimson", with(new HashMap<>(fields), "deadline", "2017-04-24T17:00"),
                List.of("14794", "14797")).post("/campaigns/" + child + "/edit"));
        Tokens.as("vp.bimson").get("/api/campaigns/" + child).then()
                .body("deadline", org.hamcrest.Matchers.is("2017-04-24T17:00:00+07:00"))
                .body("periodLabel", org.hamcrest.Matchers.is("Quý I/2017"))
                .body("recipients.unitCode", org.hamcrest.Matchers.contains("14794", "14797"));
    }

    @Test
    void aRequestGoesOutOnlyInTheNameOfAUnitTheUserIssuesFor() {
        // the province's department reads Bỉm Sơn's requests but does not write them in the town's name
        Map<String, Object> body = new HashMap<>(Scenario.bimSonRequest("2017-04-25T17:00:00+07:00", List.of("14794")));
        Tokens.as("snv.thanhhoa").contentType("application/json").body(body).post("/api/campaigns").then()
                .statusCode(403).body("messages[0]", containsString("381"));
        String editor = Tokens.as("snv.thanhhoa").get("/campaigns/new").then().statusCode(200).extract().asString();
        assertTrue(!editor.contains("<option value=\"381\""), "Bỉm Sơn is not offered as the issuer");
    }

    @Test
    void englishIsOneSwitchAway() {
        Tokens.as("badinh.cb").cookie("lang", "en").get("/campaigns").then().statusCode(200)
                .body(containsString("Reports to submit")).body(not(containsString("Báo cáo cần nộp")));
        Tokens.as("vp.bimson").cookie("lang", "en").get("/campaigns/new").then().statusCode(200)
                .body(containsString("3. Period · Deadline"))
                .body(containsString("Report regime (Decree 09/2019/ND-CP)"))
                .body(not(containsString("Kỳ báo cáo · Hạn nộp")));
        Tokens.as("vp.bimson").get("/campaigns/new").then().body(containsString("3. Kỳ báo cáo · Hạn nộp"))
                .body(matchesPattern("(?s).*<span class=\"navbar-text[^\"]*\">Ngôn ngữ:</span>.*"));
    }

    @Test
    void theIssuedListShowsEachCampaignsProgress() {
        long parent = Scenario.publishProvincialRequest();
        long child = Scenario.relayToBimSonCommunes(parent);
        Scenario.fillAndSubmit(child, "14794", "badinh.cb", "badinh.ct", 10, 8, 1);

        String list = Tokens.as("vp.bimson").get("/campaigns").then().statusCode(200).extract().asString();
        assertTrue(row(list, child).contains("Đã nộp 1/8"), row(list, child));
        assertTrue(row(list, child).contains("675/UBND-VP"), row(list, child));
        // the province sees its own request and Bỉm Sơn's relay below it, each with its own count
        String province = Tokens.as("snv.thanhhoa").get("/campaigns").then().statusCode(200).extract().asString();
        assertTrue(row(province, parent).contains("Đã nộp 0/3"), row(province, parent));
        assertTrue(row(province, child).contains("Đã nộp 1/8"), row(province, child));
    }

    /** The issued list's row of a campaign. */
    private static String row(String page, long campaign) {
        Matcher m = Pattern.compile("(?s)<tr>\\s*<td><a href=\"/campaigns/" + campaign + "\">.*?</tr>").matcher(page);
        return m.find() ? m.group() : "(no row for campaign " + campaign + ")";
    }
}
