package vn.tonghop.template.outlineimport;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the outline import and the builder; English in messages/imp_en.properties. Templates use {imp:key}. */
@MessageBundle(value = "imp", locale = "vi")
public interface ImportMessages {

    // Where a warning points
    @Message("Phần công văn")
    String whereLetter();

    @Message("Bảng {n} trong tệp Word")
    String whereWordTable(int n);

    @Message("dòng {row}, cột {col}")
    String whereRowCol(int row, int col);

    @Message("Trang tính \"{name}\"")
    String whereSheet(String name);

    @Message("ô {ref}")
    String whereCell(String ref);

    @Message("Mẫu đề cương")
    String whereTemplate();

    // Warnings
    @Message("Phần công văn trước \"ĐỀ CƯƠNG\" không đưa vào mẫu; số, ngày và nơi nhận của yêu cầu được nhập khi ban hành.")
    String letterSkipped();

    @Message("Dòng \"{label}\" có tên riêng trong bảng theo đơn vị: mỗi đơn vị tự điền dòng của mình, dòng này không giữ lại. Nếu đây là dòng cố định, đổi loại dòng của bảng.")
    String namedRowInUnitsTable(String label);

    @Message("Cột không có tiêu đề và không có số liệu nên không đưa vào bảng.")
    String columnWithoutTitle();

    @Message("Cột {n}")
    String untitledColumn(int n);

    @Message("Công thức {formula} không chuyển được thành công thức của mẫu (chỉ nhận + - * /, SUM, IF, IFERROR trên các ô cùng dòng); cột này để đơn vị tự nhập. Khai báo lại công thức trong trình soạn nếu cần.")
    String formulaNotTranslated(String formula);

    @Message("Công thức {formula} dùng ô {ref} của một dòng khác; công thức của mẫu chỉ tính từ các ô cùng dòng nên cột này để đơn vị tự nhập. Dòng tổng được cổng tự cộng.")
    String formulaOtherRow(String formula, String ref);

    @Message("Dòng tổng tính {formula}, không phải cộng các dòng của cột; cổng tính dòng tổng bằng cách cộng các dòng (cột tự tính thì theo công thức của cột). Xem lại cột này nếu cần cách tính khác.")
    String totalNotSum(String formula);

    @Message("Các dòng của cột này dùng những công thức khác nhau nên không lấy công thức nào; cột để đơn vị tự nhập.")
    String formulasDiffer();

    @Message("Chưa xác định được cột tỷ lệ \"{title}\" chia cột nào cho cột nào; đơn vị sẽ tự nhập tỷ lệ. Đặt công thức trong trình soạn nếu muốn cổng tự tính.")
    String ratioUnknown(String title);

    @Message("Bảng {n}")
    String tableFallbackTitle(int n);

    @Message("Trang tính này không có khối tiêu đề bảng (dòng STT hoặc ít nhất ba cột tiêu đề) nên không đưa vào mẫu.")
    String sheetWithoutTable();

    @Message("Không tìm thấy mục đề cương nào. Tiêu đề các mục cần có kiểu Heading hoặc đánh số I., 1., a); mỗi bảng được đưa vào một mục riêng.")
    String noSections();

    @Message("Kiểm tra mẫu: {message}")
    String templateCheck(String message);

    // Refusals
    @Message("Chưa chọn tệp. Chọn tệp Word (.docx) hoặc Excel (.xlsx) chứa đề cương, phụ lục.")
    String noFile();

    @Message("Tệp \"{name}\" trống. Chọn lại tệp đề cương.")
    String emptyFile(String name);

    @Message("Tệp \"{name}\" lớn hơn {max}. Lưu tệp đề cương không kèm hình ảnh rồi tải lên lại.")
    String tooLarge(String name, String max);

    @Message("Tệp \"{name}\" không phải tệp Word (.docx) hoặc Excel (.xlsx). Mở tệp bằng Word hoặc Excel và lưu lại theo một trong hai định dạng này.")
    String notDocument(String name);

