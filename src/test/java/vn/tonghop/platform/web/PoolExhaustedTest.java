package vn.tonghop.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * With every pooled connection taken, even the first read of a request (the user's memberships, plain JDBC while the
 * identity is built) answers 503 with Retry-After, not 500; the bench met this when relays were published in parallel
 * on a busy machine.
 */
@PortalTest
@TestProfile(PoolExhaustedTest.TwoConnections.class)
class PoolExhaustedTest {

    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatFindsNoConnectionIsToldToComeBack() throws Exception {
        Tokens.as("badinh.cb").get("/api/me").then().statusCode(200);
        try (Connection one = dataSource.getConnection();
                Connection two = dataSource.getConnection()) {
            Tokens.as("vp.bimson").get("/api/me").then().statusCode(503).header("Retry-After", notNullValue())
                    .body("messages[0]", containsString("đang phục vụ nhiều người cùng lúc"));
        }
        Tokens.as("vp.bimson").get("/api/me").then().statusCode(200);
    }
}
