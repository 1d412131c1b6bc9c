package vn.tonghop.platform.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts the portal's features share. Vietnamese here; English in messages/msg_en.properties (a test keeps both in
 * sync). Templates use them as {msg:key}; texts of one feature live in that feature's bundle (e.g. {unit:key}).
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

    @Message("Tổng hợp")
    String appName();

    @Message("Cổng tổng hợp báo cáo của cơ quan hành chính")
    String appTagline();

    @Message("Trang chủ")
    String navHome();

    @Message("Đơn vị")
    String navUnits();

    @Message("Phân quyền")
    String navMemberships();

    @Message("Quản trị nền tảng")
    String navPlatform();

    @Message("Đăng nhập")
    String login();

    @Message("Đăng xuất")
    String logout();

    @Message("Xin chào, {name}")
    String greeting(String name);

    @Message("Đơn vị của tôi")
    String myUnits();

    @Message("Vai trò")
    String role();

    @Message("Tài khoản {username} chưa được cấp quyền trên cổng. Đề nghị liên hệ quản trị viên của tỉnh.")
    String notRegistered(String username);

    @Message("Cổng giúp cơ quan cấp trên ban hành yêu cầu báo cáo, đơn vị cấp dưới nhập và nộp báo cáo trực tuyến, và tổng hợp số liệu theo từng cấp.")
    String homeIntro();

    @Message("Mã")
    String code();

    @Message("Tên")
    String name();

    @Message("Loại")
    String kind();

    @Message("Đơn vị cấp trên")
    String parent();

    @Message("Hiệu lực từ")
    String validFrom();

    @Message("Hiệu lực đến")
    String validTo();

    @Message("Tệp")
    String file();

    @Message("Nhập")
    String doImport();

    @Message("Tệp không được nhập vì có lỗi (không đơn vị nào được ghi):")
    String importRejected();

    @Message("Dòng {line}: {text}")
    String lineMessage(int line, String text);

    @Message("tệp không có dòng dữ liệu nào")
    String importEmpty();

    @Message("Tệp không đọc được: không phải CSV hoặc Excel (.xlsx) hợp lệ.")
    String importUnreadable();

    @Message("Không tìm thấy đơn vị '{code}'.")
    String unitNotFound(String code);

    @Message("Bạn không có quyền thực hiện thao tác này.")
    String forbidden();

    @Message("Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Hãy tải lại trang để xem bản mới nhất rồi sửa tiếp.")
    String staleData();

    @Message("Phiên làm việc của trang đã cũ (trang được mở từ lâu, hoặc trình duyệt đã được mở lại), nên lần gửi này chưa được nhận. Những gì đã lưu trước đó vẫn còn nguyên. Hãy tải lại trang và gửi lại.")
    String stalePage();

    @Message("Không tìm thấy trang hoặc dữ liệu yêu cầu.")
    String notFound();

    @Message("Không tìm thấy yêu cầu báo cáo số {id}.")
    String campaignNotFound(long id);

    @Message("Không tìm thấy mẫu đề cương '{code}'.")
    String templateNotFound(String code);

    @Message("Thiếu thông tin bắt buộc: {field}.")
    String fieldRequired(String field);

    @Message("Hạn nộp {deadline} đã qua; hãy chọn một thời điểm trong tương lai.")
    String deadlineInPast(String deadline);

    @Message("Hạn nộp phải trước hạn của cấp trên ({parentDeadline}); đề nghị chọn {proposed} hoặc sớm hơn.")
    String deadlineAfterParent(String parentDeadline, String proposed);

    @Message("Chưa chọn đơn vị nhận báo cáo.")
    String recipientsEmpty();

    @Message("Không có đơn vị mã '{code}'.")
    String recipientUnknown(String code);

    @Message("Đơn vị '{code}' không thuộc phạm vi mà đơn vị ban hành được yêu cầu báo cáo.")
    String recipientOutsideReach(String code);

    @Message("Đơn vị '{code}' không còn hiệu lực trong kỳ báo cáo.")
    String recipientNotValid(String code);

    @Message("Bạn không có quyền ban hành yêu cầu báo cáo thay cho đơn vị '{code}'.")
    String issuerNotAllowed(String code);

    @Message("Đơn vị '{code}' không nhận yêu cầu báo cáo này nên không thể chuyển tiếp.")
    String notRecipient(String code);

    @Message("Chỉ sửa hoặc ban hành được yêu cầu báo cáo đang ở trạng thái dự thảo.")
    String campaignNotDraft();

    @Message("Yêu cầu báo cáo chưa được ban hành hoặc đã đóng.")
    String campaignNotPublished();

    @Message("Không hiểu kỳ báo cáo '{label}': ghi như 'Quý I/2017', 'Tháng 4/2017', 'Năm 2023' hoặc nhập ngày bắt đầu và kết thúc.")
    String periodUnknown(String label);

    @Message("Ngày, giờ không hợp lệ: '{value}'.")
    String badDateTime(String value);

    @Message("Yêu cầu báo cáo")
    String navCampaigns();

    @Message("Báo cáo cần nộp")
    String inbox();

    @Message("Yêu cầu báo cáo đã ban hành")
    String issuedCampaigns();

    @Message("Tạo yêu cầu báo cáo")
    String newCampaign();

    @Message("Số, ký hiệu")
    String letterNumber();

    @Message("Ngày văn bản")
    String letterDate();

    @Message("Trích yếu (V/v …)")
    String subject();

    @Message("Tên báo cáo")
    String campaignTitle();

    @Message("Mẫu đề cương")
    String template();

    @Message("Đơn vị ban hành")
    String issuerUnit();

    @Message("Kỳ báo cáo")
    String periodLabel();

    @Message("Hạn nộp")
    String deadline();

    @Message("Đơn vị nhận")
    String recipients();

    @Message("Trạng thái")
    String status();

    @Message("Đã nộp {submitted}/{expected}")
    String progressLabel(int submitted, int expected);

    @Message("Còn {days} ngày {hours} giờ")
    String timeLeft(long days, long hours);

    @Message("Quá hạn")
    String overdue();

    @Message("Ban hành")
    String publish();

    @Message("Chuyển tiếp cho đơn vị cấp dưới")
    String relay();

    @Message("Tạo dự thảo")
    String createDraft();

    @Message("Đã tạo dự thảo yêu cầu báo cáo.")
    String campaignCreated();

    @Message("Đã ban hành yêu cầu báo cáo.")
    String campaignPublished();

    @Message("Yêu cầu cấp trên")
    String parentCampaign();

    @Message("Yêu cầu chuyển tiếp")
    String childCampaigns();

    @Message("Không có báo cáo nào cần nộp.")
    String inboxEmpty();

    @Message("Giờ Việt Nam (GMT+7)")
    String vietnamTime();

    @Message("{#when status}{#is 'NOT_OPENED'}Chưa mở{#is 'DRAFT'}Đang soạn{#is 'AWAITING_APPROVAL'}Chờ duyệt{#is 'SUBMITTED'}Đã nộp{#is 'SUBMITTED_LATE'}Nộp muộn{#is 'RETURNED'}Trả lại{#is 'MISSING'}Chưa nộp (quá hạn){#is 'PUBLISHED'}Đã ban hành{#is 'CLOSED'}Đã đóng{#is 'ARCHIVED'}Lưu trữ{#else}Dự thảo{/when}")
    String statusName(String status);

    @Message("Có lỗi")
    String errorTitle();

    @Message("Quay về trang chủ")
    String backHome();

    @Message("Người dùng")
    String user();

    @Message("Thêm quyền")
    String addMembership();

    @Message("Xóa")
    String remove();

    @Message("Lưu")
    String save();

    @Message("Tên đăng nhập")
    String username();

    @Message("Họ và tên")
    String displayName();

    @Message("Đã cập nhật phân quyền.")
    String membershipsSaved();

    @Message("Không thể tự xóa quyền quản trị cuối cùng của tỉnh.")
    String lastAdmin();

    @Message("Tỉnh (đơn vị thuê bao)")
    String tenants();

    @Message("Tạo tỉnh mới")
    String createTenant();

    @Message("Mã tỉnh '{code}' đã tồn tại.")
    String tenantExists(String code);

    @Message("Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
    String tenantBadCode();

    @Message("Đã tạo {name}.")
    String tenantCreated(String name);

    @Message("Đơn vị '{code}' không còn hiệu lực vào ngày {date}.")
    String unitNotValidOn(String code, String date);

    @Message("Ngôn ngữ")
    String language();

    /** The page's language for {@code <html lang>}: screen readers and the rich-text editor read it. */
    @Message("vi")
    String langCode();

    @Message("Xem")
    String show();

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Tải về")
    String download();

    @Message("tiêu đề cột không đúng: thiếu {missing}{#if unknown}, không rõ {unknown}{/if} (cần: {expected})")
    String importBadHeader(String missing, String unknown, String expected);

    @Message("tệp có quá {max} dòng dữ liệu")
    String importTooManyRows(int max);

    @Message("… và {count} lỗi khác.")
    String importMoreErrors(int count);

    @Message("Ngày '{value}' không hợp lệ (dd/MM/yyyy).")
    String badDate(String value);

    @Message("Thao tác")
    String action();

    @Message("Ghi chú")
    String note();

    @Message("Mã đơn vị gốc")
    String rootUnitCode();

    @Message("Tên đơn vị gốc")
    String rootUnitName();

    @Message("Tài khoản quản trị đầu tiên")
    String firstAdmin();

    @Message("Ngày tạo")
    String createdAt();

    @Message("Tài khoản '{username}' đã có trên cổng.")
    String userTaken(String username);

    @Message("Tài khoản '{username}' thuộc tỉnh khác hoặc là quản trị nền tảng.")
    String userOtherTenant(String username);

    @Message("Tên đăng nhập không được chứa khoảng trắng và dài tối đa {max} ký tự.")
    String badUsername(int max);

    @Message("{field} dài quá {max} ký tự.")
    String tooLong(String field, int max);

    @Message("Chưa có quyền nào.")
    String noMemberships();

    @Message("Chưa có tỉnh nào.")
    String noTenants();

    @Message("Hệ thống đang bận")
    String busyTitle();

    @Message("Hệ thống đang phục vụ nhiều người cùng lúc. Trang sẽ tự tải lại sau {seconds} giây; không có dữ liệu nào bị mất.")
    String busy(int seconds);

    @Message("Hệ thống đang phục vụ nhiều người cùng lúc nên chưa nhận được nội dung vừa gửi. Quay lại trang trước (nội dung đã nhập vẫn còn) và gửi lại sau ít giây.")
    String busyForm();

    @Message("Thử lại ngay")
    String retryNow();

    @Message("Quay lại trang trước")
    String goBack();

    @Message("Hệ thống gặp sự cố khi đọc hoặc ghi dữ liệu; thao tác chưa được thực hiện. Hãy thử lại sau ít phút, nếu vẫn lỗi xin báo quản trị hệ thống.")
    String unexpected();
}
