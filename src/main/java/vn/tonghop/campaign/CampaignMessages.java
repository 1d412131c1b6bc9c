package vn.tonghop.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the campaign list and page, and the words for a campaign's parts that the editor and the checks use too;
 * English in messages/camp_en.properties. Templates use {camp:key}.
 */
@MessageBundle(value = "camp", locale = "vi")
public interface CampaignMessages {

    // ---- a campaign's parts ----

    @Message("Loại báo cáo")
    String reportType();

    @Message("{#when type}{#is 'DINH_KY'}Báo cáo định kỳ{#is 'CHUYEN_DE'}Báo cáo chuyên đề{#is 'DOT_XUAT'}Báo cáo đột xuất{#else}{type}{/when}")
    String reportTypeName(String type);

    @Message("Độ khẩn")
    String urgency();

    @Message("{#when urgency}{#is 'URGENT'}Khẩn{#is 'VERY_URGENT'}Thượng khẩn{#is 'EMERGENCY'}Hỏa tốc{#else}Thường{/when}")
    String urgencyName(String urgency);

    @Message("Kính gửi (mỗi dòng một nơi)")
    String addressees();

    @Message("Nơi nhận (mỗi dòng một nơi)")
    String distribution();

    @Message("Thẩm quyền ký")
    String signerCapacity();

    @Message("Chức vụ người ký")
    String signerTitle();

    @Message("Họ và tên người ký")
    String signerName();

    @Message("Người ký")
    String signer();

    @Message("Thực hiện văn bản (nếu có)")
    String respondsTo();

    @Message("{#when kind}{#is 'QUARTER'}Quý{#is 'MONTH'}Tháng{#is 'HALF'}6 tháng{#is 'YEAR'}Năm{#else}Khoảng thời gian khác (tự ghi){/when}")
    String periodKindName(String kind);

    @Message("Từ ngày")
    String periodStart();

    @Message("Đến ngày")
    String periodEnd();

    @Message("Số liệu tính đến ngày")
    String cutOff();

    @Message("Khi quá hạn")
    String latePolicy();

    @Message("{#when policy}{#is 'LOCK_AT_DEADLINE'}Khóa, không nhận báo cáo sau hạn{#is 'LOCK_AFTER_DAYS'}Nhận và ghi nộp muộn trong số ngày dưới đây, sau đó khóa{#else}Vẫn nhận, ghi là nộp muộn{/when}")
    String latePolicyName(String policy);

    @Message("Số ngày được nộp muộn")
    String lockAfterDays();

    @Message("Nhắc hạn trước (ngày)")
    String reminderDays();

    @Message("Cây đơn vị ngày {day} (chỉ các đơn vị còn hiệu lực trong kỳ báo cáo)")
    String treeOn(String day);

    @Message("Công văn")
    String letter();

    @Message("Yêu cầu này thực hiện yêu cầu của cấp trên")
    String parentLine();

    // ---- list and page ----

    @Message("{#when status}{#is 'PUBLISHED'}Đã ban hành{#is 'CLOSED'}Đã đóng{#is 'ARCHIVED'}Lưu trữ{#else}Dự thảo{/when}")
    String status(String status);

    @Message("Tải công văn (DOCX)")
    String letterDocx();

    @Message("Tổng hợp báo cáo")
    String rollup();

    @Message("Sửa dự thảo")
    String edit();

    @Message("Đóng yêu cầu")
    String close();

    @Message("Chuyển vào lưu trữ")
    String archive();

    @Message("Đã đóng yêu cầu báo cáo; các đơn vị không nộp được nữa.")
    String closed();

    @Message("Đã chuyển yêu cầu báo cáo vào lưu trữ.")
    String archived();

    @Message("Chuỗi yêu cầu")
    String chain();

    @Message("Đơn vị cấp dưới đã chuyển tiếp")
    String relays();

    @Message("Chưa có đơn vị nào chuyển tiếp yêu cầu này.")
    String noRelays();

    @Message("Yêu cầu #{id}")
    String campaignNumber(long id);

    @Message("Tiến độ")
    String progress();

    @Message("Báo cáo của đơn vị")
    String report();

    @Message("Mở báo cáo")
    String openReport();

    @Message("Xem yêu cầu")
    String viewCampaign();

    @Message("Thời gian còn lại")
    String timeLeft();

    @Message("Quá hạn {days} ngày {hours} giờ")
    String overdueBy(long days, long hours);

    @Message("Nộp muộn: {count}; chưa nộp, đã quá hạn: {missing}")
    String lateAndMissing(int count, int missing);

    @Message("Gia hạn nộp báo cáo")
    String extend();

    @Message("Gia hạn cho")
    String extendFor();

    @Message("Tất cả đơn vị")
    String everyone();

    @Message("Hạn mới")
    String newDeadline();

    @Message("Lý do")
    String reason();

    @Message("Gia hạn")
    String extendButton();

    @Message("Đã gia hạn nộp báo cáo.")
    String extended();

    @Message("Thêm đơn vị nhận")
    String addRecipients();

    @Message("Đơn vị được thêm nhận yêu cầu ngay, với hạn nộp chung của yêu cầu, và được báo trong hộp thư.")
    String addRecipientsHint();

    @Message("Gửi yêu cầu cho các đơn vị đã chọn")
    String addRecipientsButton();

    @Message("Đã gửi yêu cầu cho {count} đơn vị.")
    String recipientsAdded(int count);

    @Message("Mọi đơn vị có thể gửi đều đã nhận yêu cầu này.")
    String nothingToAdd();

    @Message("Lịch sử gia hạn")
    String extensions();

    @Message("Thời điểm")
    String when();

    @Message("Hạn cũ")
    String oldDeadline();

    @Message("Người gia hạn")
    String extendedBy();

    @Message("Đề xuất hạn {proposed}: sớm hơn hạn của cấp trên ({limit}) một ngày để kịp tổng hợp.")
    String relayProposal(String proposed, String limit);

    @Message("Thông tin công văn")
    String letterData();

    @Message("Đề cương")
    String relayOutline();

    @Message("có thể chọn mẫu của đơn vị bổ sung thêm mục, bảng vào đề cương nhận từ cấp trên")
    String relayOutlineHint();
}
