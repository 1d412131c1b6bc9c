package vn.tonghop.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * With its bound reached the portal answers at once "busy, retry after" in Vietnamese, on the API and on pages, never a
 * 500; static files still load, and once the requests in flight end, the next one is served.
 */
@PortalTest
@TestProfile(OverloadTest.TwoAtATime.class)
class OverloadTest {

    public static class TwoAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tonghop.overload.max-in-flight", "2", "tonghop.overload.retry-after-seconds", "3");
        }
    }

    @Test
    void aBusyPortalSaysSoAndServesAgainAfterwards() throws Exception {
        HeldRequests.gate = new CountDownLatch(1);
        List<CompletableFuture<Integer>> held = List.of(hold(), hold());
        long until = System.currentTimeMillis() + 20_000;
        while (HeldRequests.inside.get() < 2 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(2, HeldRequests.inside.get(), "both held requests are in flight");
        try {
            Tokens.as("badinh.cb").get("/api/me").then().statusCode(503).header("Retry-After", "3").body("messages[0]",
                    containsString("đang phục vụ nhiều người cùng lúc"));
            RestAssured.given().redirects().follow(false).get("/").then().statusCode(503).header("Retry-After", "3")
                    .contentType(containsString("text/html")).body(containsString("Hệ thống đang bận"))
                    .body(containsString("href=\"/\""));
            RestAssured.given().redirects().follow(false).formParam("version", "1").post("/campaigns/1/submit").then()
                    .statusCode(503).body(containsString("nội dung đã nhập vẫn còn"));
            RestAssured.given().get("/static/portal.css").then().statusCode(200);
        } finally {
            HeldRequests.gate.countDown();
        }
        for (CompletableFuture<Integer> f : held) {
            assertEquals(200, f.get());
        }
        Tokens.as("badinh.cb").get("/api/me").then().statusCode(200);
    }

    private static CompletableFuture<Integer> hold() {
        return CompletableFuture.supplyAsync(() -> Tokens.as("badinh.cb").get("/api/test-only/held").statusCode());
    }
}
