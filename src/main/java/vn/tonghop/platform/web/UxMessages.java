package vn.tonghop.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the journeys across features: menu, inbox filter, error pages, confirmations, deadlines. English in
 * messages/ux_en.properties. Templates use {ux:key}.
 */
@MessageBundle(value = "ux", locale = "vi")
public interface UxMessages {

    @Message("Mở hoặc đóng menu")
    String menuToggle();

    @Message("Mọi trạng thái")
    String allStatuses();

    @Message("Mọi kỳ báo cáo")
    String allPeriods();

    @Message("Lọc")
    String filter();

    @Message("Bỏ lọc")
    String clearFilter();

    @Message("Không có báo cáo nào khớp bộ lọc.")
    String noneMatch();

    @Message("{#when f}{#is 'TODO'}Cần làm{#is 'AWAITING_APPROVAL'}Chờ duyệt{#is 'SUBMITTED'}Đã nộp{#is 'MISSING'}Quá hạn chưa nộp{#else}{f}{/when}")
    String filterName(String f);

    @Message("{#when s}{#is 'NOT_OPENED'}Chưa mở{#is 'DRAFT'}Đang soạn{#is 'AWAITING_APPROVAL'}Chờ duyệt{#is 'SUBMITTED'}Đã nộp{#is 'SUBMITTED_LATE'}Nộp muộn{#is 'RETURNED'}Trả lại{#is 'MISSING'}Chưa nộp (quá hạn){#is 'PUBLISHED'}Đã ban hành{#is 'CLOSED'}Đã đóng{#is 'ARCHIVED'}Lưu trữ{#else}Dự thảo{/when}")
    String status(String s);

    @Message("{#when kind}{#is 'NOT_FOUND'}Không tìm thấy nội dung bạn cần{#is 'FORBIDDEN'}Bạn không có quyền làm việc này{#is 'CONFLICT'}Việc này không làm được lúc này{#is 'INVALID'}Thông tin gửi lên chưa hợp lệ{#is 'UNAVAILABLE'}Hệ thống đang bận{#else}Hệ thống chưa làm được việc này{/when}")
    String errorHeadline(String kind);

    @Message("{#when kind}{#is 'NOT_FOUND'}Nội dung có thể đã bị xóa, hoặc đường dẫn không đúng. Hãy quay lại trang trước và chọn lại.{#is 'FORBIDDEN'}Nếu công việc cần, hãy đề nghị quản trị viên của đơn vị cấp quyền cho bạn.{#is 'CONFLICT'}Hãy quay lại trang trước, tải lại trang để xem nội dung mới nhất, rồi làm lại.{#is 'INVALID'}Hãy quay lại trang trước, sửa các mục nêu trên rồi gửi lại.{#else}Những gì đã lưu vẫn còn. Hãy thử lại sau ít phút; nếu vẫn không được, hãy báo quản trị viên.{/when}")
    String errorAdvice(String kind);

    @Message("Quay lại trang trước")
    String backToPrevious();

    @Message("phiên bản {number}")
    String templateVersion(int number);

    @Message("Yêu cầu của cấp trên")
    String parentRequest();
}
