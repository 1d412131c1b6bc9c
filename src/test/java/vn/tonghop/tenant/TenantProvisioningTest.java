package vn.tonghop.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** Only a platform administrator opens a tenant: with its root unit and first administrator, all or nothing. */
@PortalTest
class TenantProvisioningTest {

    static Map<String, Object> request(String code) {
        return new HashMap<>(Map.of("code", code, "name", "Tỉnh Hà Tĩnh", "rootCode", "42", "rootName",
                "UBND tỉnh Hà Tĩnh", "adminUsername", "admin." + code, "adminDisplayName", "Quản trị Hà Tĩnh"));
    }

    @Test
    void aPlatformAdministratorOpensATenantWithItsRootAndAdministrator() {
        String code = "ha-tinh-" + System.nanoTime() % 100_000_000L;
        Tokens.as("platform.admin").contentType(ContentType.JSON).body(request(code)).post("/api/platform/tenants")
                .then().statusCode(201).body("code", is(code)).body("name", is("Tỉnh Hà Tĩnh"))
                .body("createdAt", notNullValue());
        Tokens.as("platform.admin").get("/api/platform/tenants").then().statusCode(200).body("code",
                hasItems("thanh-hoa", "nghe-an", code));
        Tokens.as("admin." + code).get("/api/me").then().body("tenant.code", is(code))
                .body("memberships.unitCode", is(List.of("42"))).body("memberships.role", is(List.of("admin")));
        // the new tenant's root has the same code as nothing else of it; other tenants keep theirs
        Tokens.as("admin." + code).get("/api/units?under=42").then().statusCode(200).body("code", is(List.of("42")));
        Tokens.as("admin." + code).get("/api/units?under=38").then().statusCode(404);
        Tokens.as("platform.admin").contentType(ContentType.JSON).body(request(code)).post("/api/platform/tenants")
                .then().statusCode(409).body("messages[0]", containsString(code));
    }

    @Test
    void nobodyElseOpensOrListsTenants() {
        for (String user : List.of("admin.thanhhoa", "vp.bimson", "admin.nghean", "stranger")) {
            Tokens.as(user).contentType(ContentType.JSON).body(request("khong-duoc")).post("/api/platform/tenants")
                    .then().statusCode(403);
            Tokens.as(user).get("/api/platform/tenants").then().statusCode(403);
            Tokens.as(user).get("/platform/tenants").then().statusCode(403);
        }
        Tokens.as("platform.admin").get("/api/platform/tenants").then().body("code",
                org.hamcrest.Matchers.not(hasItem("khong-duoc")));
    }

    @Test
    void badRequestsListEveryProblemAndCreateNothing() {
        Map<String, Object> bad = request("Sai Mã");
        bad.put("rootName", "");
        bad.put("adminUsername", "có khoảng trắng");
        Tokens.as("platform.admin").contentType(ContentType.JSON).body(bad).post("/api/platform/tenants").then()
                .statusCode(422).body("messages.size()", is(3));
        // a login of another tenant cannot become the new tenant's administrator
        Tokens.as("platform.admin").contentType(ContentType.JSON)
                .body(Map.of("code", "trung-ten", "name", "Tỉnh", "rootCode", "1", "rootName", "UBND", "adminUsername",
                        "vp.bimson"))
                .post("/api/platform/tenants").then().statusCode(409).body("messages[0]", containsString("vp.bimson"));
        Tokens.as("platform.admin").get("/api/platform/tenants").then().body("code",
                org.hamcrest.Matchers.not(hasItem("trung-ten")));
    }
}
