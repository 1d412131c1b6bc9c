package vn.tonghop.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/**
 * A tenant of its own for one test, opened by the demo platform administrator through the API: its root unit (code
 * {@link #ROOT}) and an administrator there. Tests that import or reorganise units use one, so that the demo tenants
 * other tests rely on stay as they are.
 */
public record FreshTenant(String code, String admin) {

    public static final String ROOT = "99";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static FreshTenant open(String prefix) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
        String code = prefix + "-" + suffix;
        String admin = "admin." + code;
        Tokens.as("platform.admin").contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Tỉnh thử " + suffix, "rootCode", ROOT, "rootName",
                        "UBND tỉnh thử " + suffix, "adminUsername", admin, "adminDisplayName", "Quản trị thử"))
                .post("/api/platform/tenants").then().statusCode(201);
        return new FreshTenant(code, admin);
    }
}
