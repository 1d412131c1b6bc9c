package vn.tonghop.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the campaign pages and checks; English in messages/camp_en.properties. Templates use {camp:key}. */
@MessageBundle(value = "camp", locale = "vi")
public interface CampaignMessages {

    // ---- editor ----

    @Message("Tạo yêu cầu báo cáo")
    String editorNew();

    @Message("Sửa dự thảo yêu cầu báo cáo")
    String editorEdit();

    @Message("Các bước soạn yêu cầu báo cáo")
    String steps();

    @Message("{#when step}{#is 'TEMPLATE'}1. Mẫu đề cương{#is 'LETTER'}2. Công văn{#is 'PERIOD'}3. Kỳ báo cáo · Hạn nộp{#is 'RECIPIENTS'}4. Đơn vị nhận{#else}5. Xem lại và ban hành{/when}")
    String stepName(String step);

    @Message("{#when step}{#is 'TEMPLATE'}Mẫu đề cương và đơn vị ban hành{#is 'LETTER'}Công văn yêu cầu báo cáo{#is 'PERIOD'}Chế độ báo cáo (Nghị định 09/2019/NĐ-CP){#is 'RECIPIENTS'}Đơn vị được yêu cầu báo cáo{#else}Kiểm tra trước khi ban hành{/when}")
    String stepLegend(String step);

    @Message("Tiếp tục")
    String next();

    @Message("Quay lại")
    String back();

    @Message("Lưu dự thảo")
    String saveDraft();

    @Message("Lưu dự thảo và xem lại")
    String saveAndReview();

    @Message("Đã lưu dự thảo yêu cầu báo cáo.")
    String draftSaved();

    @Message("Dự thảo được lưu lại và có thể mở ra sửa tiếp cho đến khi ban hành.")
    String draftHint();

    @Message("Yêu cầu chuyển tiếp dùng đúng mẫu đề cương, kỳ báo cáo và chế độ nộp muộn của yêu cầu cấp trên.")
    String relayFixed();

    @Message("Mẫu đề cương đã chọn")
    String templateChosen();

    @Message("Loại báo cáo")
    String reportType();

    @Message("Theo mẫu đề cương")
    String reportTypeFromTemplate();

    @Message("{#when type}{#is 'DINH_KY'}Báo cáo định kỳ{#is 'CHUYEN_DE'}Báo cáo chuyên đề{#is 'DOT_XUAT'}Báo cáo đột xuất{#else}{type}{/when}")
    String reportTypeName(String type);

    @Message("Độ khẩn")
    String urgency();

    @Message("{#when urgency}{#is 'URGENT'}Khẩn{#is 'VERY_URGENT'}Thượng khẩn{#is 'EMERGENCY'}Hỏa tốc{#else}Thường{/when}")
    String urgencyName(String urgency);

    @Message("Kính gửi (mỗi dòng một nơi)")
    String addressees();

    @Message("Để trống thì công văn ghi theo các đơn vị nhận.")
    String addresseesHint();

    @Message("Nơi nhận (mỗi dòng một nơi)")
    String distribution();

    @Message("Để trống thì ghi: Như trên; Lưu: VT.")
    String distributionHint();

    @Message("Thẩm quyền ký")
    String signerCapacity();

    @Message("Ví dụ: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, Q. GIÁM ĐỐC")
    String signerCapacityHint();

    @Message("Chức vụ người ký")
    String signerTitle();

    @Message("Họ và tên người ký")
    String signerName();

    @Message("Người ký")
    String signer();

    @Message("Thực hiện văn bản (nếu có)")
    String respondsTo();

    @Message("Ví dụ: 496/SNV-CCHC ngày 21/4/2017 của Sở Nội vụ")
    String respondsToHint();

    @Message("Loại kỳ báo cáo")
    String periodKind();

    @Message("{#when kind}{#is 'QUARTER'}Quý{#is 'MONTH'}Tháng{#is 'HALF'}6 tháng{#is 'YEAR'}Năm{#else}Khoảng thời gian khác (tự ghi){/when}")
    String periodKindName(String kind);

    @Message("Năm")
    String year();

