package vn.tonghop.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

@PortalTest
class UnitApiTest {

    @Test
    void subtreeStartsWithTheUnitItself() {
        Tokens.as("vp.bimson").get("/api/units?under=381").then().statusCode(200).body("[0].code", is("381"))
                .body("[0].kind", is("DISTRICT")).body("size()", is(10))
                .body("code", hasItems("14794", "14797", "14800", "14803", "14806", "14809", "14812", "14815"))
                .body("findAll { it.kind == 'COMMUNE' }.parentCode",
                        contains("381", "381", "381", "381", "381", "381", "381", "381"));
    }

    @Test
    void aDistrictDissolvedIn2025StillHasItsCommunesIn2017() {
        Tokens.as("snv.thanhhoa").get("/api/units?under=384&on=2017-04-01").then().statusCode(200)
                .body("code", contains("384", "14950", "14953", "14956")).body("[0].validTo", is("2025-06-30"));
        Tokens.as("snv.thanhhoa").get("/api/units?under=38&on=2025-08-01").then().statusCode(200)
                .body("code", not(hasItem("384"))).body("find { it.code == '14953' }.parentCode", is("38"));
    }

    @Test
    void reportersSeeTheirOwnUnitOnlyNeverSidewaysOrUp() {
        Tokens.as("badinh.cb").get("/api/units?under=14794").then().statusCode(200).body("[0].code", is("14794"));
        Tokens.as("badinh.cb").get("/api/units?under=14797").then().statusCode(404);
        Tokens.as("badinh.cb").get("/api/units?under=381").then().statusCode(404);
    }

    @Test
    void anotherTenantsUnitsDoNotExistForMe() {
        Tokens.as("vp.hoangmai").get("/api/units?under=381").then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/api/units?under=38").then().statusCode(404);
        Tokens.as("vp.bimson").get("/api/units?under=432").then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/api/units?under=432").then().statusCode(200).body("[0].code", is("432"));
    }
}
