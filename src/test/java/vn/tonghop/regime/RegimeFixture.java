package vn.tonghop.regime;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.Tokens;

/**
 * A province of its own for the regime tests: 99 → district 9901 (communes 9901001–9901003, valid from 2000), with an
 * issuer at the province, an issuer and viewer at the district, and a reporter at the first commune.
 */
record RegimeFixture(FreshTenant tenant, String provinceIssuer, String districtIssuer, String reporter) {

    static final String CSV = "text/csv; charset=UTF-8";

    static RegimeFixture open(String prefix) {
        FreshTenant tenant = FreshTenant.open(prefix);
        RegimeFixture f = new RegimeFixture(tenant, "tinh." + tenant.code(), "huyen." + tenant.code(),
                "xa." + tenant.code());
        f.importUnits("9901,UBND huyện Thử,DISTRICT,99,01/01/2000,", "9901001,UBND xã Một,COMMUNE,9901,01/01/2000,",
                "9901002,UBND xã Hai,COMMUNE,9901,01/01/2000,", "9901003,UBND xã Ba,COMMUNE,9901,01/01/2000,");
        String people = "username,displayName,unitCode,role\n" + f.provinceIssuer + ",Văn phòng tỉnh,99,issuer;viewer\n"
                + f.districtIssuer + ",Văn phòng huyện,9901,issuer;viewer\n" + f.reporter
                + ",Cán bộ xã Một,9901001,reporter;approver\n";
        Tokens.as(tenant.admin()).contentType(CSV).body(people.getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then().statusCode(200);
        return f;
    }

    void importUnits(String... rows) {
        String file = "code,name,kind,parentCode,validFrom,validTo\n" + String.join("\n", rows) + "\n";
        Tokens.as(tenant.admin()).contentType(CSV).body(file.getBytes(StandardCharsets.UTF_8)).post("/api/units/import")
                .then().statusCode(200);
    }

    /** The district's quarterly regime to its communes: cut-off on the 14th, due on the 18th of the last month. */
    static Map<String, Object> quarterly(String first, String last) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "mot-cua-2017-q1");
        body.put("issuerUnitCode", "9901");
        body.put("title", "Báo cáo tình hình thực hiện cơ chế một cửa");
        body.put("subject", "V/v báo cáo tình hình thực hiện cơ chế một cửa");
        body.put("respondsTo", "Quyết định số 12/2026/QĐ-UBND ngày 05/01/2026 của UBND tỉnh");
        body.put("signerName", "Nguyễn Văn Bình");
        body.put("signerTitle", "Chủ tịch");
        body.put("signerCapacity", "TM. ỦY BAN NHÂN DÂN");
        body.put("frequency", "QUARTERLY");
        body.put("firstPeriod", first);
        if (last != null) {
            body.put("lastPeriod", last);
        }
        body.put("cutoffDay", 14);
        body.put("deadlineDay", 18);
        body.put("recipients", Map.of("rule", "CHILDREN"));
        return body;
    }

    ValidatableResponse create(String user, Map<String, Object> body) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/regimes").then();
    }

    long created(Map<String, Object> body) {
        return create(districtIssuer, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    List<String> recipients(long campaign) {
        return Tokens.as(districtIssuer).get("/api/campaigns/" + campaign).then().statusCode(200).extract().jsonPath()
                .getList("recipients.unitCode");
    }
}
