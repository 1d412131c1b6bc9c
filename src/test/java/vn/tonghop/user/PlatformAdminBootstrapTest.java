package vn.tonghop.user;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import jakarta.inject.Inject;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** TONGHOP_PLATFORM_ADMINS makes logins platform administrators at start, so an empty database can be set up. */
@PortalTest
class PlatformAdminBootstrapTest {

    @Inject
    PlatformAdminBootstrap bootstrap;

    @Test
    void namedLoginsBecomePlatformAdministrators() {
        Tokens.as("boot.admin").get("/api/platform/tenants").then().statusCode(403);
        PlatformAdminBootstrap bean = ClientProxy.unwrap(bootstrap);
        Optional<List<String>> configured = bean.platformAdmins;
        try {
            bean.platformAdmins = Optional.of(List.of(" boot.admin ", "có khoảng trắng"));
            bean.onStart(null);
            bean.onStart(null);
        } finally {
            bean.platformAdmins = configured;
        }
        Tokens.as("boot.admin").get("/api/me").then().body("platformAdmin", is(true)).body("tenant", nullValue());
        Tokens.as("boot.admin").get("/api/platform/tenants").then().statusCode(200);
    }
}
