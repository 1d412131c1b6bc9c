package vn.tonghop.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * Merge, dissolve and move, effective on a date, with history kept: the tree on any earlier day is unchanged. The demo
 * district Hà Trung, dissolved by the 2025 reform, is checked as it ships; the other cases work in a tenant of their
 * own.
 */
@PortalTest
class ReorganisationTest {

    FreshTenant tenant;

    /** 99 → H1 (X1, X2), H2 (X3), H3; all valid from 2010. */
    @BeforeEach
    void ownTenantWithTwoDistricts() {
        tenant = FreshTenant.open("sap-xep");
        String csv = String.join("\n", "code,name,kind,parentCode,validFrom,validTo",
                "H1,UBND huyện Một,DISTRICT,99,01/01/2010,", "X1,UBND xã Một,COMMUNE,H1,01/01/2010,",
                "X2,UBND xã Hai,COMMUNE,H1,01/01/2010,", "H2,UBND huyện Hai,DISTRICT,99,01/01/2010,",
                "X3,UBND xã Ba,COMMUNE,H2,01/01/2010,", "H3,UBND huyện Ba,DISTRICT,99,01/01/2010,");
        Tokens.as(tenant.admin()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200).body("created", is(6));
    }

    ValidatableResponse tree(String under, String on) {
        return Tokens.as(tenant.admin()).get("/api/units?under=" + under + "&on=" + on).then().statusCode(200);
    }

    ValidatableResponse act(String user, String code, String action, Map<String, Object> body) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/units/" + code + "/" + action)
                .then();
    }

    @Test
    void theDemoDistrictHaTrungHoldsItsCommunesBeforeTheReformAndTheProvinceAfter() {
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=2017-03-31").then().statusCode(200)
                .body("code", hasItems("384", "14950", "14953", "14956"))
                .body("findAll { it.code in ['14950', '14953', '14956'] }.parentCode", contains("384", "384", "384"))
                .body("find { it.code == '384' }.parentCode", is("38"));
        // the same day written as officials write it
        Tokens.as("snv.thanhhoa").get("/api/units?under=384&on=31/03/2017").then().statusCode(200).body("code",
                contains("384", "14950", "14953", "14956"));
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=2025-07-01").then().statusCode(200)
                .body("code", not(hasItem("384"))).body("code", hasItems("14950", "14953", "14956"))
                .body("findAll { it.code in ['14950', '14953', '14956'] }.parentCode", contains("38", "38", "38"));
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=2025-06-30").then().body("code", hasItem("384"));
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=31-02-2017").then().statusCode(422).body("messages[0]",
                containsString("31-02-2017"));
    }

    @Test
    void aMergeMovesTheChildrenAndEndsTheUnitTheDayBefore() {
        act(tenant.admin(), "H2", "merge", Map.of("into", "H1", "effectiveOn", "2020-07-01", "note", "Nghị quyết số 1"))
                .statusCode(200).body("kind", is("MERGE")).body("targetCode", is("H1"))
                .body("effectiveOn", is("2020-07-01"));
        tree("99", "2020-06-30").body("code", hasItems("H2", "X3")).body("find { it.code == 'X3' }.parentCode",
                is("H2"));
        tree("99", "2020-07-01").body("code", not(hasItem("H2"))).body("find { it.code == 'X3' }.parentCode", is("H1"));
        tree("H1", "2020-07-01").body("code", contains("H1", "X1", "X2", "X3"));
        // the merged district as it was, and its end
        tree("H2", "2019-01-01").body("code", contains("H2", "X3")).body("[0].validTo", is("2020-06-30"));
        Tokens.as(tenant.admin()).get("/api/units/history").then().body("kind", hasItem("MERGE"))
                .body("find { it.kind == 'MERGE' }.note", is("Nghị quyết số 1"));
    }

    @Test
    void aDissolutionHandsTheChildrenToTheReceivingUnit() {
        act(tenant.admin(), "H1", "dissolve", Map.of("childrenTo", "99", "effectiveOn", "2025-07-01")).statusCode(200)
                .body("kind", is("DISSOLVE"));
        tree("99", "2025-06-30").body("find { it.code == 'X1' }.parentCode", is("H1"));
        tree("99", "2025-07-01").body("code", not(hasItem("H1"))).body("findAll { it.code in ['X1', 'X2'] }.parentCode",
                contains("99", "99"));
        // a unit with children cannot be dissolved without a receiver
        act(tenant.admin(), "H2", "dissolve", Map.of("effectiveOn", "2025-07-01")).statusCode(422).body("messages[0]",
                containsString("X3"));
    }

    @Test
    void aMoveTakesTheWholeSubtreeFromTheDayOn() {
        act(tenant.admin(), "X3", "move", Map.of("to", "H3", "effectiveOn", "2022-01-01")).statusCode(200).body("kind",
                is("MOVE"));
        tree("H2", "2021-12-31").body("code", contains("H2", "X3"));
        tree("H2", "2022-01-01").body("code", contains("H2"));
        tree("H3", "2022-01-01").body("code", contains("H3", "X3")).body("[1].parentCode", is("H3")).body("[1].validTo",
                nullValue());
        // then the district with its new commune moves under another one: the commune follows
        act(tenant.admin(), "H3", "move", Map.of("to", "H1", "effectiveOn", "2023-01-01")).statusCode(200);
        tree("H1", "2023-01-01").body("code", contains("H1", "H3", "X3", "X1", "X2"))
                .body("find { it.code == 'X3' }.parentCode", is("H3"));
        tree("H1", "2022-06-01").body("code", not(hasItem("X3")));
    }

    @Test
    void badRequestsAreRefusedWithReasons() {
        // before the units existed
        act(tenant.admin(), "H2", "merge", Map.of("into", "H1", "effectiveOn", "2005-01-01")).statusCode(422)
                .body("messages[0]", containsString("01/01/2005"));
        // on the unit's first day: nothing to end
        act(tenant.admin(), "H2", "merge", Map.of("into", "H1", "effectiveOn", "2010-01-01")).statusCode(422)
                .body("messages[0]", containsString("01/01/2010"));
        // into its own subtree
        act(tenant.admin(), "H1", "move", Map.of("to", "X1", "effectiveOn", "2020-01-01")).statusCode(422);
        // missing fields, listed together
        act(tenant.admin(), "H1", "merge", Map.of()).statusCode(422).body("messages.size()", is(2));
        act(tenant.admin(), "NOPE", "merge", Map.of("into", "H1", "effectiveOn", "2020-01-01")).statusCode(404);
        // the tree stays as it was
        tree("99", "2030-01-01").body("code", hasItems("H1", "H2", "H3", "X1", "X2", "X3"));
    }

    @Test
    void onlyAdministratorsOfBothUnitsReorganise() {
        act("vp.bimson", "14794", "merge", Map.of("into", "14797", "effectiveOn", "2020-01-01")).statusCode(403);
        act("badinh.cb", "14794", "merge", Map.of("into", "14797", "effectiveOn", "2020-01-01")).statusCode(403);
        // another tenant's units do not exist for this tenant's administrator, and the reverse
        act(tenant.admin(), "14794", "merge", Map.of("into", "H1", "effectiveOn", "2020-01-01")).statusCode(404);
        act("admin.thanhhoa", "H2", "merge", Map.of("into", "381", "effectiveOn", "2020-01-01")).statusCode(404);
        Tokens.as("admin.thanhhoa").get("/api/units/history").then().statusCode(200).body("unitCode",
                not(hasItem("H2")));
        tree("99", "2030-01-01").body("code", hasItems("H1", "H2"));
    }
}
