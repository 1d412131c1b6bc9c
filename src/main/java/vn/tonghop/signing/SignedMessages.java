package vn.tonghop.signing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the PDF and the signed report; English in messages/sig_en.properties. Templates use {sig:key}. */
@MessageBundle(value = "sig", locale = "vi")
public interface SignedMessages {

    @Message("Máy chủ chưa có phần mềm chuyển sang PDF (LibreOffice) nên chưa tạo được bản PDF. Hãy tải bản Word (DOCX) hoặc báo quản trị hệ thống.")
    String converterMissing();

    @Message("Máy chủ đang bận tạo các bản PDF khác. Vui lòng thử lại sau ít phút.")
    String converterBusy();

    @Message("Chưa chuyển được báo cáo sang PDF. Vui lòng thử lại; nếu vẫn không được, hãy tải bản Word (DOCX).")
    String converterFailed();

    @Message("Tệp tải lên không phải tệp PDF. Hãy tải lên bản PDF của báo cáo đã ký số.")
    String notPdf();

    @Message("Tệp PDF này chưa có chữ ký số. Hãy ký số bản PDF bằng công cụ ký của cơ quan (VGCA, SmartCA…) rồi tải lên lại.")
    String unsigned();

    @Message("Chữ ký trong tệp không theo chuẩn PAdES (adbe.pkcs7.detached hoặc ETSI.CAdES.detached) nên không kiểm tra được.")
    String unsupported();

    @Message("Chữ ký số không bao trùm toàn bộ tệp: tệp đã được sửa hoặc thêm nội dung sau khi ký. Hãy tải lên đúng bản vừa ký.")
    String notWholeFile();

    @Message("Tệp đã bị thay đổi sau khi ký: nội dung không khớp với chữ ký số. Hãy tải lên đúng bản đã ký.")
    String tampered();

    @Message("Báo cáo của đơn vị đã gửi lên {parent} cùng bản ký số này, nên chưa thay được bản ký số. Muốn thay, hãy đề nghị {parent} trả lại báo cáo, rồi tải bản mới và gửi lại.")
    String lockedSubmitted(String parent);

    @Message("Chứng thư số dùng để ký đã hết hạn hoặc chưa có hiệu lực vào thời điểm ký. Hãy ký lại bằng chứng thư số còn hiệu lực rồi tải lên.")
    String certificateExpired();

    @Message("Chứng thư số dùng để ký không do tổ chức cung cấp dịch vụ chứng thực chữ ký số được cổng tin cậy cấp (không lập được chuỗi chứng thư đến chứng thư gốc). Hãy ký bằng chứng thư số của cơ quan (Ban Cơ yếu Chính phủ) hoặc của tổ chức chứng thực công cộng rồi tải lên.")
    String untrusted();

    @Message("Chứng thư số")
    String certificate();

    @Message("do {issuer} cấp")
    String issuedBy(String issuer);

    @Message("đã kiểm tra đến chứng thư gốc tin cậy")
    String chainTrusted();

    @Message("chưa kiểm tra chuỗi chứng thư (cổng chưa được cài chứng thư gốc)")
    String chainUnchecked();

    @Message("Chưa chọn tệp PDF đã ký số.")
    String noFile();

    @Message("Tệp lớn hơn mức cho phép ({max}).")
    String tooLarge(String max);

    @Message("Bản ký số vừa được {by} thay lúc {at}. Hãy tải lại trang để xem bản mới trước khi tải lên.")
    String staleVersion(String by, String at);

    @Message("Đã nhận bản ký số của {signer}: chữ ký hợp lệ, tệp nguyên vẹn.")
    String uploaded(String signer);

    @Message("Chưa có bản ký số của báo cáo này.")
    String notFound();

    @Message("Bản ký số")
    String heading();

    @Message("Tải bản PDF, ký số bằng công cụ ký của cơ quan (VGCA, SmartCA…) rồi tải lên tại đây. Bản ký số là bản gửi lên cấp trên cùng báo cáo của đơn vị.")
    String intro();

    @Message("Chưa có bản ký số.")
    String none();

    @Message("Người ký")
    String signer();

    @Message("Thời điểm ký")
    String signedAt();

    @Message("Tính toàn vẹn")
    String integrity();

    @Message("Nguyên vẹn: nội dung khớp với chữ ký số")
    String intact();

    @Message("Không nguyên vẹn")
    String notIntact();

    @Message("Người tải lên")
    String uploadedBy();

    @Message("Tải bản ký số")
    String download();

    @Message("Tải PDF")
    String exportPdf();

    @Message("Tệp PDF đã ký số")
    String file();

    @Message("Tải lên bản ký số")
    String upload();

    @Message("Tôi xác nhận gửi bản này lên cấp trên làm bản chính thức của báo cáo tổng hợp.")
    String confirmFirst();

    @Message("Tôi xác nhận thay bản ký số hiện có (của {signer}) bằng bản này; cấp trên sẽ nhận bản mới.")
    String confirmReplace(String signer);

    @Message("Bản ký số của báo cáo tổng hợp")
    String upwardHeading();

    @Message("Đơn vị chưa tải lên bản ký số của báo cáo tổng hợp.")
    String upwardNone();

    @Message("Chỉ nhận tệp PDF đã ký số, tối đa {max}.")
    String limits(String max);

    @Message("Yêu cầu này chưa ban hành nên chưa có báo cáo tổng hợp để ký.")
    String notPublished();

    @Message("Hãy đánh dấu ô xác nhận trước khi tải lên bản ký số.")
    String confirmRequired();

    @Message("Báo cáo tổng hợp đã được sửa sau khi tải bản ký số lên: hãy tải PDF mới, ký lại và tải lên để cấp trên nhận đúng nội dung.")
    String stale();

    @Message("Báo cáo tổng hợp đã được sửa sau khi đơn vị tải bản ký số lên; bản ký số có thể chưa gồm các sửa đổi đó.")
    String staleUpward();

    @Message("Bản PDF chưa tạo được trên máy chủ này (chưa cài LibreOffice): hãy tải bản Word.")
    String pdfUnavailable();
}
