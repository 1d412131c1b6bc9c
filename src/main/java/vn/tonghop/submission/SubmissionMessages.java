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

    // ---- report pages ----

    @Message("Không còn lỗi; có thể nộp báo cáo.")
    String noIssues();

    @Message("Cần hoàn thiện trước khi nộp")
    String issuesTitle();

    @Message("Giải trình")
    String explanation();

    @Message("Lý do số liệu khác thường")
    String explanationPlaceholder();

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Thêm dòng")
    String addRow();

    @Message("Xóa dòng")
    String removeRow();

    @Message("Bảng đã đủ số dòng tối đa.")
    String maxRowsReached();

    @Message("Đang lưu…")
    String saving();

    @Message("Có thay đổi chưa lưu")
    String unsaved();

    @Message("Mất kết nối, đang thử lại…")
    String offline();

    @Message("Phiên đăng nhập đã hết. Nội dung đang nhập vẫn được giữ tạm trên máy này: tải lại trang, đăng nhập rồi chọn Khôi phục.")
    String sessionExpired();

    @Message("Chưa lưu được; sẽ thử lại khi bạn tiếp tục nhập.")
    String saveFailed();

    @Message("Trên máy này còn nội dung chưa lưu của báo cáo này (lúc %TIME%).")
    String restoreOffer();

    @Message("Nội dung đó được nhập trên phiên bản %FROM%; báo cáo nay ở phiên bản %TO%, hãy kiểm tra sau khi khôi phục.")
    String restoreOlder();

    @Message("Khôi phục")
    String restore();

    @Message("Bỏ qua")
    String discard();

    @Message("Các phiên bản")
    String versions();

    @Message("Báo cáo bị trả lại để hoàn thiện:")
    String returnedTitle();

    @Message("Người ký")
    String signedBy();

    @Message("Tải lại")
    String reload();

    @Message("Lấy số liệu kỳ trước")
    String copyForward();

    @Message("Điền sẵn nội dung và số liệu từ báo cáo kỳ trước của đơn vị (thay nội dung đang có).")
    String copyForwardHint();

    @Message("Lưu nháp")
    String saveDraft();

    @Message("Chưa lưu; báo cáo được tự động lưu khi bạn nhập.")
    String notSavedYet();

    @Message("Hướng dẫn")
    String guidance();

    @Message("Xem hướng dẫn")
    String showGuidance();

    @Message("Nộp báo cáo")
    String submitTitle();

    @Message("Họ tên người ký")
    String signerName();

    @Message("Chức vụ người ký")
    String signerTitle();

    @Message("Nộp báo cáo")
    String submitButton();

    @Message("Nội dung trên màn hình được lưu rồi nộp; sau khi nộp, báo cáo chỉ xem được.")
    String submitHint();

    @Message("Đã lưu; lãnh đạo đơn vị sẽ duyệt và nộp.")
    String approverWillSubmit();

    @Message("Trả lại để hoàn thiện")
    String returnTitle();

    @Message("Nội dung cần hoàn thiện")
    String returnComment();

    @Message("Trả lại")
    String returnButton();

    @Message("Các phiên bản của báo cáo")
    String versionsTitle();

    @Message("Quay lại báo cáo")
    String backToForm();

    @Message("Chưa có phiên bản nào: mỗi lần nộp hoặc trả lại, báo cáo được lưu thành một phiên bản.")
    String noVersions();

    @Message("Phiên bản")
    String versionNumber();

    @Message("Người thực hiện")
    String versionBy();

    @Message("Thời điểm")
    String versionAt();

    @Message("Ghi chú")
    String versionNote();

    @Message("Từ phiên bản")
    String compareFrom();

    @Message("Đến phiên bản")
    String compareTo();

    @Message("So sánh")
    String compare();

    @Message("Thay đổi từ phiên bản {from} đến phiên bản {to}")
    String changesTitle(Integer from, Integer to);

    @Message("Hai phiên bản giống nhau.")
    String noChanges();

    @Message("Mục / bảng")
    String diffWhere();

    @Message("Dòng")
    String diffRow();

    @Message("Cột")
    String diffColumn();

    @Message("Trước")
    String diffBefore();

    @Message("Sau")
    String diffAfter();

    @Message("Đã lưu bản nháp (phiên bản {version}).")
    String draftSaved(long version);

    @Message("Đã lưu lúc {at} (phiên bản {version})")
    String savedAt(String at, long version);

    @Message("Chưa lưu được: {reason}")
    String notSaved(String reason);

    @Message("Đã nộp báo cáo lúc {at}, đúng hạn.")
    String submittedFlash(String at);

    @Message("Đã nộp báo cáo lúc {at}, trễ hạn.")
    String submittedLateFlash(String at);

    @Message("Đã lấy nội dung và số liệu kỳ trước (phiên bản {version}); kiểm tra, sửa rồi nộp.")
    String copiedForward(long version);

    @Message("Đã trả lại báo cáo để đơn vị hoàn thiện.")
    String returnedFlash();

    @Message("Lưu lần cuối lúc {at} ({by})")
    String lastSaved(String at, String by);

    @Message("Quá hạn {days} ngày {hours} giờ")
    String overdueBy(long days, long hours);

    @Message("Đã nộp lúc {at}, đúng hạn.")
    String submittedOnTime(String at);

    @Message("Đã nộp lúc {at}, trễ hạn {days} ngày {hours} giờ.")
    String submittedLate(String at, long days, long hours);

    @Message("Xem trước: đây là biểu mẫu trống đúng như đơn vị nhận báo cáo sẽ thấy. Có thể thử nhập để xem cột tự tính và kiểm tra; không có gì được lưu.")
    String previewNote();

    @Message("Kiểm tra")
    String previewCheck();

    @Message("Xem trước – không lưu ({time})")
    String previewChecked(String time);

    @Message("UBND xã mẫu")
    String previewUnit();
}
