package vn.tonghop.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Lets the WireMock OIDC server log in any demo user through the code flow. Its own stubs log in one fixed user
 * ("alice") whatever is typed on its login page; for each user a test logs in as, this adds two stubs of higher
 * priority: the login form, submitted with that user name, redirects back with a code of that user, and the token
 * endpoint exchanges that code for tokens of that user, signed with the server's own key. Test-only: the portal sees an
 * ordinary OIDC provider.
 */
public final class OidcLogin {

    private static final String REALM = "/auth/realms/quarkus";
    /** The server's issuer and access-token audience, as the portal's %test settings expect. */
    private static final String ISSUER_AUDIENCE = "https://server.example.com";

    private OidcLogin() {
    }

    /**
     * Makes the provider's login page accept this user name, with tokens minted now: they live five minutes, and a
     * login later in a long run must not get the tokens of the user's first login, expired by then (a slow CI machine
     * met that as pages of another session).
     */
    public static void allow(String username) {
        WireMock wireMock = server();
        UUID loginId = UUID.nameUUIDFromBytes(("login:" + username).getBytes(StandardCharsets.UTF_8));
        UUID tokenId = UUID.nameUUIDFromBytes(("token:" + username).getBytes(StandardCharsets.UTF_8));
        wireMock.allStubMappings().getMappings().stream()
                .filter(m -> loginId.equals(m.getId()) || tokenId.equals(m.getId())).toList()
                .forEach(wireMock::removeStubMapping);
        String code = "tonghop-" + UUID.nameUUIDFromBytes(("code:" + username).getBytes(StandardCharsets.UTF_8));
        wireMock.register(post(urlEqualTo(REALM + "/token")).withId(tokenId).atPriority(1)
                .withRequestBody(containing("authorization_code")).withRequestBody(containing("code=" + code))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(tokens(username))));
        wireMock.register(get(urlPathEqualTo("/login")).withId(loginId).atPriority(1)
                .withQueryParam("username", equalTo(username))
                .willReturn(aResponse().withStatus(302)
                        .withHeader("Location",
                                "{{request.query.redirect_uri}}?state={{request.query.state}}&code=" + code)
                        .withTransformers("response-template")));
    }

    /**
     * Makes the provider's end-session endpoint (where the portal's /logout sends the browser) end the session and send
     * the browser back to the portal, as Keycloak does; idempotent.
     */
    public static void allowLogout() {
        WireMock wireMock = server();
        UUID logoutId = UUID.nameUUIDFromBytes("logout".getBytes(StandardCharsets.UTF_8));
        if (wireMock.allStubMappings().getMappings().stream().anyMatch(m -> logoutId.equals(m.getId()))) {
            return;
        }
        wireMock.register(
                get(urlPathEqualTo(REALM + "/protocol/openid-connect/end-session")).withId(logoutId).atPriority(1)
                        .willReturn(aResponse().withStatus(302)
                                .withHeader("Location",
                                        "{{request.query.post_logout_redirect_uri}}?state={{request.query.state}}")
                                .withTransformers("response-template")));
    }

    private static WireMock server() {
        URI server = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        return new WireMock(server.getHost(), server.getPort());
    }

    private static String tokens(String username) {
        String clientId = ConfigProvider.getConfig().getValue("quarkus.oidc.client-id", String.class);
        String access = OidcWiremockTestResource.getAccessToken(username, Set.of());
        String id = OidcWiremockTestResource.generateJwtToken(username, Set.of(), username, "ID",
                Set.of(clientId, ISSUER_AUDIENCE));
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + id
                + "\"}";
    }
}
