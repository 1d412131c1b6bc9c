package vn.tonghop.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the campaign editor's steps; English in messages/campedit_en.properties. Templates use {campedit:key}. */
@MessageBundle(value = "campedit", locale = "vi")
public interface CampaignEditorMessages {

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

    @Message("Theo mẫu đề cương")
    String reportTypeFromTemplate();

    @Message("Để trống thì công văn ghi theo các đơn vị nhận.")
    String addresseesHint();

    @Message("Để trống thì ghi: Như trên; Lưu: VT.")
    String distributionHint();

    @Message("Ví dụ: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, Q. GIÁM ĐỐC")
    String signerCapacityHint();

    @Message("Ví dụ: 496/SNV-CCHC ngày 21/4/2017 của Sở Nội vụ")
    String respondsToHint();

    @Message("Loại kỳ báo cáo")
    String periodKind();

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

    @Message("Để trống: hết kỳ báo cáo.")
    String cutOffHint();

    @Message("Ngày nộp")
    String deadlineDay();

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
}
