package vn.tonghop.demo;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;

/** Outside dev mode the run command's login page is not built: nothing answers at its path. */
@PortalTest
class DevLoginAbsentTest {

    @Test
    void thereIsNoDevLoginPage() {
        given().queryParam("state", "s").queryParam("redirect_uri", "http://localhost/login/callback")
                .get("/dev/dang-nhap").then().statusCode(404);
    }
}
