package vn.tonghop.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

@PortalTest
class MeApiTest {

    @Test
    void describesTheUserTheirTenantAndMemberships() {
        Tokens.as("badinh.cb").get("/api/me").then().statusCode(200).body("username", is("badinh.cb"))
                .body("tenant.code", is("thanh-hoa")).body("tenant.name", is("Tỉnh Thanh Hóa"))
                .body("memberships.unitCode", hasItem("14794")).body("memberships.role", hasItem("reporter"))
                .body("memberships.unitName", hasItem("UBND phường Ba Đình"));
    }

    @Test
    void anonymousCallsAreRefusedWith401() {
        given().get("/api/me").then().statusCode(401);
    }

    @Test
    void unknownLoginHasNoTenantAndNoMemberships() {
        Tokens.as("stranger").get("/api/me").then().statusCode(200).body("tenant", nullValue())
                .body("memberships.size()", is(0));
    }
}
