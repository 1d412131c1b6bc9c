package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the submission feature's services (the Excel round trip, validation, saving and the workflow's refusals) and
 * of the Excel panel; English in messages/sub_en.properties. The report pages' own texts are
 * {@link ReportPageMessages}.
 */
@MessageBundle(value = "sub", locale = "vi")
public interface SubmissionMessages {

    // ---- Excel round trip (SubmissionWorkbook, WorkbookReader) ----

    @Message("Tệp tải lên không phải là tệp Excel (.xlsx).")
    String wbNotWorkbook();

    @Message("Tệp Excel 97-2003 (.xls) không dùng được; hãy mở tệp mẫu đã tải về, nhập số liệu rồi lưu dưới dạng .xlsx.")
    String wbLegacyXls();

    @Message("Tệp Excel lớn quá {max} (tệp mẫu của báo cáo chỉ vài chục KB).")
    String wbTooLarge(String max);

    @Message("Tệp Excel có cấu trúc nén bất thường (có thể là \"bom nén\") nên bị từ chối.")
    String wbZipBomb();

    @Message("Không đọc được tệp Excel: tệp bị hỏng, được đặt mật khẩu hoặc không đúng định dạng .xlsx.")
    String wbUnreadable();

    @Message("Tệp Excel không phải là mẫu tải từ Tổng hợp (thiếu trang ánh xạ ô); hãy tải mẫu Excel của báo cáo này rồi nhập số liệu vào đó.")
    String wbNotOurs();

    @Message("Tệp Excel này là mẫu của báo cáo khác (yêu cầu số {campaign}, đơn vị {unit}); hãy tải mẫu Excel của báo cáo này.")
    String wbOtherReport(String campaign, String unit);

    @Message("Tệp Excel có liên kết tới tệp khác (External Links); hãy bỏ liên kết (Data > Edit Links > Break Link) rồi tải lên lại.")
    String wbExternalLinks();

    @Message("Tệp Excel có quá nhiều trang (tối đa {max}).")
    String wbTooManySheets(int max);

    @Message("Trang '{sheet}' có quá nhiều dòng (tối đa {max}).")
    String wbTooManyRows(String sheet, int max);

    @Message("Thiếu trang '{sheet}' của mẫu; không đổi tên hay xóa các trang của tệp mẫu.")
    String wbSheetMissing(String sheet);

    @Message("{sheet}, ô {cell}: '{value}' không phải là {type}.")
    String wbNotType(String sheet, String cell, String value, String type);

    @Message("{sheet}, ô {cell}: ô đang báo lỗi công thức {value}.")
    String wbCellError(String sheet, String cell, String value);

    @Message("{sheet}, ô {cell}: công thức chưa có kết quả; hãy mở tệp bằng Excel, lưu lại rồi tải lên.")
    String wbNoCachedValue(String sheet, String cell);

    @Message("{sheet}, ô {cell}: {message}")
    String wbAtCell(String sheet, String cell, String message);

    @Message("{sheet}, dòng {row}: {message}")
    String wbAtRow(String sheet, int row, String message);

    @Message("Tệp Excel có {count} lỗi nên chưa lưu gì; sửa các ô được nêu rồi tải lên lại.")
    String wbHasErrors(int count);

    @Message("… và {count} lỗi khác.")
    String wbMoreErrors(int count);

    @Message("Mẫu báo cáo này không có bảng số liệu để tải về Excel.")
    String wbNoTables();

    @Message("Chưa chọn tệp Excel để tải lên.")
    String wbNoFile();

    @Message("Đã nhập số liệu từ tệp Excel (phiên bản {version}){#if issues > 0}; còn {issues} điểm cần sửa hoặc giải trình{/if}.")
    String wbImported(long version, int issues);

    @Message("Đơn vị báo cáo: {unit} · Kỳ báo cáo: {period}")
    String wbUnitLine(String unit, String period);

    @Message("Nhập số liệu vào các ô nền vàng rồi tải tệp lên Tổng hợp. Các ô khác được khóa; không đổi tên, thêm hay xóa trang.")
    String wbHint();

    @Message("Giá trị không hợp lệ")
    String wbInvalidTitle();

    @Message("Bảng số liệu bằng Excel")
    String wbPanelHeading();

    @Message("Tải tệp Excel (đã điền sẵn số liệu đã lưu)")
    String wbDownload();

    @Message("Nhập số liệu từ tệp Excel đã điền")
    String wbUploadLabel();

    @Message("Tải lên")
    String wbUploadButton();

    @Message("Tệp được kiểm tra toàn bộ: có ô sai thì không lưu gì và danh sách lỗi nêu rõ trang, ô.")
    String wbUploadHelp();

