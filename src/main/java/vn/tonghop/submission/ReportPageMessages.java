package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the report pages (the form, its versions and the template preview): labels, the saving status and the
 * notices after an action; English in messages/rpt_en.properties. Templates use {rpt:key}.
 */
@MessageBundle(value = "rpt", locale = "vi")
public interface ReportPageMessages {

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

    @Message("Chưa lưu được (mất kết nối hoặc hệ thống đang bận); sẽ tự thử lại, nội dung vẫn được giữ trên máy này…")
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
