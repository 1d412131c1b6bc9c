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
}
