package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the submission feature; English in messages/sub_en.properties. Templates use {sub:key}. */
@MessageBundle(value = "sub", locale = "vi")
public interface SubmissionMessages {

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
