package vn.tonghop.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.OpsFixtures;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The audit trail of the three journeys (province, district office, commune) and of the administrators' actions: who,
 * which unit, what, the changed values; administrators filter it, nobody changes it.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class AuditTrailTest {

    @Inject
    DataSource ds;

    static JsonPath audit(String user, String query) {
        return Tokens.as(user).get("/api/audit?limit=1000" + query).then().statusCode(200).extract().jsonPath();
    }

    /** "ACTION user unit" of the lines about one object, oldest first. */
    static List<String> lines(JsonPath trail, String type, Object id) {
        List<Map<String, Object>> found = trail
                .getList("findAll { it.entityType == '" + type + "' && it.entityId == '" + id + "' }");
        return oldestFirst(found).stream().map(e -> e.get("action") + " " + e.get("username") + " " + e.get("unitCode"))
                .toList();
    }

    static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> out = new ArrayList<>(newestFirst);
        Collections.reverse(out);
        return out;
    }

    @Test
    void everyStepOfTheThreeJourneysIsRecorded() {
        String title = OpsFixtures.uniqueTitle("Báo cáo nhật ký một cửa");
        Map<String, Object> request = Scenario.provincialRequest();
        request.put("title", title);
        long province = Scenario.createAndPublish("snv.thanhhoa", request);
        long district = Scenario.relayToBimSonCommunes(province);
        String report = "/api/campaigns/" + district + "/submissions/14794";
        OpsFixtures.fillAndSubmit(district, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);
        OpsFixtures.returnReport(district, "14794", "Thiếu số liệu hồ sơ quá hạn");
        long version = Tokens.as("badinh.cb").get(report).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        Tokens.as("badinh.cb").contentType(ContentType.JSON)
                .body(Map.of("version", version, "tables",
                        Map.of("phu-luc-2", Map.of("rows", List.of(Scenario.phuLuc2Row("14794", 100, 85, 15))))))
                .put(report).then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + district + "/rollup").then().statusCode(200);
        Tokens.as("vp.bimson").get("/campaigns/" + district + "/rollup").then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + district + "/export.docx").then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + district + "/export.xlsx").then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + district + "/letter.docx").then().statusCode(200);
        Tokens.as("vp.bimson").contentType(ContentType.JSON)
                .body(Map.of("deadline", "2017-04-25T20:00:00+07:00", "reason", "Nghỉ lễ"))
                .post("/api/campaigns/" + district + "/extend").then().statusCode(200);

        JsonPath trail = audit("admin.thanhhoa", "");
        assertEquals(List.of("CREATE snv.thanhhoa 38-SNV", "PUBLISH snv.thanhhoa 38-SNV"),
                lines(trail, "campaign", province));
        assertEquals(
                List.of("RELAY vp.bimson 381", "PUBLISH vp.bimson 381", "VIEW vp.bimson 381", "VIEW vp.bimson 381",
                        "EXPORT vp.bimson 381", "EXPORT vp.bimson 381", "EXPORT vp.bimson 381", "EXTEND vp.bimson 381"),
                lines(trail, "campaign", district));

        List<Map<String, Object>> ward = trail
                .getList("findAll { it.entityType == 'submission' && it.unitCode == '14794'"
                        + " && it.summary?.contains('" + title + "') }");
        List<String> steps = oldestFirst(ward).stream().map(e -> e.get("action") + " " + e.get("username")).toList();
        assertEquals(List.of("SAVE badinh.cb", "SUBMIT badinh.ct", "RETURN vp.bimson", "SAVE badinh.cb"), steps);
        // a save keeps the changed cells only, before and after
        Map<String, Object> first = ward.get(3);
        Map<?, ?> firstBefore = (Map<?, ?>) first.get("before");
        assertTrue(firstBefore.containsKey("phu-luc-2/14794/dung_han"));
        assertNull(firstBefore.get("phu-luc-2/14794/dung_han"));
        Map<?, ?> firstAfter = (Map<?, ?>) first.get("after");
        assertEquals(90, firstAfter.get("phu-luc-2/14794/dung_han"));
        assertTrue(firstAfter.containsKey("section/uu-diem"));
        Map<String, Object> second = ward.get(0);
        assertEquals(Map.of("phu-luc-2/14794/dung_han", 90, "phu-luc-2/14794/qua_han", 10), second.get("before"));
        assertEquals(Map.of("phu-luc-2/14794/dung_han", 85, "phu-luc-2/14794/qua_han", 15), second.get("after"));
        assertThat((String) ward.get(1).get("summary"), endsWith(": Thiếu số liệu hồ sơ quá hạn"));

        Map<String, Object> extension = trail
                .getMap("find { it.action == 'EXTEND' && it.entityId == '" + district + "' }");
        Map<?, ?> was = (Map<?, ?>) extension.get("before");
        Map<?, ?> now = (Map<?, ?>) extension.get("after");
        assertEquals(OffsetDateTime.parse("2017-04-25T17:00:00+07:00").toInstant(),
                OffsetDateTime.parse((String) was.get("deadline")).toInstant());
        assertEquals(OffsetDateTime.parse("2017-04-25T20:00:00+07:00").toInstant(),
                OffsetDateTime.parse((String) now.get("deadline")).toInstant());
        assertEquals("Nghỉ lễ", extension.get("summary"));
        List<String> files = trail
                .getList("findAll { it.action == 'EXPORT' && it.entityId == '" + district + "' }.summary");
        assertThat(files, hasItems(containsString(".docx"), containsString(".xlsx"), containsString("675-UBND-VP")));
    }

    @Test
    void administratorsFilterTheTrailAndNobodyElseReadsIt() {
        String title = OpsFixtures.uniqueTitle("Báo cáo lọc nhật ký");
        long id = OpsFixtures.bimSonCampaign(title, "2017-04-25T17:00:00+07:00", List.of("14794", "14797"));
        OpsFixtures.fillAndSubmit(id, "14794", "badinh.cb", "badinh.ct", 100, 90, 10);

        JsonPath submits = audit("admin.thanhhoa", "&action=SUBMIT&unit=14794&user=badinh.ct");
        assertThat(submits.getList("action"), everyItem(is("SUBMIT")));
        assertThat(submits.getList("unitCode"), everyItem(is("14794")));
        assertThat(submits.getList("summary"), hasItem(containsString(title)));
        assertThat(audit("admin.thanhhoa", "&from=22/04/2017&to=2017-04-22").getList("summary"),
                hasItem(containsString(title)));
        assertThat(audit("admin.thanhhoa", "&from=23/04/2017").getList("summary"), not(hasItem(containsString(title))));

        Tokens.as("admin.thanhhoa").get("/api/audit?action=DELETE").then().statusCode(422).body("messages[0]",
                containsString("DELETE"));
        Tokens.as("admin.thanhhoa").get("/api/audit?from=31/02/2017").then().statusCode(422);
        Tokens.as("admin.thanhhoa").get("/api/audit?from=23/04/2017&to=22/04/2017").then().statusCode(422);

        // issuers and staff do not read it; the other tenant's administrator reads only their own
        Tokens.as("vp.bimson").get("/api/audit").then().statusCode(403);
        Tokens.as("badinh.cb").get("/audit").then().statusCode(403);
        assertThat(audit("admin.nghean", "")
                .getList("findAll { it.summary != null && it.summary.contains('" + title + "') }"), empty());

        Tokens.as("admin.thanhhoa").get("/audit?unit=14794&action=SUBMIT").then().statusCode(200)
                .body(containsString("Nhật ký hệ thống")).body(containsString(title))
                .body(containsString("Nộp báo cáo"));
        Tokens.as("admin.thanhhoa").get("/audit?from=xx").then().statusCode(422);
    }

    @Test
    void tenantAndMembershipAdministrationIsRecordedInTheTenant() {
        FreshTenant tenant = FreshTenant.open("nhatky");
        String csv = "code,name,kind,parentCode,validFrom,validTo\n991,UBND huyện Một,DISTRICT,99,,\n"
                + "99101,UBND xã Một,COMMUNE,991,,";
        Tokens.as(tenant.admin()).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200);
        Tokens.as(tenant.admin()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("username", "cb.mot." + tenant.code()).formParam("unitCode", "99101")
                .formParam("role", "REPORTER").post("/memberships").then().statusCode(303);
        Tokens.as(tenant.admin()).get("/api/units/export.csv").then().statusCode(200);

        JsonPath trail = audit(tenant.admin(), "");
        List<String> actions = trail.getList("collect { it.action + ' ' + it.entityType + ' ' + it.username }");
        assertThat(actions, hasItems("CREATE tenant platform.admin", "IMPORT units " + tenant.admin(),
                "GRANT membership " + tenant.admin(), "EXPORT units " + tenant.admin()));
        assertEquals(Map.of("created", 2, "updated", 0), trail.getMap("find { it.action == 'IMPORT' }.after"));
        assertThat(audit("admin.thanhhoa", "").getList("entityId"), not(hasItem(tenant.code())));
    }

    @Test
    void theTrailCannotBeChangedOrDeletedEvenInSql() throws SQLException {
        OpsFixtures.bimSonCampaign(OpsFixtures.uniqueTitle("Báo cáo không sửa được"), "2017-04-25T17:00:00+07:00",
                List.of("14794"));
        long id = OpsFixtures.count(ds, "select max(id) from audit_event");
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("update audit_event set summary = 'sửa' where id = " + id));
            assertThat(update.getMessage(), containsString("append-only"));
            SQLException delete = assertThrows(SQLException.class,
                    () -> st.executeUpdate("delete from audit_event where id = " + id));
            assertThat(delete.getMessage(), containsString("append-only"));
            assertThrows(SQLException.class, () -> st.executeUpdate("truncate audit_event"));
        }
        assertEquals(1, OpsFixtures.count(ds, "select count(*) from audit_event where id = ?", id));
    }
}
