package vn.tonghop.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The province's staff (issuer and viewer at the province) read Bỉm Sơn's consolidation of the request it relayed, but
 * writing it is the town's own: the narrative, the own row and the letter data stay as the town saved them.
 */
@PortalTest
class ParentViewerWriteTest {

    @Inject
    PortalClock clock;

    @AfterEach
    void now() {
        clock.set(null);
    }

    @Test
    void aProvincialViewerCannotWriteTheDistrictsConsolidatedNarrative() {
        Scenario.april2017(clock);
        long child = Scenario.bimSonChain();
        String consolidated = "/api/campaigns/" + child + "/consolidated";
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "sections", Map.of("uu-diem", "<p>Bản của thị xã</p>"))).put(consolidated)
                .then().statusCode(200);
        long version = Tokens.as("vp.bimson").get(consolidated).then().extract().jsonPath().getLong("version");

        Tokens.as("snv.thanhhoa").get(consolidated).then().statusCode(200).body(containsString("Bản của thị xã"));
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("version", version, "sections", Map.of("uu-diem", "<p>Sở sửa</p>"))).put(consolidated)
                .then().statusCode(403);
        Tokens.as("snv.thanhhoa").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", String.valueOf(version)).formParam("section.uu-diem", "<p>Sở sửa</p>")
                .post("/campaigns/" + child + "/rollup/consolidated").then().statusCode(403);
        Tokens.as("snv.thanhhoa").contentType(ContentType.JSON)
                .body(Map.of("version", 0, "tables",
                        Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("381", 1, 1, 0))))))
                .put("/api/campaigns/" + child + "/submissions/381").then().statusCode(403);

        Tokens.as("vp.bimson").get(consolidated).then().statusCode(200).body(containsString("Bản của thị xã"))
                .body(not(containsString("Sở sửa")));
        assertEquals(version, Tokens.as("vp.bimson").get(consolidated).then().extract().jsonPath().getLong("version"));
        // the province's page of the town's consolidation offers no form to write it
        Tokens.as("snv.thanhhoa").get("/campaigns/" + child + "/rollup").then().statusCode(200)
                .body(not(containsString("id=\"consolidated-form\"")));
    }
}
