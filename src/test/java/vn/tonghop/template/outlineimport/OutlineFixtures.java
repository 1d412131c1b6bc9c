package vn.tonghop.template.outlineimport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the Word and Excel fixtures of src/test/resources/outline-import as an official types them from the seed
 * documents (../shared/seeds). Run it again after changing a fixture: {@code java -cp … OutlineFixtures
 *
<dir>
 * }. Table cells: "" empty, "^" merged with the cell above, "<" merged with the cell on the left.
 */
public final class OutlineFixtures {

    private OutlineFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/outline-import");
        Files.createDirectories(dir);
        write(dir.resolve("seed000-de-cuong.docx"), seed000(false));
        write(dir.resolve("seed000-bang-ngat-trang.docx"), seed000(true));
        write(dir.resolve("seed001-khong-kieu.docx"), seed001());
        write(dir.resolve("seed002-dong-nai.docx"), seed002());
        write(dir.resolve("seed004-ke-hoach.docx"), seed004());
        try (XSSFWorkbook wb = workbook();
                OutputStream out = Files.newOutputStream(dir.resolve("phu-luc-hai-trang.xlsx"))) {
            wb.write(out);
        }
    }

    private static void write(Path file, XWPFDocument doc) throws IOException {
        try (doc;
                OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    // Seed 000: the letter 675/UBND-VP, then the outline in Heading styles, then Phụ lục II.
    static XWPFDocument seed000(boolean splitTable) {
        XWPFDocument d = new XWPFDocument();
        headingStyles(d);
        para(d, "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", true, true);
        para(d, "Số: 675/UBND-VP", false, false);
        para(d, "V/v báo cáo tình hình thực hiện cơ chế một cửa, cơ chế một cửa liên thông", false, false);
        para(d, "Kính gửi: UBND các xã, phường.", false, false);
        para(d, "Thực hiện Công văn số 496/SNV-CCHC, ngày 21/4/2017 của Sở Nội vụ Thanh Hóa …", false, false);
        para(d, "ĐỀ CƯƠNG", true, true);
        para(d, "Báo cáo tình hình triển khai thực hiện cơ chế một cửa, cơ chế một cửa liên thông quý I/2017", true,
                true);
        heading(d, 1, "I. Kết quả triển khai");
        heading(d, 2, "1. Số lượng các cơ quan, đơn vị thực hiện cơ chế một cửa, một cửa liên thông");
        para(d, "- Cơ quan sở, ngành/huyện:", false, false);
        para(d, "- Các đơn vị trực thuộc:", false, false);
        para(d, "- Nêu tổng số các đơn vị cấp xã (đối với UBND cấp huyện):", false, false);
        heading(d, 2,
                "2. Số thủ tục hành chính thực hiện theo cơ chế một cửa, thực hiện theo cơ chế một cửa liên thông");
        para(d, "- Nêu tổng số lượng thủ tục hành chính thực hiện theo cơ chế một cửa. Trong đó nêu rõ tại cơ quan sở, "
                + "ngành/huyện là bao nhiêu; tại các đơn vị trực thuộc (cấp xã) là bao nhiêu.", false, false);
        para(d, "- Nêu tổng số thủ tục hành chính cung cấp dịch vụ công trực tuyến cấp độ 3, cấp độ 4.", false, false);
        heading(d, 2, "3. Chất lượng giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông");
        para(d, "- Kết quả giải quyết TTHC theo cơ chế một cửa, theo cơ chế một cửa liên thông.", false, false);
        para(d, "- Đánh giá quy trình tiếp nhận, giải quyết và trả kết quả, những khó khăn vướng mắc trong triển khai "
                + "thực hiện.", false, false);
        heading(d, 1, "II. Đánh giá chung");
        heading(d, 2, "1. Những ưu điểm");
        heading(d, 2, "2. Những tồn tại, hạn chế và nguyên nhân");
        heading(d, 1, "III. Đề xuất, kiến nghị");
        para(d, "PHỤ LỤC II", true, true);
        para(d, "KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG", true, true);
        para(d, "CỦA ỦY BAN NHÂN DÂN CẤP HUYỆN VÀ CẤP XÃ", true, true);
        para(d, "(Kèm theo Báo cáo số /BC-UBND ngày / /2017 của)", false, true);
        List<String[]> header = List.of(
                new String[] { "STT", "Tên đơn vị thực hiện cơ chế một cửa, một cửa liên thông",
                        "Số TTHC đang thực hiện", "<", "Hồ sơ", "<", "<", "<", "Ghi chú" },
                new String[] { "^", "^", "Theo cơ chế một cửa", "Theo cơ chế một cửa liên thông",
                        "Tổng số hồ sơ đã nhận", "Tổng số hồ sơ giải quyết đúng hạn",
                        "Tổng số hồ sơ giải quyết quá hạn", "Tỷ lệ giải quyết đúng hạn", "^" });
        List<String[]> first = List.of(row("I", "Cấp huyện"), row("1", "Huyện....."), row("", "Tổng"),
                row("II", "Cấp xã, phường"), row("1", "Xã....."));
        List<String[]> second = List.of(row("2", ""), row(".....", ""));
        if (splitTable) {
            table(d, concat(header, first));
            para(d, "", false, false);
            table(d, concat(header, second));
        } else {
            table(d, concat(header, concat(first, second)));
        }
        para(d, "....., ngày tháng năm 2017", false, true);
        para(d, "THỦ TRƯỞNG ĐƠN VỊ", true, true);
        para(d, "(Ký tên, đóng dấu)", false, true);
        return d;
    }

    // Seed 001 typed without any heading style: numbering only, bold "-" for the items that hold a table.
    static XWPFDocument seed001() {
        XWPFDocument d = new XWPFDocument();
        para(d, "ĐỀ CƯƠNG", true, true);
        para(d, "Báo cáo tình hình tổ chức Bộ phận Một cửa các cấp", true, true);
        para(d, "(Kèm theo Công văn số /BNV-CCHC ngày tháng 4 năm 2024 của Bộ Nội vụ)", false, true);
        para(d, "1. Tình hình, kết quả tiếp nhận, giải quyết thủ tục hành chính", true, false);
        para(d, "a) Tình hình thực hiện", true, false);
        para(d, "- Tình hình chung: Công tác chỉ đạo, tổ chức thực hiện tiếp nhận, giải quyết thủ tục hành chính tại "
                + "địa phương (phạm vi toàn tỉnh, thành phố trực thuộc Trung ương);", false, false);
        para(d, "- Thuận lợi;", false, false);
        para(d, "- Khó khăn, vướng mắc.", false, false);
        para(d, "b) Kết quả tiếp nhận và giải quyết thủ tục hành chính", true, false);
        para(d, "- Tổng số thủ tục hành chính đang thực hiện tiếp nhận tại địa phương (chia ra cấp tỉnh, cấp huyện, "
                + "cấp xã);", false, false);
        para(d, "- Thống kê kết quả tiếp nhận và giải quyết thủ tục hành chính năm 2023 và quý I/2024:", true, false);
        para(d, "+ Tại cấp tỉnh (trong đó chia ra: trực tiếp, trực tuyến);", false, false);
        para(d, "+ Tại cấp huyện (trong đó chia ra: trực tiếp, trực tuyến);", false, false);
        para(d, "+ Tại cấp xã (trong đó chia ra: trực tiếp, trực tuyến).", false, false);
        table(d, List.of(
                new String[] { "STT", "Cấp / hình thức tiếp nhận", "Năm 2023", "<", "<", "<", "Quý I/2024", "<", "<",
                        "<", "Ghi chú" },
                new String[] { "^", "^", "Số hồ sơ tiếp nhận", "Đã giải quyết", "<", "Tỷ lệ đúng hạn",
                        "Số hồ sơ tiếp nhận", "Đã giải quyết", "<", "Tỷ lệ đúng hạn", "^" },
                new String[] { "^", "^", "^", "Đúng hạn, trước hạn", "Quá hạn", "^", "^", "Đúng hạn, trước hạn",
                        "Quá hạn", "^", "^" },
                wide("1", "Tại cấp tỉnh", 11), wide("-", "Trực tiếp", 11), wide("-", "Trực tuyến", 11),
                wide("2", "Tại cấp huyện", 11), wide("-", "Trực tiếp", 11), wide("-", "Trực tuyến", 11),
                wide("3", "Tại cấp xã", 11), wide("-", "Trực tiếp", 11), wide("-", "Trực tuyến", 11),
                wide("", "Tổng cộng", 11)));
        para(d, "c) Về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (tình hình triển khai, kết quả, những tồn "
                + "tại, hạn chế, khó khăn, vướng mắc)", true, false);
        para(d, "2. Về tổ chức, vận hành của Bộ phận Một cửa (bao gồm: Trung tâm Phục vụ hành chính công hoặc Bộ phận "
                + "Tiếp nhận và Trả kết quả tập trung cấp tỉnh; Trung tâm Phục vụ hành chính công hoặc Bộ phận Tiếp "
                + "nhận và Trả kết quả cấp huyện; Bộ phận Tiếp nhận và Trả kết quả cấp xã)", true, false);
        para(d, "a) Tình hình, tổ chức thực hiện", true, false);
        para(d, "- Về cơ sở vật chất, trang thiết bị của Bộ phận Một cửa các cấp.", false, false);
        para(d, "- Về bố trí cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa:", false, false);
        para(d, "+ Thống kê số lượng cán bộ, công chức, viên chức đang làm việc tại Bộ phận Một cửa các cấp (Phụ lục "
                + "kèm theo);", false, false);
        para(d, "b) Đánh giá, nêu rõ tính hiệu quả trong tổ chức vận hành mô hình Bộ phận Một cửa.", true, false);
        para(d, "c) Đánh giá, nêu rõ những thuận lợi trong tổ chức vận hành mô hình Bộ phận Một cửa tại địa phương.",
                true, false);
        para(d, "d) Đánh giá, nêu rõ những khó khăn, bất cập trong tổ chức vận hành mô hình Bộ phận Một cửa tại địa "
                + "phương.", true, false);
        para(d, "3. Kiến nghị, đề xuất", true, false);
        para(d, "Để nâng cao hiệu quả, tính hợp lý, tổ chức tinh gọn, phù hợp với thực tiễn của Bộ phận Một cửa, đề "
                + "nghị các địa phương đề xuất, kiến nghị cụ thể theo các nội dung sau:", false, false);
        para(d, "a) Về tổ chức Bộ phận Một cửa, nêu rõ kiến nghị tổ chức theo hướng:", true, false);
        para(d, "- Đối với Trung tâm Phục vụ hành chính công cấp tỉnh trực thuộc:", false, false);
        para(d, "(1) Văn phòng Ủy ban nhân dân cấp tỉnh;", false, false);
        para(d, "b) Về công chức, viên chức đang làm nhiệm vụ tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại "
                + "Bộ phận Một cửa cấp tỉnh, cấp huyện:", true, false);
        para(d, "- Công chức, viên chức thuộc biên chế của Bộ phận Một cửa.", false, false);
        para(d, "c) Kiến nghị, đề xuất khác", true, false);
        para(d, "PHỤ LỤC", true, true);
        para(d, "Tổng số cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa các cấp", true, true);
        para(d, "(Kèm theo Báo cáo số: /BC-… ngày tháng năm 2024 của UBND tỉnh)", false, true);
        table(d, List.of(
                new String[] { "STT", "Bộ phận Một cửa", "Số lượng công chức, viên chức làm việc tại BPMC", "<", "<",
                        "Ghi chú" },
                new String[] { "", "", "Tổng số", "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa",
                        "Công chức, viên chức do các cơ quan chuyên môn được cử đến", "" },
                wide("", "CẤP TỈNH", 6), wide("1", "Trung tâm Phục vụ hành chính công", 6),
                wide("2", "Bộ phận Một cửa của Sở A (nếu có)", 6), wide("", "…", 6), wide("", "CẤP HUYỆN, CẤP XÃ", 6),
                wide("I", "Huyện B", 6), wide("1", "Bộ phận Một cửa cấp huyện", 6),
                wide("2", "Bộ phận Một cửa xã b1", 6), wide("3", "Bộ phận Một cửa xã b2", 6), wide("", "…", 6),
                wide("II", "Huyện C", 6), wide("1", "Bộ phận Một cửa cấp huyện", 6),
                wide("2", "Bộ phận Một cửa xã c1", 6), wide("", "…", 6)));
        return d;
    }

    // Seed 002: Roman, arabic and lettered items with "đ)" right after "c)", as the letter prints them.
    static XWPFDocument seed002() {
        XWPFDocument d = new XWPFDocument();
        para(d, "ĐỀ CƯƠNG BÁO CÁO", true, true);
        para(d, "Kết quả thực hiện cơ chế một cửa, cơ chế một cửa liên thông đến tháng 9/2017", true, true);
        para(d, "I. Công tác chỉ đạo, triển khai cơ chế một cửa, một cửa liên thông tại đơn vị, địa phương", true,
                false);
        para(d, "- Kết quả chỉ đạo, tổ chức quán triệt, triển khai (tại các văn bản);", false, false);
        para(d, "- Trách nhiệm của người đứng đầu đơn vị, địa phương;", false, false);
        para(d, "II. Kết quả triển khai đến tháng 9/2017", true, false);
        para(d, "1. Kết quả kiện toàn Bộ phận tiếp nhận và trả kết quả", false, false);
        para(d, "- Đối với các sở, ngành: quá trình phối hợp kiện toàn hoạt động Trung tâm hành chính công tỉnh;",
                false, false);
        para(d, "2. Số thủ tục hành chính, dịch vụ công thực hiện theo cơ chế một cửa, cơ chế một cửa liên thông",
                false, false);
        para(d, "a) Số lượng TTHC, dịch vụ công thực hiện theo cơ chế một cửa", false, false);
        para(d, "b) Số TTHC, dịch vụ công thực hiện theo cơ chế một cửa liên thông", false, false);
        para(d, "c) Số lượng dịch vụ công trực tuyến cấp độ 3, 4", false, false);
        para(d, "đ) Triển khai các giải pháp nâng cao hiệu quả thực hiện cơ chế một cửa, cơ chế một cửa liên thông",
                false, false);
        para(d, "3. Chất lượng giải quyết TTHC theo cơ chế một cửa, một cửa liên thông", false, false);
        para(d, "a) Kết quả giải quyết hồ sơ, TTHC theo cơ chế một cửa, một cửa liên thông", false, false);
        para(d, "b) Đánh giá quy trình tiếp nhận, luân chuyển, giải quyết và trả kết quả", false, false);
        para(d, "III. Đánh giá chung", true, false);
        para(d, "1. Những mặt làm được", false, false);
        para(d, "2. Những tồn tại, hạn chế (nếu có)", false, false);
        para(d, "IV. Kiến nghị, đề xuất", true, false);
        para(d, "Tập trung nêu các khó khăn, vướng mắc và kiến nghị, đề xuất để tổng hợp, nghiên cứu xây dựng Quyết "
                + "định mới của UBND tỉnh về cơ chế một cửa, một cửa liên thông.", false, false);
        para(d, "V. Góp ý dự thảo Quyết định của UBND tỉnh ban hành Quy định thực hiện cơ chế một cửa, cơ chế một cửa "
                + "liên thông, thay thế Quyết định số 61/2015/QĐ-UBND", true, false);
        para(d, "Các đơn vị, địa phương tải file Dự thảo Quyết định của UBND tỉnh trên Cổng thông tin điện tử của "
                + "tỉnh.", false, false);
        para(d, "1. Ý kiến về mô hình, cơ cấu tổ chức Bộ phận một cửa các cấp", false, false);
        para(d, "2. Ý kiến về quy trình tiếp nhận, luân chuyển, xin ý kiến, trả hồ sơ TTHC trên phần mềm", false,
                false);
        para(d, "3. Ý kiến khác đối với dự thảo", false, false);
        return d;
    }

    // Seed 004: the plan's tasks (its section III) as the rows of a progress table under a bold "-" item.
    static XWPFDocument seed004() {
        XWPFDocument d = new XWPFDocument();
        headingStyles(d);
        para(d, "ĐỀ CƯƠNG", true, true);
        para(d, "Báo cáo kết quả triển khai Kế hoạch thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại các cơ "
                + "quan hành chính nhà nước tỉnh Bắc Giang", true, true);
        heading(d, 1, "I. Kết quả triển khai thực hiện các nhiệm vụ của Kế hoạch");
        para(d, "Đánh giá chung việc tổ chức thực hiện Kế hoạch tại cơ quan, đơn vị.", false, false);
        para(d, "- Tiến độ, kết quả từng nhiệm vụ (Mục III của Kế hoạch)", true, false);
        table(d, List.of(
                new String[] { "STT", "Nhiệm vụ", "Tình trạng thực hiện", "Tỷ lệ hoàn thành", "Kết quả thực hiện" },
                wide("1",
                        "Tổ chức quán triệt đầy đủ nội dung của Quyết định 09/2015/QĐ-TTg trong đội ngũ cán bộ, công chức, viên chức để nâng cao nhận thức trách nhiệm thực hiện nhiệm vụ của đội ngũ cán bộ, công chức và các cơ quan hành chính nhà nước về thực hiện cơ chế một cửa, cơ chế một cửa liên thông (Cơ quan thực hiện: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Cơ quan phối hợp: Sở Nội vụ. Thời gian thực hiện: Trước 01/7/2015)",
                        5),
                wide("2",
                        "Đổi tên thành Bộ phận tiếp nhận và trả kết quả hiện đại đối với Bộ phận tiếp nhận và trả kết quả các cấp có trang thiết bị điện tử và áp dụng phần mềm điện tử trong việc giải quyết thủ tục hành chính cho cá nhân, tổ chức theo cơ chế một cửa, cơ chế một cửa liên thông trên tất cả các lĩnh vực thuộc thẩm quyền giải quyết của cơ quan hành chính nhà nước (Cơ quan thực hiện: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Cơ quan phối hợp: Sở Nội vụ. Thời gian thực hiện: Trước 01/7/2015)",
                        5),
                wide("3",
                        "Quyết định công bố các thủ tục hành chính thực hiện cơ chế một cửa, cơ chế một cửa liên thông thuộc thẩm quyền giải quyết của các cơ quan hành chính nhà nước trên địa bàn; điều chỉnh hồ sơ, các biểu mẫu, quy trình các bước thực hiện, thời gian giải quyết (kèm theo các mẫu số 01, 02, 03, 04) (Cơ quan thực hiện: Sở Nội vụ tham mưu cho Chủ tịch UBND tỉnh quyết định. Cơ quan phối hợp: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Thời gian thực hiện: Thường xuyên)",
                        5),
                wide("4",
                        "Phối hợp với các cơ quan được tổ chức theo ngành dọc đặt tại địa phương thực hiện cơ chế một cửa, cơ chế một cửa liên thông theo quy định chung của bộ, ngành và địa phương (Cơ quan thực hiện: Sở Nội vụ chủ trì phối hợp với các cơ quan được tổ chức theo ngành dọc đặt tại địa phương. Cơ quan phối hợp: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố. Thời gian thực hiện: Trước 31/12/2015)",
                        5),
                wide("5",
                        "Rà soát lại Bộ phận tiếp nhận và trả kết quả của đơn vị để đảm bảo có đủ diện tích và các điều kiện khác theo Quyết định 09/2015/QĐ-TTg; tăng cường ứng dụng công nghệ thông tin, triển khai dịch vụ công trực tuyến mức độ 3, 4 (Cơ quan thực hiện: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Cơ quan phối hợp: Sở Nội vụ. Thời gian thực hiện: Trước 30/8/2015)",
                        5),
                wide("6",
                        "Bố trí công chức làm việc tại Bộ phận tiếp nhận và trả kết quả đảm bảo đủ về số lượng và có chuyên môn, nghiệp vụ phù hợp đáp ứng yêu cầu công việc; có phẩm chất, đạo đức tốt, tinh thần trách nhiệm và tính chuyên nghiệp cao; có tác phong, thái độ chuẩn mực, có khả năng giao tiếp tốt với cá nhân, tổ chức (Cơ quan thực hiện: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Cơ quan phối hợp: Sở Nội vụ. Thời gian thực hiện: Trước 30/10/2015)",
                        5),
                wide("7",
                        "Tăng cường công tác thông tin, tuyên truyền về việc triển khai thực hiện cơ chế một cửa, cơ chế một cửa liên thông theo Quyết định 09/2015/QĐ-TTg tới người dân, tổ chức để tạo sự đồng thuận, ủng hộ và tăng cường vai trò giám sát của người dân, tổ chức, xã hội (Cơ quan thực hiện: Các sở, cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. Cơ quan phối hợp: Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Giang. Thời gian thực hiện: Thường xuyên)",
                        5)));
        heading(d, 1, "II. Khó khăn, vướng mắc");
        para(d, "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị báo cáo "
                + "về Sở Nội vụ.", false, false);
        heading(d, 1, "III. Đề xuất, kiến nghị");
        return d;
    }

    // The annex of seed 000 and the staffing annex of seed 001 as two sheets, with Excel's own formulas.
    static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        XSSFSheet s = wb.createSheet("Phụ lục II");
        cells(s, 0, "PHỤ LỤC II");
        cells(s, 1,
                "KẾT QUẢ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG CỦA ỦY BAN NHÂN DÂN CẤP HUYỆN VÀ CẤP XÃ");
        cells(s, 2, "(Kèm theo Báo cáo số /BC-UBND ngày / /2017 của)");
        cells(s, 4, "STT", "Tên đơn vị thực hiện cơ chế một cửa, một cửa liên thông", "Số TTHC đang thực hiện", "",
                "Hồ sơ", "", "", "", "Ghi chú");
        cells(s, 5, "", "", "Theo cơ chế một cửa", "Theo cơ chế một cửa liên thông", "Tổng số hồ sơ đã nhận",
                "Tổng số hồ sơ giải quyết đúng hạn", "Tổng số hồ sơ giải quyết quá hạn", "Tỷ lệ giải quyết đúng hạn");
        for (int[] m : new int[][] { { 4, 5, 0, 0 }, { 4, 5, 1, 1 }, { 4, 4, 2, 3 }, { 4, 4, 4, 7 }, { 4, 5, 8, 8 } }) {
            s.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        cells(s, 6, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)");
        cells(s, 7, "I", "Cấp huyện");
        cells(s, 8, "1", "Huyện.....");
        cells(s, 9, "II", "Cấp xã, phường");
        for (int r = 10; r < 13; r++) {
            cells(s, r, Integer.toString(r - 9), "Xã.....");
            s.getRow(r).createCell(7).setCellFormula("IF(F" + (r + 1) + "+G" + (r + 1) + "=0,\"\",F" + (r + 1) + "/(F"
                    + (r + 1) + "+G" + (r + 1) + "))");
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            s.getRow(r).getCell(7).setCellStyle(pct);
        }
        cells(s, 13, "", "Tổng");
        s.getRow(13).getCell(1).setCellStyle(bold);
        for (int c = 2; c <= 6; c++) {
            String col = Character.toString('A' + c);
            s.getRow(13).createCell(c).setCellFormula("SUM(" + col + "11:" + col + "13)");
        }
        cells(s, 15, "", "", "", "", "", "", "....., ngày tháng năm 2017");

        XSSFSheet t = wb.createSheet("Cán bộ BPMC");
        cells(t, 0, "PHỤ LỤC");
        cells(t, 1, "Tổng số cán bộ, công chức, viên chức làm việc tại Bộ phận Một cửa các cấp");
        cells(t, 3, "STT", "Bộ phận Một cửa", "Số lượng công chức, viên chức làm việc tại BPMC", "", "", "Ghi chú");
        cells(t, 4, "", "", "Tổng số", "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa",
                "Công chức, viên chức do các cơ quan chuyên môn được cử đến");
        for (int[] m : new int[][] { { 3, 4, 0, 0 }, { 3, 4, 1, 1 }, { 3, 3, 2, 4 }, { 3, 4, 5, 5 } }) {
            t.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
        cells(t, 5, "", "CẤP TỈNH");
        cells(t, 6, "1", "Bộ phận Một cửa của Sở A (nếu có)");
        cells(t, 7, "", "CẤP HUYỆN, CẤP XÃ");
        cells(t, 8, "I", "Huyện B");
        cells(t, 9, "1", "Bộ phận Một cửa cấp huyện");
        cells(t, 10, "2", "Bộ phận Một cửa xã b1");
        for (int r = 9; r <= 10; r++) {
            t.getRow(r).createCell(2).setCellFormula("D" + (r + 1) + "+E" + (r + 1));
        }
        return wb;
    }

    private static void cells(XSSFSheet s, int r, String... values) {
        XSSFRow row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String[] row(String ordinal, String label) {
        return wide(ordinal, label, 9);
    }

    private static String[] wide(String ordinal, String label, int width) {
        String[] r = new String[width];
        java.util.Arrays.fill(r, "");
        r[0] = ordinal;
        r[1] = label;
        return r;
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        List<String[]> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void headingStyles(XWPFDocument d) {
        XWPFStyles styles = d.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("heading " + level);
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            styles.addStyle(new XWPFStyle(ct));
        }
    }

    private static void heading(XWPFDocument d, int level, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    private static void para(XWPFDocument d, String text, boolean bold, boolean centred) {
        XWPFParagraph p = d.createParagraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setText(text);
    }

    private static void table(XWPFDocument d, List<String[]> rows) {
        int width = rows.get(0).length;
        XWPFTable t = d.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            String[] values = rows.get(r);
            // Merge to the left by widening the first cell and removing the others, as Word stores it.
            for (int c = width - 1; c >= 0; c--) {
                XWPFTableCell cell = t.getRow(r).getCell(c);
                String v = values[c];
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (v.equals("<")) {
                    int start = c;
                    while (values[start].equals("<")) {
                        start--;
                    }
                    XWPFTableCell owner = t.getRow(r).getCell(start);
                    CTTcPr opr = owner.getCTTc().isSetTcPr() ? owner.getCTTc().getTcPr() : owner.getCTTc().addNewTcPr();
                    int span = opr.isSetGridSpan() ? opr.getGridSpan().getVal().intValue() : 1;
                    (opr.isSetGridSpan() ? opr.getGridSpan() : opr.addNewGridSpan())
                            .setVal(BigInteger.valueOf(span + 1));
                    t.getRow(r).removeCell(c);
                } else if (v.equals("^")) {
                    pr.addNewVMerge();
                } else {
                    if (r + 1 < rows.size() && rows.get(r + 1)[c].equals("^")) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    cell.setText(v);
                }
            }
        }
    }
}