    @Message("Tệp \"{name}\" là định dạng Word/Excel cũ (.doc, .xls). Mở tệp và chọn Lưu thành .docx hoặc .xlsx rồi tải lên lại.")
    String legacy(String name);

    @Message("Tệp \"{name}\" được đặt mật khẩu nên không đọc được. Gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi tải lên lại.")
    String encrypted(String name);

    @Message("Tệp \"{name}\" có chứa macro nên không được nhận. Lưu lại thành .docx hoặc .xlsx thường (không macro) rồi tải lên lại.")
    String macro(String name);

    @Message("Tệp \"{name}\" bung ra quá lớn so với dung lượng (có thể là tệp nén độc hại) nên không được mở.")
    String bomb(String name);

    @Message("Tệp \"{name}\" bị hỏng, không đọc được. Mở tệp bằng Word hoặc Excel, lưu lại rồi tải lên lại.")
    String damaged(String name);

    @Message("Tệp \"{name}\" không có mục đề cương hay bảng nào để tạo mẫu. Kiểm tra tệp có phải đề cương, phụ lục của công văn không.")
    String nothingFound(String name);

    @Message("Nội dung trình soạn không hợp lệ. Tải lại trang rồi thử lại.")
    String badDraft();

    // The builder page
    @Message("Nhập đề cương, phụ lục nhận được (Word hoặc Excel), sửa lại trong trình soạn rồi lưu thành phiên bản mẫu của đơn vị. Phiên bản cũ giữ nguyên; báo cáo đang dùng phiên bản cũ không bị ảnh hưởng.")
    String intro();

    @Message("Nhập từ Word/Excel")
    String tabImport();

    @Message("Trình soạn")
    String tabBuilder();

    @Message("YAML (nâng cao)")
    String tabYaml();

    @Message("Chọn tệp đề cương (.docx) hoặc phụ lục (.xlsx) đúng như nhận được kèm công văn. Cổng đọc các mục, bảng và cột, rồi mở trình soạn để kiểm tra; chưa có gì được lưu cho đến khi bấm Lưu.")
    String importHelp();

    @Message("Tệp đề cương hoặc phụ lục")
    String importFile();

    @Message("Mã mẫu (không bắt buộc)")
    String importCode();

    @Message("Để trống thì cổng tự đặt theo tiêu đề. Dùng mã của một mẫu đã có để lưu thành phiên bản mới của mẫu đó.")
    String importCodeHelp();

    @Message("Đọc tệp")
    String importRun();

    @Message("Đang đọc tệp…")
    String reading();

    @Message("Đã đọc tệp: %s mục, %s bảng. Kiểm tra và sửa trong trình soạn.")
    String readDone();

    @Message("Những chỗ cổng chưa hiểu hết (xem và sửa trong trình soạn):")
    String readWarnings();

    @Message("Không kết nối được tới cổng. Kiểm tra mạng rồi thử lại; nội dung đang soạn vẫn giữ trên trang.")
    String requestFailed();

    @Message("YAML chưa hợp lệ nên trình soạn chưa cập nhật. Sửa các lỗi sau rồi mở lại trình soạn:")
    String yamlErrors();

    @Message("Đang cập nhật…")
    String syncing();

    @Message("Tiêu đề mẫu")
    String templateTitle();

    @Message("Các mục của đề cương")
    String outlineHeading();

    @Message("Bảng số liệu (phụ lục)")
    String tablesHeading();

    @Message("Thêm mục")
    String addSection();

    @Message("Mục mới")
    String untitledSection();

    @Message("Cột mới")
    String newColumn();

    @Message("Lên")
    String moveUp();

    @Message("Xuống")
    String moveDown();

    @Message("Lùi vào (thành mục con)")
    String indent();

    @Message("Lùi ra")
    String outdent();

    @Message("Xóa")
    String remove();

    @Message("Không bắt buộc")
    String optional();

    @Message("Bắt buộc")
    String required();

    @Message("Tiêu đề")
    String titleLabel();

    @Message("Nhóm cột")
    String groupLabel();

    @Message("Kiểu")
    String typeLabel();

