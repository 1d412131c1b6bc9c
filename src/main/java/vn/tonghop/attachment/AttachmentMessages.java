package vn.tonghop.attachment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of attachments; English in messages/att_en.properties. Templates use {att:key}. */
@MessageBundle(value = "att", locale = "vi")
public interface AttachmentMessages {

    @Message("Tài liệu đính kèm")
    String heading();

    @Message("Chưa có tài liệu đính kèm.")
    String none();

    @Message("Loại tài liệu")
    String label();

    @Message("Tệp")
    String file();

    @Message("Dung lượng")
    String size();

    @Message("Người tải lên")
    String uploadedBy();

    @Message("Tải lên")
    String upload();

    @Message("Tải về")
    String download();

    @Message("Xóa")
    String delete();

    @Message("Chỉ nhận tệp PDF, DOCX, XLSX, tối đa {max}.")
    String limits(String max);

    @Message("Công văn đã ký")
    String labelSignedLetter();

    @Message("Dự thảo xin ý kiến")
    String labelDraft();

    @Message("Báo cáo có chữ ký (bản quét)")
    String labelSignedScan();

    @Message("Tài liệu khác")
    String labelOther();

    @Message("Đã tải lên tệp '{name}'.")
    String uploaded(String name);

    @Message("Đã xóa tệp '{name}'.")
    String deleted(String name);

    @Message("Chưa chọn tệp để tải lên.")
    String noFile();

    @Message("Tệp '{name}' rỗng.")
    String emptyFile(String name);

    @Message("Tệp '{name}' lớn quá {max}.")
    String tooLarge(String name, String max);

    @Message("Tệp '{name}' không phải là PDF, DOCX hay XLSX (kiểm tra theo nội dung tệp, không theo phần đuôi tên tệp).")
    String notAllowed(String name);

    @Message("Tệp '{name}' có cấu trúc nén bất thường (có thể là \"bom nén\") nên bị từ chối.")
    String zipBomb(String name);

    @Message("Tệp '{name}' bị hỏng hoặc được mã hóa, không mở được.")
    String damaged(String name);

    @Message("Cần ghi loại tài liệu (ví dụ: Công văn đã ký).")
    String labelRequired();

    @Message("Loại tài liệu dài quá {max} ký tự.")
    String labelTooLong(int max);

    @Message("Đã có {max} tệp đính kèm; xóa bớt trước khi tải thêm.")
    String tooMany(int max);

    @Message("Không có tệp đính kèm số {id}.")
    String notFound(long id);

    @Message("Chỉ đơn vị ban hành đính kèm tài liệu vào yêu cầu báo cáo.")
    String issuerOnly();

    @Message("Yêu cầu báo cáo đã đóng (trạng thái: {status}); không thay đổi tài liệu đính kèm được nữa.")
    String campaignClosed(String status);

    @Message("Chỉ cán bộ của đơn vị báo cáo đính kèm tài liệu vào báo cáo.")
    String writersOnly();
}
