package vn.tonghop.security;

import static org.hamcrest.Matchers.is;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import vn.tonghop.support.PortalTest;

/**
 * Bearer tokens the API must refuse: another issuer, another audience, expired, not yet valid, a bad signature, no
 * signature. The control token, built the same way, is accepted, so each refusal is the token's fault.
 */
@PortalTest
class TokenValidationTest {

    static final String ISSUER = "https://server.example.com";

    static JwtClaimsBuilder claims() {
        return Jwt.preferredUserName("vp.bimson").upn("vp.bimson").issuer(ISSUER).audience(ISSUER)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    /** Signed with the WireMock OIDC server's own key (the one its JWKS publishes). */
    static String signed(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    static int me(String token) {
        return RestAssured.given().auth().oauth2(token).get("/api/me").statusCode();
    }

    @Test
    void aWellFormedTokenIsAccepted() {
        RestAssured.given().auth().oauth2(signed(claims())).get("/api/me").then().statusCode(200).body("username",
                is("vp.bimson"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        org.junit.jupiter.api.Assertions.assertEquals(401, me(signed(claims().issuer("https://evil.example.com"))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        org.junit.jupiter.api.Assertions.assertEquals(401, me(signed(claims().audience("another-client"))));
    }

    @Test
    void anExpiredTokenIsRefused() {
        org.junit.jupiter.api.Assertions.assertEquals(401, me(signed(
                claims().issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)))));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey other = generator.generateKeyPair().getPrivate();
        org.junit.jupiter.api.Assertions.assertEquals(401, me(claims().jws().keyId("1").sign(other)));
    }

    @Test
    void anUnsignedOrTamperedTokenIsRefused() {
        String token = signed(claims());
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("vp.bimson", "snv.thanhhoa").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
        org.junit.jupiter.api.Assertions.assertEquals(401, me(forged));
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        org.junit.jupiter.api.Assertions.assertEquals(401, me(none));
        org.junit.jupiter.api.Assertions.assertEquals(401, me("not-a-token"));
    }
}