    @Message("Nhập {type}{#if min} từ {min}{/if}{#if max} đến {max}{/if}.")
    String wbExpect(String type, String min, String max);

    @Message("Mục '{code}' không có trong đề cương.")
    String unknownSection(String code);

    @Message("Mục '{title}' là tiêu đề nhóm hoặc bảng số liệu, không nhập nội dung viết.")
    String sectionNotText(String title);

    @Message("Mục '{title}' dài quá {max} ký tự.")
    String sectionTooLong(String title, int max);

    @Message("Mục '{title}' chưa có nội dung.")
    String sectionRequired(String title);

    @Message("Bảng '{code}' không có trong đề cương.")
    String unknownTable(String code);

    @Message("{table}: cột '{code}' không có trong bảng.")
    String unknownColumn(String table, String code);

    @Message("{table}: dòng '{key}' không có trong bảng.")
    String unknownRow(String table, String key);

    @Message("{table}: đơn vị '{key}' không thuộc phạm vi báo cáo của đơn vị.")
    String rowOutsideUnit(String table, String key);

    @Message("{table}: dòng '{key}' bị lặp.")
    String duplicateRow(String table, String key);

    @Message("{table}: dòng '{label}' là dòng tổng hợp, được tính từ các dòng con; không nhập trực tiếp.")
    String headingRowTyped(String table, String label);

    @Message("{table}: tối đa {max} dòng.")
    String tooManyRows(String table, int max);

    @Message("{table}, dòng {row}, cột '{column}': '{value}' không phải là {type}.")
    String badValue(String table, String row, String column, String value, String type);

    @Message("{table}, dòng {row}: cột '{column}' bắt buộc nhập.")
    String cellRequired(String table, String row, String column);

    @Message("{table}, dòng {row}: cột '{column}' phải lớn hơn hoặc bằng {min}.")
    String belowMin(String table, String row, String column, String min);

    @Message("{table}, dòng {row}: cột '{column}' phải nhỏ hơn hoặc bằng {max}.")
    String aboveMax(String table, String row, String column, String max);

    @Message("{table}, dòng {row}: cột '{column}' phải là số nguyên.")
    String notInteger(String table, String row, String column);

    @Message("{table}, dòng {row}: {message}")
    String ruleBroken(String table, String row, String message);

    @Message("{table}: chưa nhập dòng của đơn vị.")
    String ownRowMissing(String table);

    @Message("Cần giải trình cho cảnh báo: {message}")
    String explanationNeeded(String message);

    @Message("{#when type}{#is INTEGER}số nguyên{#is DECIMAL}số{#is PERCENT}tỷ lệ phần trăm{#is DATE}ngày (dd/MM/yyyy){#is BOOLEAN}Có/Không{#else}văn bản{/when}")
    String typeName(vn.tonghop.template.model.ColumnType type);

    @Message("Báo cáo chưa nộp được vì còn lỗi; sửa các ô được đánh dấu rồi nộp lại.")
    String cannotSubmit();

    @Message("Báo cáo có dữ liệu không lưu được; các nội dung đã lưu trước đó vẫn giữ nguyên.")
    String cannotStore();

    @Message("Báo cáo đã được {by} lưu lúc {at} sau khi bạn mở; hãy tải lại để xem bản mới nhất rồi sửa tiếp.")
    String staleVersion(String by, String at);

    @Message("Báo cáo đã nộp, chỉ xem được. Nếu cần sửa, đề nghị đơn vị ban hành trả lại.")
    String alreadySubmitted();

    @Message("Yêu cầu báo cáo không còn nhận báo cáo (trạng thái: {status}).")
    String campaignNotOpen(String status);

    @Message("Đã quá hạn nộp ({deadline}); yêu cầu này không nhận báo cáo trễ hạn.")
    String locked(String deadline);

    @Message("Đơn vị '{code}' không phải là đơn vị nhận yêu cầu báo cáo này.")
    String notRecipient(String code);

    @Message("Chỉ lãnh đạo đơn vị (người duyệt, ký) nộp được báo cáo.")
    String approverOnly();

    @Message("Chưa ghi họ tên người ký.")
    String signerRequired();

    @Message("Chỉ trả lại được báo cáo đã nộp.")
    String notSubmitted();

    @Message("Cần ghi lý do trả lại.")
    String returnCommentRequired();

    @Message("Không có phiên bản số {number}.")
    String versionNotFound(int number);

    @Message("Không có báo cáo kỳ trước của đơn vị theo mẫu này.")
    String noPreviousPeriod();

    @Message("Dữ liệu gửi lên không đúng định dạng.")
    String badBody();
}
