package vn.tonghop.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

@PortalTest
class CampaignPageTest {

    @Inject
    PortalClock clock;

    @BeforeEach
    void april2017() {
        clock.set(Clock.fixed(Instant.parse("2017-04-22T01:00:00Z"), PortalClock.ZONE));
    }

    @AfterEach
    void now() {
        clock.set(null);
    }

    @Test
    void districtOfficeCreatesAndPublishesARequestThroughTheForm() {
        Tokens.as("vp.bimson").get("/campaigns/new").then().statusCode(200).body(containsString("UBND phường Ba Đình"))
                .body(containsString("mot-cua-2017-q1"));
        String location = Tokens.as("vp.bimson").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("templateCode", "mot-cua-2017-q1").formParam("issuerUnitCode", "381")
                .formParam("title", "Báo cáo một cửa quý I/2017").formParam("letterNumber", "675/UBND-VP")
                .formParam("letterDate", "2017-04-24").formParam("periodLabel", "Quý I/2017")
                .formParam("deadline", "2017-04-25T17:00").formParam("recipientUnitCodes", "14794")
                .formParam("recipientUnitCodes", "14797").post("/campaigns").then().statusCode(303).extract()
                .header("Location");
        Tokens.as("vp.bimson").get(location).then().statusCode(200).body(containsString("Đã tạo dự thảo"))
                .body(containsString("17:00 25/04/2017")).body(containsString("Đã nộp 0/2"));
    }

    @Test
    void aRefusedFormComesBackWithTheTypedValuesAndAVietnameseMessage() {
        Tokens.as("vp.bimson").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("templateCode", "mot-cua-2017-q1").formParam("issuerUnitCode", "381")
                .formParam("title", "Tiêu đề đã gõ").formParam("periodLabel", "Quý I/2017")
                .formParam("deadline", "2017-04-01T17:00").formParam("recipientUnitCodes", "14794").post("/campaigns")
                .then().statusCode(422).body(containsString("đã qua")).body(containsString("Tiêu đề đã gõ"));
    }

    @Test
    void englishIsOneSwitchAway() {
        Tokens.as("badinh.cb").cookie("lang", "en").get("/campaigns").then().statusCode(200)
                .body(containsString("Reports to submit")).body(not(containsString("Báo cáo cần nộp")));
    }
}
