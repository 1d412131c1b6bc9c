package vn.tonghop.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the audit trail; English in messages/aud_en.properties. Templates use {aud:key}. */
@MessageBundle(value = "aud", locale = "vi")
public interface AuditMessages {

    @Message("Nhật ký hệ thống")
    String title();

    @Message("Nhật ký")
    String nav();

    @Message("Mọi thao tác tạo, sửa, ban hành, nộp, trả lại, gia hạn, nhập và xuất dữ liệu được ghi lại; không ai sửa hay xóa được nhật ký.")
    String intro();

    @Message("Thao tác '{value}' không có trong danh sách.")
    String badAction(String value);

    @Message("Ngày 'đến' phải sau ngày 'từ'.")
    String badRange();

    @Message("Thời điểm")
    String at();

    @Message("Người thực hiện")
    String user();

    @Message("Đơn vị")
    String unit();

    @Message("Thao tác")
    String action();

    @Message("Đối tượng")
    String entity();

    @Message("Nội dung")
    String summary();

    @Message("Trước")
    String before();

    @Message("Sau")
    String after();

    @Message("Từ ngày")
    String from();

    @Message("Đến ngày")
    String to();

    @Message("Tất cả")
    String any();

    @Message("Lọc")
    String filter();

    @Message("Không có dòng nhật ký nào khớp.")
    String none();

    @Message("hệ thống")
    String system();

    @Message("{#when action}{#is 'CREATE'}Tạo mới{#is 'UPDATE'}Cập nhật{#is 'PUBLISH'}Ban hành{#is 'RELAY'}Chuyển tiếp{#is 'EXTEND'}Gia hạn{#is 'CLOSE'}Đóng{#is 'ARCHIVE'}Lưu trữ{#is 'SAVE'}Lưu số liệu{#is 'SUBMIT'}Nộp báo cáo{#is 'RETURN'}Trả lại{#is 'VIEW'}Xem tổng hợp{#is 'EXPORT'}Xuất tệp{#is 'IMPORT'}Nhập dữ liệu{#is 'REORGANISE'}Sắp xếp đơn vị{#is 'REMIND'}Nhắc nộp{#is 'GRANT'}Cấp quyền{#is 'REVOKE'}Thu hồi quyền{#is 'JUSTIFY'}Giải trình số liệu{#is 'VERIFY'}Xác minh số liệu{#else}{action}{/when}")
    String actionName(String action);
}
