package vn.tonghop.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** Pages and API answers tell the browser not to frame the portal, not to guess types, and what it may load. */
@PortalTest
class SecurityHeadersTest {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (var response : java.util.List.of(RestAssured.given().get("/"), Tokens.as("badinh.cb").get("/campaigns"),
                Tokens.as("badinh.cb").get("/api/me"))) {
            response.then().header("X-Content-Type-Options", is("nosniff")).header("X-Frame-Options", is("DENY"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"));
        }
    }
}
