package vn.tonghop.support;

import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import vn.tonghop.platform.time.PortalClock;

/**
 * The Bỉm Sơn story of April 2017 through the API: Sở Nội vụ Thanh Hóa asks the districts for the Q1/2017 one-stop
 * report (496/SNV-CCHC, due 26/4), Thị xã Bỉm Sơn relays it to its eight wards and communes (675/UBND-VP, due 25/4).
 */
public final class Scenario {

    public static final List<String> BIM_SON_COMMUNES = List.of("14794", "14797", "14800", "14803", "14806", "14809",
            "14812", "14815");

    /** {@link #APRIL_22_2017} as text, for {@link PortalTime}. */
    public static final String APRIL_22_2017_TEXT = "2017-04-22T01:00:00Z";

    /** 22/4/2017 08:00 in Vietnam: between the letters and the deadlines. */
    public static final Instant APRIL_22_2017 = Instant.parse(APRIL_22_2017_TEXT);

    private Scenario() {
    }

    public static void april2017(PortalClock clock) {
        at(clock, APRIL_22_2017);
    }

    public static void at(PortalClock clock, Instant instant) {
        clock.set(Clock.fixed(instant, PortalClock.ZONE));
    }

    public static Map<String, Object> provincialRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "mot-cua-2017-q1");
        body.put("issuerUnitCode", "38-SNV");
        body.put("title", "Báo cáo tình hình triển khai cơ chế một cửa, một cửa liên thông quý I/2017");
        body.put("letterNumber", "496/SNV-CCHC");
        body.put("letterDate", "2017-04-21");
        body.put("periodLabel", "Quý I/2017");
        body.put("deadline", "2017-04-26T17:00:00+07:00");
        body.put("recipientUnitCodes", List.of("381", "384", "38-STP"));
        return body;
    }

    /** Sở Nội vụ publishes the provincial request; returns its id. */
    public static long publishProvincialRequest() {
        return createAndPublish("snv.thanhhoa", provincialRequest());
    }

    public static long createAndPublish(String user, Map<String, Object> body) {
        long id = Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Tokens.as(user).post("/api/campaigns/" + id + "/publish").then().statusCode(200).body("status",
                is("PUBLISHED"));
        return id;
    }

    /** Bỉm Sơn relays the provincial request to its eight wards and communes and publishes; returns the child id. */
    public static long relayToBimSonCommunes(long parent) {
        Map<String, Object> relay = Map.of("issuerUnitCode", "381", "deadline", "2017-04-25T17:00:00+07:00",
                "recipientUnitCodes", BIM_SON_COMMUNES, "letterNumber", "675/UBND-VP");
        long child = Tokens.as("vp.bimson").contentType(ContentType.JSON).body(relay)
                .post("/api/campaigns/" + parent + "/relay").then().statusCode(201).extract().jsonPath().getLong("id");
        Tokens.as("vp.bimson").post("/api/campaigns/" + child + "/publish").then().statusCode(200);
        return child;
    }

    /** The whole chain: province → Bỉm Sơn → eight communes; returns the child campaign's id. */
    public static long bimSonChain() {
        return relayToBimSonCommunes(publishProvincialRequest());
    }

    /** A request issued directly by Bỉm Sơn to some of its communes. */
    public static Map<String, Object> bimSonRequest(String deadline, List<String> recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("templateCode", "mot-cua-2017-q1");
        body.put("issuerUnitCode", "381");
        body.put("title", "Báo cáo một cửa quý I/2017");
        body.put("letterNumber", "675/UBND-VP");
        body.put("letterDate", "2017-04-22");
        body.put("periodLabel", "Quý I/2017");
        body.put("deadline", deadline);
        body.put("recipientUnitCodes", recipients);
        return body;
    }

    /** A Phụ lục II row for a unit: dossiers received, on time, late, and the procedure counts. */
    public static Map<String, Object> phuLuc2Row(String unitCode, int received, int onTime, int late) {
        Map<String, Object> cells = new HashMap<>();
        cells.put("tthc_mot_cua", 120);
        cells.put("tthc_lien_thong", 5);
        cells.put("ho_so_nhan", received);
        cells.put("dung_han", onTime);
        cells.put("qua_han", late);
        return Map.of("key", unitCode, "cells", cells);
    }

    /** A save body with the narrative sections filled and one Phụ lục II row. */
    public static Map<String, Object> filledReport(long version, String unitCode, int received, int onTime, int late) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("sections",
                Map.of("so-luong-co-quan", "<p>01 bộ phận một cửa.</p>", "so-tthc",
                        "<p>Thực hiện <b>120</b> thủ tục theo cơ chế một cửa.</p>", "chat-luong-giai-quyet",
                        "<p>Giải quyết đúng hạn phần lớn hồ sơ.</p>", "uu-diem", "Cán bộ tận tình.", "ton-tai-han-che",
                        "Trang thiết bị còn thiếu.", "de-xuat-kien-nghi", "Đề nghị bổ sung máy tính."));
        body.put("tables", Map.of("phu-luc-2", Map.of("rows", List.of(phuLuc2Row(unitCode, received, onTime, late)))));
        return body;
    }

    /** Fills and submits a commune's report as the given writer and signer. */
    public static void fillAndSubmit(long campaign, String unitCode, String writer, String signer, int received,
            int onTime, int late) {
        String path = "/api/campaigns/" + campaign + "/submissions/" + unitCode;
        long version = Tokens.as(writer).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        Tokens.as(writer).contentType(ContentType.JSON).body(filledReport(version, unitCode, received, onTime, late))
                .put(path).then().statusCode(200);
        Tokens.as(signer).contentType(ContentType.JSON)
                .body(Map.of("signerName", "Nguyễn Văn A", "signerTitle", "Chủ tịch UBND")).post(path + "/submit")
                .then().statusCode(200).body("status", is("SUBMITTED"));
    }
}