    @Message("Quý")
    String quarter();

    @Message("Tháng")
    String month();

    @Message("Nửa năm")
    String half();

    @Message("6 tháng đầu năm")
    String firstHalf();

    @Message("6 tháng cuối năm")
    String secondHalf();

    @Message("Tên kỳ báo cáo (tự ghi)")
    String customLabel();

    @Message("Ví dụ: 'Năm 2015, 2016 và 2017' cho bảng so sánh nhiều năm, với khoảng ngày bao trùm các năm đó.")
    String customHint();

    @Message("Từ ngày")
    String periodStart();

    @Message("Đến ngày")
    String periodEnd();

    @Message("Số liệu tính đến ngày")
    String cutOff();

    @Message("Để trống: hết kỳ báo cáo.")
    String cutOffHint();

    @Message("Ngày nộp")
    String deadlineDay();

    @Message("Khi quá hạn")
    String latePolicy();

    @Message("{#when policy}{#is 'LOCK_AT_DEADLINE'}Khóa, không nhận báo cáo sau hạn{#is 'LOCK_AFTER_DAYS'}Nhận và ghi nộp muộn trong số ngày dưới đây, sau đó khóa{#else}Vẫn nhận, ghi là nộp muộn{/when}")
    String latePolicyName(String policy);

    @Message("Số ngày được nộp muộn")
    String lockAfterDays();

    @Message("Nhắc hạn trước (ngày)")
    String reminderDays();

    @Message("Cách chọn đơn vị nhận")
    String recipientMode();

    @Message("Chọn từng đơn vị trong cây")
    String modeList();

    @Message("Tất cả đơn vị trực thuộc {root} ({count})")
    String modeDirect(String root, int count);

    @Message("Tất cả đơn vị thuộc loại")
    String modeKind();

    @Message("Các đơn vị đánh dấu trong cây được thêm vào những đơn vị chọn theo cách trên.")
    String modeHint();

    @Message("Cây đơn vị ngày {day} (chỉ các đơn vị còn hiệu lực trong kỳ báo cáo)")
    String treeOn(String day);

    @Message("Không có đơn vị nào để chọn.")
    String treeEmpty();

    @Message("{#when kind}{#is 'MINISTRY'}Bộ, ngành trung ương{#is 'PROVINCE'}Tỉnh, thành phố{#is 'DEPARTMENT'}Sở, ban, ngành{#is 'DISTRICT'}Huyện, thị xã, thành phố{#is 'COMMUNE'}Xã, phường, thị trấn{#else}Phòng, bộ phận{/when}")
    String kindName(String kind);

    @Message("Đơn vị nhận ({count})")
    String recipientCount(int count);

    @Message("Danh sách này được lập lại theo cách chọn khi ban hành, theo cây đơn vị tại thời điểm đó.")
    String recipientsByRule();

    @Message("Chưa xác định được đơn vị nhận.")
    String noRecipientsYet();

    @Message("Xem trước công văn (DOCX)")
    String previewLetter();

    @Message("Lưu dự thảo để xem trước công văn.")
    String saveToPreview();

    @Message("Cần sửa trước khi ban hành")
    String fixBeforePublishing();

    @Message("Sau khi ban hành, các đơn vị nhận thấy yêu cầu trong mục Báo cáo cần nộp và không sửa được dự thảo nữa.")
    String publishHint();

    // ---- campaign page ----

    @Message("{#when status}{#is 'PUBLISHED'}Đã ban hành{#is 'CLOSED'}Đã đóng{#is 'ARCHIVED'}Lưu trữ{#else}Dự thảo{/when}")
    String status(String status);

    @Message("Công văn")
    String letter();

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

    @Message("Yêu cầu này thực hiện yêu cầu của cấp trên")
    String parentLine();

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

    @Message("Các đơn vị đã chọn đều đã nhận yêu cầu này.")
    String alreadyRecipients();

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

    // ---- checks ----

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

    @Message("Đề cương")
    String relayOutline();

    @Message("có thể chọn mẫu của đơn vị bổ sung thêm mục, bảng vào đề cương nhận từ cấp trên")
    String relayOutlineHint();
}
