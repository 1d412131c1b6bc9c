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

    @Message("{#when kind}{#is 'NOT_FOUND'}Không tìm thấy nội dung bạn cần{#is 'FORBIDDEN'}Bạn không có quyền làm việc này{#is 'CONFLICT'}Việc này không làm được lúc này{#is 'INVALID'}Thông tin gửi lên chưa hợp lệ{#is 'UNAVAILABLE'}Hệ thống đang bận{#is 'STALE_PAGE'}Trang đã cũ, lần gửi này chưa được nhận{#else}Hệ thống chưa làm được việc này{/when}")
    String errorHeadline(String kind);

    @Message("{#when kind}{#is 'NOT_FOUND'}Nội dung có thể đã bị xóa, hoặc đường dẫn không đúng. Hãy quay lại trang trước và chọn lại.{#is 'FORBIDDEN'}Nếu công việc cần, hãy đề nghị quản trị viên của đơn vị cấp quyền cho bạn.{#is 'CONFLICT'}Hãy quay lại trang trước, tải lại trang để xem nội dung mới nhất, rồi làm lại.{#is 'INVALID'}Hãy quay lại trang trước, sửa các mục nêu trên rồi gửi lại.{#is 'STALE_PAGE'}Hãy quay lại trang trước và gửi lại: những gì bạn vừa nhập vẫn còn trên trang đó nếu trình duyệt còn giữ. Nếu vẫn chưa được, hãy tải lại trang rồi gửi lại.{#else}Những gì đã lưu vẫn còn. Hãy thử lại sau ít phút; nếu vẫn không được, hãy báo quản trị viên.{/when}")
    String errorAdvice(String kind);

    @Message("Quay lại trang trước")
    String backToPrevious();

    @Message("phiên bản {number}")
    String templateVersion(int number);

    @Message("Yêu cầu của cấp trên")
    String parentRequest();

    @Message("Hủy")
    String cancel();

    @Message("Nộp báo cáo?")
    String submitConfirmTitle();

    @Message("Báo cáo của {unit} sẽ được gửi tới {issuer} (hạn nộp {deadline}).")
    String submitConfirmWho(String unit, String issuer, String deadline);

    @Message("Sau khi nộp, đơn vị không sửa được báo cáo nữa, trừ khi {issuer} trả lại để hoàn thiện.")
    String submitConfirmFinal(String issuer);

    @Message("Nộp báo cáo")
    String submitConfirmYes();

    @Message("Ban hành yêu cầu báo cáo?")
    String publishConfirmTitle();

    @Message("Yêu cầu sẽ được gửi tới {count} đơn vị, mỗi đơn vị được thông báo trên hệ thống và qua thư điện tử; hạn nộp {deadline}.")
    String publishConfirmWho(int count, String deadline);

    @Message("Sau khi ban hành, không sửa được nội dung yêu cầu; chỉ gia hạn, gửi thêm đơn vị hoặc đóng yêu cầu.")
    String publishConfirmFinal();

    @Message("Ban hành")
    String publishConfirmYes();

    @Message("Trả lại báo cáo?")
    String returnConfirmTitle();

    @Message("Báo cáo sẽ được trả lại cho {unit} cùng nội dung cần hoàn thiện; đơn vị được thông báo, sửa và nộp lại. Báo cáo không còn được tính là đã nộp.")
    String returnConfirmBody(String unit);

    @Message("Trả lại")
    String returnConfirmYes();

    @Message("Xóa quyền này?")
    String removeConfirmTitle();

    @Message("{user} sẽ không còn quyền {role} tại {unit}. Việc này được ghi vào nhật ký; muốn cấp lại phải thêm lại.")
    String removeConfirmBody(String user, String role, String unit);

    @Message("Xóa")
    String removeConfirmYes();

    @Message("Hạn nộp {deadline} trước khi kỳ báo cáo kết thúc ({periodEnd}): đơn vị phải báo cáo cả những ngày chưa diễn ra.")
    String deadlineBeforePeriodEnd(String deadline, String periodEnd);

    @Message("Đơn vị chưa có lãnh đạo duyệt trên hệ thống, nên chưa gửi duyệt được. Hãy đề nghị quản trị viên cấp quyền người duyệt cho lãnh đạo đơn vị.")
    String noApprover();

    @Message("{user} đã gửi báo cáo \"{title}\" để lãnh đạo duyệt, ký và nộp.")
    String sentForApprovalNotice(String user, String title);

    @Message("gửi lãnh đạo duyệt ({approvers})")
    String sentForApprovalAudit(String approvers);

    @Message("Đã lưu và gửi lãnh đạo duyệt; {approvers} đã được thông báo.")
    String sentForApprovalFlash(String approvers);

    @Message("Gửi lãnh đạo duyệt")
    String sendForApproval();

    @Message("Gửi lãnh đạo duyệt?")
    String sendConfirmTitle();

    @Message("Nội dung trên màn hình được lưu rồi gửi tới lãnh đạo đơn vị ({approvers}), được thông báo trên hệ thống và qua thư điện tử, để duyệt, ký và nộp cho {issuer} trước {deadline}.")
    String sendConfirmBody(String approvers, String issuer, String deadline);

    @Message("Lãnh đạo vẫn có thể chỉnh sửa trước khi nộp; sau khi nộp, báo cáo không sửa được nữa.")
    String sendConfirmFinal();

    @Message("Báo cáo đã gửi lãnh đạo duyệt ({approvers}); lãnh đạo sẽ ký và nộp.")
    String awaitingNote(String approvers);

    @Message("Đơn vị chưa có lãnh đạo duyệt trên hệ thống, nên cán bộ nhập báo cáo ký và nộp trực tiếp.")
    String submitsDirectly();

    @Message("Đã hiểu")
    String understood();

    @Message("Báo cáo chờ bạn duyệt")
    String waitingTitle();

    @Message("{user} gửi lúc {at}")
    String sentBy(String user, String at);

    @Message("Duyệt và nộp")
    String approveAndSubmit();

    @Message("Hạn nộp {deadline} trước khi kỳ báo cáo kết thúc ({periodEnd}). Nếu đúng là ý định, hãy đánh dấu xác nhận bên dưới ô hạn nộp; nếu không, hãy chọn hạn nộp sau ngày {periodEnd}.")
    String deadlineBeforePeriodEndAsk(String deadline, String periodEnd);

    @Message("Tôi xác nhận hạn nộp trước khi kỳ báo cáo kết thúc")
    String confirmEarlyDeadline();

    @Message("Đơn vị sẽ phải báo cáo cả những ngày cuối kỳ chưa diễn ra; lựa chọn này được ghi lại cùng yêu cầu.")
    String confirmEarlyDeadlineHint();
}
