package vn.tonghop.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Refusals of a campaign's checks and actions, and the field names they use; English in
 * messages/campcheck_en.properties.
 */
@MessageBundle(value = "campcheck", locale = "vi")
public interface CampaignCheckMessages {

    @Message("Các đơn vị đã chọn đều đã nhận yêu cầu này.")
    String alreadyRecipients();

    @Message("Chưa nhập {field}.")
    String required(String field);

    @Message("{field} dài quá {max} ký tự.")
    String tooLong(String field, int max);

    @Message("{field}: '{value}' không phải ngày hợp lệ (ngày/tháng/năm).")
    String badDate(String field, String value);

    @Message("{field}: '{value}' không phải số nguyên hợp lệ.")
    String badNumber(String field, String value);

    @Message("Thẩm quyền ký phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. (ví dụ: KT. CHỦ TỊCH).")
    String capacityUnknown();

    @Message("Nhập cả ngày bắt đầu và ngày kết thúc của kỳ báo cáo.")
    String periodBothDates();

    @Message("Ngày lấy số liệu {cutOff} không được trước ngày bắt đầu kỳ báo cáo {start}.")
    String cutOffBeforeStart(String cutOff, String start);

    @Message("Chọn cách khóa nộp muộn 'sau hạn … ngày' thì phải nhập số ngày (từ 1 trở lên).")
    String lockDaysNeeded();

    @Message("Số ngày nhắc hạn phải từ 0 đến 60.")
    String reminderRange();

    @Message("Chưa chọn loại đơn vị nhận.")
    String kindNeeded();

    @Message("Năm của kỳ báo cáo phải từ 2000 đến 2100.")
    String yearRange();

    @Message("Hạn mới ({proposed}) phải sau hạn hiện tại ({current}).")
    String extensionNotLater(String proposed, String current);

    @Message("Đơn vị '{code}' đã chuyển tiếp yêu cầu này (yêu cầu #{id}); hãy sửa yêu cầu đó thay vì tạo thêm.")
    String alreadyRelayed(String code, long id);

    @Message("Chỉ đóng được yêu cầu báo cáo đang ở trạng thái đã ban hành.")
    String notClosable();

    @Message("Chỉ chuyển vào lưu trữ được yêu cầu báo cáo đã đóng.")
    String notArchivable();

    @Message("Thiếu số phiên bản (version) của dự thảo đang sửa.")
    String versionNeeded();

    @Message("Mẫu đề cương")
    String fieldTemplate();

    @Message("Đơn vị ban hành")
    String fieldIssuer();

    @Message("Tên báo cáo")
    String fieldTitle();

    @Message("Trích yếu")
    String fieldSubject();

    @Message("Số, ký hiệu")
    String fieldLetterNumber();

    @Message("Ngày văn bản")
    String fieldLetterDate();

    @Message("Kỳ báo cáo")
    String fieldPeriod();

    @Message("Năm của kỳ báo cáo")
    String fieldYear();

    @Message("Hạn nộp")
    String fieldDeadline();

    @Message("Lý do gia hạn")
    String fieldReason();

    @Message("Mẫu '{code}' không bao gồm đề cương nhận từ cấp trên; khi chuyển tiếp chỉ được bổ sung mục, bảng, không được bỏ: thiếu {missing}.")
    String relayOutlineMustExtend(String code, String missing);
}