    @Message("Nhỏ nhất")
    String minLabel();

    @Message("Lớn nhất")
    String maxLabel();

    @Message("Hướng dẫn viết")
    String guidanceLabel();

    @Message("Tự tính:")
    String computed();

    @Message("Bỏ công thức (đơn vị tự nhập)")
    String clearFormula();

    @Message("Thêm cột")
    String addColumn();

    @Message("Thêm cột tỷ lệ (%)")
    String addRatio();

    @Message("Tử số")
    String numerator();

    @Message("Mẫu số")
    String denominator();

    @Message("Thêm dòng")
    String addRow();

    @Message("Dòng của bảng")
    String rowsKind();

    @Message("Mỗi đơn vị một dòng")
    String rowsUnits();

    @Message("Dòng cố định")
    String rowsFixed();

    @Message("Đơn vị tự thêm dòng")
    String rowsFree();

    @Message("Có dòng tổng")
    String totalRow();

    @Message("Bảng:")
    String tableBadge();

    @Message("Tiêu đề phụ")
    String subtitleLabel();

    @Message("Số nguyên")
    String typeInteger();

    @Message("Số thập phân")
    String typeDecimal();

    @Message("Tỷ lệ (%)")
    String typePercent();

    @Message("Văn bản")
    String typeText();

    @Message("Ngày")
    String typeDate();

    @Message("Có/Không")
    String typeBoolean();

    @Message("Xác nhận xóa")
    String confirmTitle();

    @Message("Xóa mục “%s” cùng các mục con của nó khỏi mẫu đang soạn? Bảng gắn với mục cũng bị xóa. Mẫu đã lưu trước đây không đổi.")
    String confirmDeleteSection();

    @Message("Xóa cột “%s” khỏi bảng? Công thức dùng cột này cũng cần sửa lại.")
    String confirmDeleteColumn();

    @Message("Xóa dòng “%s” cùng các dòng con của nó?")
    String confirmDeleteRow();

    @Message("Dòng")
    String rowsHeading();

    @Message("Cột")
    String columnsHeading();

    @Message("STT")
    String stt();

    @Message("Mẫu chưa có bảng số liệu.")
    String noTables();

    @Message("Xem trước")
    String previewHeading();

    @Message("Đề cương và tiêu đề bảng như đơn vị sẽ thấy. Biểu mẫu nhập và mẫu trống Word/Excel của bản nháp mở trong thẻ mới, chưa cần lưu.")
    String previewHelp();

    @Message("Lưu phiên bản mẫu")
    String save();

    @Message("Tỷ lệ (%)")
    String ratioTitle();

    @Message("Nội dung tệp đã nhập")
    String sourceHeading();

    @Message("Tệp như cổng đã đọc: tiêu đề in đậm là mục của đề cương, dòng mờ không đưa vào mẫu.")
    String sourceHelp();

    @Message("không đưa vào mẫu")
    String sourceSkipped();

    @Message("tải lên")
    String unnamedFile();

    @Message("Cổng tự điền từ báo cáo kỳ trước của đơn vị (cột “%s”).")
    String earlierNote();

    // The unsaved draft, previewed and printed blank
    @Message("Xem trước biểu mẫu")
    String previewDraft();

    @Message("Tải mẫu trống Word")
    String blankDocxDraft();

    @Message("Tải mẫu trống Excel")
    String blankXlsxDraft();

    @Message("Đây là bản nháp chưa lưu; đóng thẻ này để quay lại trình soạn.")
    String draftPreviewNote();

    @Message("Chưa có gì để xem trước: nhập từ Word/Excel, thêm mục trong trình soạn hoặc dán YAML.")
    String draftEmpty();

    @Message("Bản nháp chưa hợp lệ nên chưa xem trước hay tải mẫu trống được. Sửa các lỗi sau (thẻ YAML chỉ rõ dòng) rồi thử lại:")
    String draftRejected();

    @Message("Kéo để đổi chỗ")
    String dragHandle();

    @Message("Đã chuyển \"%s\".")
    String moved();
}
