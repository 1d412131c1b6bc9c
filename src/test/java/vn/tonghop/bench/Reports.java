package vn.tonghop.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What each commune reports: five narrative sections of a few sentences, its row of Phụ lục II and the four channels of
 * Phụ lục III, all drawn from a seed per commune, so that the expected totals can be added up beforehand.
 */
final class Reports {

    static final List<String> SECTIONS = List.of("cong-tac-chi-dao", "to-chuc-bo-phan", "ket-qua-giai-quyet",
            "ton-tai-han-che", "de-xuat-kien-nghi");
    static final List<String> CHANNELS = List.of("truc-tiep", "buu-chinh", "truc-tuyen-mot-phan",
            "truc-tuyen-toan-trinh");
    private static final String[] SENTENCES = {
            "Ủy ban nhân dân đã ban hành kế hoạch triển khai cơ chế một cửa, một cửa liên thông và phân công cán bộ phụ trách.",
            "Bộ phận tiếp nhận và trả kết quả được bố trí tại trụ sở, có đủ bàn ghế, máy tính, máy in và màn hình tra cứu.",
            "Các thủ tục hành chính được niêm yết công khai, đầy đủ, đúng quy định tại nơi tiếp nhận hồ sơ.",
            "Một số hồ sơ còn trễ hạn do phải xác minh thực địa và lấy ý kiến các cơ quan liên quan.",
            "Đường truyền mạng tại một số thôn, bản còn chậm, ảnh hưởng đến việc tiếp nhận hồ sơ trực tuyến.",
            "Đề nghị cấp trên bố trí kinh phí nâng cấp trang thiết bị và tập huấn cho công chức một cửa.",
            "Tỷ lệ hồ sơ giải quyết đúng hạn tăng so với cùng kỳ năm trước, không có phản ánh, kiến nghị của người dân." };

    /** The sums every total must show once all communes have submitted. */
    static final class Totals {
        long received, onTime, late, channelReceived, channelDone;

        void add(Totals t) {
            received += t.received;
            onTime += t.onTime;
            late += t.late;
            channelReceived += t.channelReceived;
            channelDone += t.channelDone;
        }
    }

    /** The body of the commune's save and the figures it adds to the totals. */
    record Report(Map<String, Object> body, Totals totals) {
    }

    static Report of(Country.Unit commune) {
        Random r = new Random(commune.code().hashCode() * 7919L);
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : SECTIONS) {
            StringBuilder text = new StringBuilder("<p>");
            int n = 2 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                text.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            sections.put(s, text.append("</p>").toString());
        }
        Totals t = new Totals();
        int received = 50 + r.nextInt(2500);
        int late = r.nextInt(Math.max(1, received / 20));
        int onTime = received - late - r.nextInt(Math.max(1, received / 10));
        t.received = received;
        t.onTime = onTime;
        t.late = late;
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("tthc_mot_cua", 100 + r.nextInt(60));
        cells.put("tthc_lien_thong", 5 + r.nextInt(20));
        cells.put("ho_so_nhan", received);
        cells.put("dung_han", onTime);
        cells.put("qua_han", late);
        if (r.nextInt(5) == 0) {
            cells.put("ghi_chu", "Số liệu tính đến ngày 15/3/2025");
        }
        List<Map<String, Object>> channels = new java.util.ArrayList<>();
        for (String channel : CHANNELS) {
            int in = r.nextInt(800);
            int done = in - r.nextInt(Math.max(1, in / 8));
            t.channelReceived += in;
            t.channelDone += done;
            channels.add(Map.of("key", channel, "cells",
                    Map.of("tiep_nhan", in, "da_giai_quyet", done, "thoi_gian_tb", (10 + r.nextInt(80)) / 10.0)));
        }
        Map<String, Object> tables = Map.of("phu-luc-2",
                Map.of("rows", List.of(Map.of("key", commune.code(), "cells", cells))), "phu-luc-3",
                Map.of("rows", channels));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", 0);
        body.put("sections", sections);
        body.put("tables", tables);
        return new Report(body, t);
    }
}
