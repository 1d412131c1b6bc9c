package vn.tonghop.support;

import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Bearer tokens for demo users, signed by the WireMock OIDC server the tests run against. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username) {
        return OidcWiremockTestResource.getAccessToken(username, Set.of());
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().oauth2(of(username));
    }
}
