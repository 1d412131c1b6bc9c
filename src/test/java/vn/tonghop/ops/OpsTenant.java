package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tenant built through the public API on an empty portal, as a province starts: the platform administrator opens it,
 * its administrator imports the communes and their people (a reporter and approver each, with an e-mail address) and
 * uploads the template, the province's issuer publishes a campaign to every commune.
 */
final class OpsTenant {

    static final String PLATFORM_ADMIN = "ops.admin";
    static final String ADMIN = "ops.tenant-admin";
    static final String ISSUER = "ops.tinh";
    static final String ROOT = "90";
    static final String TEMPLATE = "ops-bao-cao";
    static final String MAIL_DOMAIN = "@tonghop.example";

    final List<String> communes = new ArrayList<>();
    long campaignId;

    private OpsTenant() {
    }

    /** The portal settings this tenant needs: who the platform administrator is. */
    static Map<String, String> portalConfig() {
        return Map.of("tonghop.platform-admins", PLATFORM_ADMIN, "quarkus.mailer.mock", "true");
    }

    static String reporterOf(String commune) {
        return "xa." + commune;
    }

    /** Opens the tenant with {@code communes} communes and publishes a campaign due at {@code deadline}. */
    static OpsTenant create(ApiClient api, int communes, OffsetDateTime deadline) {
        OpsTenant t = new OpsTenant();
        ApiClient.expect(api.post(PLATFORM_ADMIN, "/api/platform/tenants",
                Map.of("code", "ops", "name", "Tỉnh Thử Nghiệm", "rootCode", ROOT, "rootName", "UBND tỉnh Thử Nghiệm",
                        "adminUsername", ADMIN, "adminDisplayName", "Quản trị thử nghiệm")),
                "Opening the tenant");
        StringBuilder units = new StringBuilder("code,name,kind,parentCode\n");
        StringBuilder people = new StringBuilder("username,displayName,unitCode,role,email\n");
        people.append(ISSUER).append(",Sở Nội vụ,").append(ROOT).append(",issuer;viewer,").append(ISSUER)
                .append(MAIL_DOMAIN).append('\n');
        for (int i = 1; i <= communes; i++) {
            String code = String.format("%05d", 30_000 + i * 3);
            t.communes.add(code);
            units.append(code).append(",UBND xã Thử ").append(i).append(",COMMUNE,").append(ROOT).append('\n');
            people.append(reporterOf(code)).append(",Công chức xã ").append(i).append(',').append(code)
                    .append(",reporter;approver,").append(reporterOf(code)).append(MAIL_DOMAIN).append('\n');
        }
        ApiClient.expect(api.postFile(ADMIN, "/api/units/import", "text/csv; charset=UTF-8", units.toString()),
                "Importing the communes");
        ApiClient.expect(api.postFile(ADMIN, "/api/memberships/import", "text/csv; charset=UTF-8", people.toString()),
                "Importing the people");
        ApiClient.expect(api.postFile(ADMIN, "/api/templates", "application/yaml", template()),
                "Uploading the template");
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("templateCode", TEMPLATE);
        campaign.put("issuerUnitCode", ROOT);
        campaign.put("title", "Báo cáo tình hình tiếp nhận hồ sơ tháng 11/2026");
        campaign.put("letterNumber", "12/SNV-VP");
        campaign.put("periodLabel", "tháng 11/2026");
        campaign.put("deadline", deadline);
        campaign.put("reminderDays", 3);
        campaign.put("recipients", Map.of("mode", "DIRECT"));
        JsonNode created = ApiClient.expect(api.post(ISSUER, "/api/campaigns", campaign), "Creating the campaign")
                .json();
        t.campaignId = created.get("id").asLong();
        ApiClient.expect(api.post(ISSUER, "/api/campaigns/" + t.campaignId + "/publish", Map.of()), "Publishing");
        return t;
    }

    /** A deadline a day ahead at 17:00 in Vietnam: a reminder "before the deadline" is due now. */
    static OffsetDateTime tomorrowAtFive() {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).withHour(17).withMinute(0).withSecond(0)
                .withNano(0);
    }

    String submissionPath(String commune) {
        return "/api/campaigns/" + campaignId + "/submissions/" + commune;
    }

    /** What a commune reports: a narrative and its row, drawn from its code, so that any copy can be checked. */
    static Map<String, Object> report(String commune, long version) {
        int n = Integer.parseInt(commune);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("sections", Map.of("tinh-hinh", narrative(commune), "so-lieu", "<p>Số liệu tại Phụ lục I.</p>"));
        body.put("tables", Map.of("phu-luc-1", Map.of("rows", List.of(
                Map.of("key", commune, "cells", Map.of("ho_so_nhan", received(commune), "da_giai_quyet", n % 97))))));
        return body;
    }

    static String narrative(String commune) {
        return "<p>Ủy ban nhân dân xã " + commune + " đã tiếp nhận " + received(commune)
                + " hồ sơ, giải quyết đúng hạn phần lớn; còn một số hồ sơ phải xác minh thực địa.</p>";
    }

    static int received(String commune) {
        return 100 + Integer.parseInt(commune) % 900;
    }

    private static String template() {
        try (var in = OpsTenant.class.getResourceAsStream("/ops/ops-bao-cao.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
