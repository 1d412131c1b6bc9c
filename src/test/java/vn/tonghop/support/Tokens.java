package vn.tonghop.support;

import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Bearer tokens for demo users: from the real Keycloak while {@link KeycloakServer} runs (password grant of the realm's
 * command-line client), else signed by the WireMock OIDC server the tests run against.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username) {
        String realm = KeycloakServer.realmUrl();
        if (realm != null) {
            return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "tonghop-cli")
                    .formParam("username", username).formParam("password", "demo")
                    .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract()
                    .path("access_token");
        }
        return OidcWiremockTestResource.getAccessToken(username, Set.of());
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().oauth2(of(username));
    }
}
