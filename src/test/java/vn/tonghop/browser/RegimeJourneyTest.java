package vn.tonghop.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Tokens;

/**
 * A district office sets up a quarterly regime on seed 001's table, on a desktop (1280 px) and on a phone (390 px):
 * creates it in the form after the confirmation, opens two periods; its commune, having reported the first quarter,
 * sees that quarter's figure greyed beside its own in the second and types ten times as much; the figure is flagged
 * beside the form, the commune explains it, and the district finds it in "Số liệu bất thường" and verifies it.
 */
@BrowserTest
@PortalTime("2026-12-20T02:00:00Z")
class RegimeJourneyTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String TABLE = "thong-ke-tthc-quy";
    static final String ROW = "cap-xa-truc-tiep";
    static final String JUSTIFICATION = "Quý II tiếp nhận hồ sơ đất đai dồn từ đợt cấp giấy chứng nhận.";

    Browser browser;

    @Test
    void aRegimeIsCreatedTwoPeriodsOpenAndAFlaggedFigureIsJustifiedAndVerifiedOnADesktop() {
        journey(1280);
    }

    @Test
    void aRegimeIsCreatedTwoPeriodsOpenAndAFlaggedFigureIsJustifiedAndVerifiedOnAPhone() {
        journey(390);
    }

    private void journey(int width) {
        FreshTenant tenant = FreshTenant.open("che-do");
        String district = "huyen." + tenant.code();
        String commune = "xa." + tenant.code();
        String units = "code,name,kind,parentCode,validFrom,validTo\n9901,UBND huyện Thử,DISTRICT,99,01/01/2000,\n"
                + "9901001,UBND xã Một,COMMUNE,9901,01/01/2000,\n9901002,UBND xã Hai,COMMUNE,9901,01/01/2000,\n";
        Tokens.as(tenant.admin()).contentType(CSV).body(units.getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200);
        String people = "username,displayName,unitCode,role\n" + district + ",Văn phòng huyện,9901,issuer;viewer\n"
                + commune + ",Cán bộ xã Một,9901001,reporter;approver\n";
        Tokens.as(tenant.admin()).contentType(CSV).body(people.getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);

        // the district office creates the regime: the form, then what will happen, then the confirmation
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        browser.loginAs(district).open("/lang/vi").open("/regimes/new");
        browser.select("templateCode", "Báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính hằng quý");
        browser.select("issuerUnitCode", "UBND huyện Thử");
        browser.fill("title", "Báo cáo kết quả tiếp nhận, giải quyết thủ tục hành chính hằng quý");
        browser.select("frequency", "QUARTERLY");
        browser.fill("firstPeriod", "2027-Q1");
        browser.fill("cutoffDay", "14");
        browser.fill("deadlineDay", "18");
        browser.check("rule-CHILDREN", true);
        browser.clickCss("#review");
        showing("confirm-text", "Chế độ này sẽ tự mở kỳ Quý I/2027");
        assertFitsTheViewport();
        browser.clickCss("#create");
        browser.waitForPath("/regimes/\\d+");
        String regime = browser.path();

        // two periods opened, each after its confirmation
        for (String period : List.of("2027-Q1", "2027-Q2")) {
            browser.clickCss("#open-next");
            showing("confirm-open-text", period.endsWith("Q1") ? "Quý I/2027" : "Quý II/2027");
            browser.clickCss("#open-next-confirmed");
            waiting("the period's campaign")
                    .until(d -> !d.findElements(By.cssSelector("#period-" + period + " a")).isEmpty());
        }
        assertFitsTheViewport();
        long q1 = campaignOf(regime, 0, district);
        long q2 = campaignOf(regime, 1, district);

        // the commune reported the first quarter (through the API: the journey is about the second)
        String first = "/api/campaigns/" + q1 + "/submissions/9901001";
        long version = Tokens.as(commune).get(first).then().statusCode(200).extract().jsonPath().getLong("version");
        Tokens.as(commune).contentType(ContentType.JSON).body(Map.of("version", version, "sections",
                Map.of("tinh-hinh-thuc-hien", "<p>Ổn định.</p>"), "tables",
                Map.of(TABLE, Map.of("rows",
                        List.of(Map.of("key", ROW, "cells", Map.of("tiep_nhan", 12, "dung_han", 10, "qua_han", 1)))))))
                .put(first).then().statusCode(200);
        Tokens.as(commune).contentType(ContentType.JSON).body(Map.of("signerName", "Nguyễn Thị Duyệt"))
                .post(first + "/submit").then().statusCode(200);

        // the commune's second quarter: the first quarter's figure greyed, ten times as much typed, the flag explained
        switchTo(commune, width).open("/campaigns/" + q2 + "/submissions/9901001");
        waiting("the form's script").until(d -> Boolean.TRUE.equals(js("return !!window.htmx;")));
        WebElement earlier = browser.driver().findElement(By.id(cell("tiep_nhan_quy_truoc")));
        assertEquals("output", earlier.getTagName(), "the previous quarter is not typed");
        assertTrue(earlier.getDomAttribute("class").contains("cell-earlier"), earlier.getDomAttribute("class"));
        assertEquals("12", earlier.getText());
        assertTrue(browser.text().contains("Quý I/2027 (kỳ trước)"), "the grid says where the grey cells come from");
        type(cell("tiep_nhan"), "120");
        waiting("the save and the flag beside the form").until(d -> !d
                .findElements(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan'] textarea")).isEmpty());
        waiting("the ratio computed from the earlier figure")
                .until(d -> d.findElement(By.id(cell("so_voi_quy_truoc"))).getText().startsWith("1.000"));
        picture("table-" + TABLE, "earlier-periods-" + width + ".png");
        String reasons = browser.driver().findElement(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan']"))
                .getText();
        assertTrue(reasons.contains("Gấp 10 lần kỳ trước (12)"), reasons);
        // a reload of the panel that lands once an explanation is begun leaves it be
        WebElement begun = browser.driver()
                .findElement(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan'] textarea"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", begun);
        begun.click();
        begun.sendKeys("Quý II");
        js("arguments[0].blur();", begun);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1], panel = document.getElementById('anomalies-panel');"
                        + "htmx.ajax('GET', panel.getAttribute('hx-get'), {target: panel, swap: 'innerHTML'})"
                        + ".then(function () { done(true); });");
        assertEquals("Quý II", begun.getDomProperty("value"), "the begun explanation is the same box, as typed");
        // the panel may still be reloaded once after the save: find the box again until the explanation goes out
        waiting("the explanation sent").ignoring(ElementNotInteractableException.class).until(d -> {
            WebElement flag = d.findElement(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan']"));
            WebElement box = flag.findElement(By.tagName("textarea"));
            if (!JUSTIFICATION.equals(box.getDomProperty("value"))) {
                js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
                box.click();
                box.sendKeys(Keys.chord(Keys.CONTROL, "a"), JUSTIFICATION);
            }
            WebElement save = flag.findElement(By.cssSelector("button.btn-outline-primary"));
            js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
            save.click();
            return true;
        });
        browser.waitForText("Đã lưu giải trình.");
        waiting("the explanation kept in the panel")
                .until(d -> d.findElement(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan'] textarea"))
                        .getDomProperty("value").equals(JUSTIFICATION));
        assertFitsTheViewport();

        // the district: the figure first in its list, with the explanation; verified
        switchTo(district, width).open("/campaigns/" + q2 + "/anomalies");
        WebElement listed = browser.driver().findElement(By.cssSelector("#anomalies .anomaly"));
        assertEquals("tiep_nhan", listed.getDomAttribute("data-column"), "the farthest figure comes first");
        assertTrue(listed.getText().contains("Đã giải trình") && listed.getText().contains("đất đai"),
                listed.getText());
        assertFitsTheViewport();
        WebElement verify = listed.findElement(By.cssSelector("button.btn-success"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", verify);
        verify.click();
        browser.waitForText("Đã ghi nhận: số liệu đã được xác minh.");
        WebElement done = browser.driver()
                .findElement(By.cssSelector("#anomalies .anomaly[data-column='tiep_nhan'] .badge"));
        assertEquals("Đã xác minh", done.getText());
        Tokens.as(district).get("/api/campaigns/" + q2 + "/anomalies").then().statusCode(200)
                .body("items.find { it.column == 'tiep_nhan' }.verifiedBy", org.hamcrest.Matchers.is(district));
    }

    /** Logs the next person in (the menu with "Đăng xuất" unfolded at desktop width), back at the journey's width. */
    private Browser switchTo(String user, int width) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.logout().loginAs(user).open("/lang/vi");
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        return browser;
    }

    /** Leaves a picture of an element in {@code target/screenshots/}, to look at. */
    private void picture(String id, String name) {
        js("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                browser.driver().findElement(By.id(id)));
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), browser.screenshot());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long campaignOf(String regimePath, int index, String user) {
        return Tokens.as(user).get("/api" + regimePath).then().statusCode(200).extract().jsonPath()
                .getLong("periods[" + index + "].campaignId");
    }

    static String cell(String column) {
        return "cell-" + TABLE + "-" + ROW + "-" + column;
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private void showing(String id, String part) {
        waiting("#" + id + " to read '" + part + "'")
                .until(d -> d.findElements(By.id(id)).stream().anyMatch(e -> e.getText().contains(part)));
    }

    private void assertFitsTheViewport() {
        Object overflow = js("return document.body.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "the body is wider than the viewport by " + overflow + " px");
    }

    private WebDriverWait waiting(String what) {
        return browser.waitingFor(() -> what);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }
}
