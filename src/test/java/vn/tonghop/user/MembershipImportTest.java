package vn.tonghop.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * Memberships from a file, as a province hands out rights to its communes' staff: a good file creates the accounts and
 * rights (and again changes nothing), a bad file is refused whole with line-numbered messages, and an administrator
 * grants nothing outside the units they administer or to another tenant's accounts.
 */
@PortalTest
class MembershipImportTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String UNITS = """
            code,name,kind,parentCode
            991,Huyện Thử,huyện,99
            99101,Xã Một,xã,991
            99102,Xã Hai,xã,991
            """;

    private static FreshTenant tenantWithUnits() {
        FreshTenant t = FreshTenant.open("mbr");
        Tokens.as(t.admin()).contentType(CSV).body(UNITS.getBytes(StandardCharsets.UTF_8)).post("/api/units/import")
                .then().statusCode(200);
        return t;
    }

    private static ValidatableResponse upload(String admin, String csv) {
        return Tokens.as(admin).contentType(CSV).body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/memberships/import").then();
    }

    private static Set<String> rights(String admin) {
        List<String> users = Tokens.as(admin).get("/api/memberships").then().statusCode(200).extract().jsonPath()
                .getList("username");
        List<String> units = Tokens.as(admin).get("/api/memberships").jsonPath().getList("unitCode");
        List<String> roles = Tokens.as(admin).get("/api/memberships").jsonPath().getList("role");
        return java.util.stream.IntStream.range(0, users.size())
                .mapToObj(i -> users.get(i) + "@" + units.get(i) + ":" + roles.get(i)).collect(Collectors.toSet());
    }

    @Test
    void grantsSeveralRolesPerRowCreatesAccountsAndIsIdempotent() {
        FreshTenant t = tenantWithUnits();
        String a = "mot." + t.code(), b = "hai." + t.code();
        String file = "username,displayName,unitCode,role\n" + a + ",Nguyễn Văn Một,99101,reporter;approver\n" + b
                + ",,99102,REPORTER\n";
        upload(t.admin(), file).statusCode(200).body("rows", is(2)).body("usersCreated", is(2)).body("granted", is(3));
        upload(t.admin(), file).statusCode(200).body("usersCreated", is(0)).body("granted", is(0));

        assertEquals(
                Set.of(t.admin() + "@99:ADMIN", a + "@99101:REPORTER", a + "@99101:APPROVER", b + "@99102:REPORTER"),
                rights(t.admin()));
        Tokens.as(a).get("/api/me").then().statusCode(200).body("memberships.unitCode", hasItem("99101"))
                .body("memberships.role", hasItem("approver"));
    }

    private static String emailOf(String admin, String username) {
        List<String> users = Tokens.as(admin).get("/api/memberships").then().statusCode(200).extract().jsonPath()
                .getList("username");
        List<String> emails = Tokens.as(admin).get("/api/memberships").jsonPath().getList("email");
        return emails.get(users.indexOf(username));
    }

    /** A token of the test identity provider for this login, with these e-mail claims. */
    private static String tokenWithEmail(String username, String email, boolean verified) {
        return Jwt.preferredUserName(username).upn(username).issuer("https://server.example.com")
                .audience("https://server.example.com").claim("email", email).claim("email_verified", verified)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).jws().keyId("1")
                .sign("privateKey.jwk");
    }

    @Test
    void eMailAddressesComeFromTheFileOrTheIdentityProvider() {
        FreshTenant t = tenantWithUnits();
        String a = "thu." + t.code();
        upload(t.admin(), "username,unitCode,role,email\n" + a + ",99101,reporter,mot@xa.example\n").statusCode(200);
        assertEquals("mot@xa.example", emailOf(t.admin(), a));

        // a bad address, or two addresses for one person, refuse the file and change nothing
        upload(t.admin(), "username,unitCode,role,email\n" + a + ",99101,approver,khong-phai-thu\n").statusCode(422)
                .body("messages", hasItem("Dòng 2: 'khong-phai-thu' không phải là địa chỉ thư điện tử"));
        upload(t.admin(),
                "username,unitCode,role,email\n" + a + ",99101,approver,hai@xa.example\n" + a
                        + ",99102,reporter,ba@xa.example\n").statusCode(422).body("messages",
                                hasItem(containsString("Dòng 3: tài khoản '" + a + "' có hai địa chỉ")));
        // a file without the column leaves the address as it is
        upload(t.admin(), "username,unitCode,role\n" + a + ",99102,reporter\n").statusCode(200);
        assertEquals("mot@xa.example", emailOf(t.admin(), a));

        // the identity provider's verified address wins at the next request; an unverified one is not taken
        RestAssured.given().auth().oauth2(tokenWithEmail(a, "moi@xa.example", true)).get("/api/me").then()
                .statusCode(200);
        assertEquals("moi@xa.example", emailOf(t.admin(), a));
        RestAssured.given().auth().oauth2(tokenWithEmail(a, "la@xa.example", false)).get("/api/me").then()
                .statusCode(200);
        assertEquals("moi@xa.example", emailOf(t.admin(), a));

        // the home page says where notifications go, or that they only show in the portal
        assertTrue(Tokens.as(a).get("/").then().statusCode(200).extract().asString()
                .contains("Thông báo và nhắc hạn được gửi tới moi@xa.example."));
        assertTrue(Tokens.as(t.admin()).get("/").then().statusCode(200).extract().asString()
                .contains("Tài khoản chưa có địa chỉ thư điện tử"));
        // and administrators find people by their address
        assertTrue(Tokens.as(t.admin()).get("/memberships?q=moi@xa").then().statusCode(200).extract().asString()
                .contains("data-user=\"" + a + "\""));
    }

    @Test
    void readsExcelFilesToo() throws IOException {
        FreshTenant t = tenantWithUnits();
        String user = "excel." + t.code();
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("people");
            String[][] rows = { { "username", "unitCode", "role" }, { user, "99101", "viewer" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Tokens.as(t.admin()).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post("/api/memberships/import").then().statusCode(200).body("granted", is(1));
        assertEquals(true, rights(t.admin()).contains(user + "@99101:VIEWER"));
    }

    @Test
    void aBadFileIsRefusedWholeWithLineNumbers() {
        FreshTenant t = tenantWithUnits();
        String ok = "ok." + t.code();
        String file = "username,unitCode,role\n" + ok + ",99101,reporter\n" + "bad name,99101,reporter\n" + ok
                + "2,00000,reporter\n" + ok + "3,99102,chairman\n" + ok + "4,99102,\n";
        upload(t.admin(), file).statusCode(422).body("messages[0]", startsWith("Tệp không được nhập"))
                .body("messages", hasItem(containsString("Dòng 3: tên đăng nhập 'bad name' không hợp lệ")))
                .body("messages", hasItem("Dòng 4: không có đơn vị '00000'"))
                .body("messages", hasItem(containsString("Dòng 5: vai trò 'chairman' không hợp lệ")))
                .body("messages", hasItem("Dòng 6: thiếu vai trò"));
        assertEquals(Set.of(t.admin() + "@99:ADMIN"), rights(t.admin()));

        upload(t.admin(), "user,unit\nx,y\n").statusCode(422).body("messages[1]", containsString("Dòng 1"));
    }

    @Test
    void nothingOutsideTheAdministeredUnitsNorForAnotherTenantsAccount() {
        FreshTenant t = tenantWithUnits();
        FreshTenant other = tenantWithUnits();
        // the other tenant's units have the same codes: the file names this tenant's, never the other's
        upload(t.admin(), "username,unitCode,role\n" + other.admin() + ",99101,reporter\n").statusCode(422)
                .body("messages[1]", containsString("thuộc tỉnh khác"));
        upload(t.admin(), "username,unitCode,role\nplatform.admin,99101,reporter\n").statusCode(422);

        // a district administrator cannot grant at the province or at another district's commune
        String districtAdmin = "hadmin." + t.code();
        upload(t.admin(), "username,unitCode,role\n" + districtAdmin + ",991,admin\n").statusCode(200);
        upload(districtAdmin, "username,unitCode,role\nx." + t.code() + ",99,viewer\n").statusCode(422)
                .body("messages[1]", is("Dòng 2: bạn không có quyền quản trị đơn vị '99'"));
        upload(districtAdmin, "username,unitCode,role\nx." + t.code() + ",99102,reporter\n").statusCode(200);

        // a reporter is not an administrator at all
        upload("badinh.cb", "username,unitCode,role\nx,14794,reporter\n").statusCode(403);
        assertEquals(Set.of(other.admin() + "@99:ADMIN"), rights(other.admin()));
    }

    @Test
    void theMembershipsPageImportsAFileAndShowsARefusalWithItsLines() {
        FreshTenant t = tenantWithUnits();
        String user = "trang." + t.code();
        Tokens.as(t.admin()).redirects().follow(false)
                .multiPart("file", "quyen.csv",
                        ("username,unitCode,role\n" + user + ",99102,approver\n").getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/memberships/import").then().statusCode(303);
        assertEquals(true, rights(t.admin()).contains(user + "@99102:APPROVER"));

        String html = Tokens.as(t.admin())
                .multiPart("file", "quyen.csv",
                        "username,unitCode,role\nx,99102,boss\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/memberships/import").then().statusCode(422).extract().asString();
        String errors = org.jsoup.Jsoup.parse(html).select("#membership-errors").text();
        assertEquals(true, errors.contains("Dòng 2: vai trò 'boss' không hợp lệ"), errors);
    }
}
