package vn.tonghop.anomaly;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the anomaly checks; English in messages/anm_en.properties. Templates use {anm:key}. */
@MessageBundle(value = "anm", locale = "vi")
public interface AnomalyMessages {

    @Message("Cao bất thường so với {peers} đơn vị khác cùng đợt (trung vị {median})")
    String peersHigh(int peers, String median);

    @Message("Thấp bất thường so với {peers} đơn vị khác cùng đợt (trung vị {median})")
    String peersLow(int peers, String median);

    @Message("Cao bất thường so với các đơn vị khác cùng đợt")
    String peersHighPlain();

    @Message("Thấp bất thường so với các đơn vị khác cùng đợt")
    String peersLowPlain();

    @Message("Gấp {ratio} lần kỳ trước ({previous})")
    String periodHigh(String ratio, String previous);

    @Message("Chỉ bằng {percent}% kỳ trước ({previous})")
    String periodLow(String percent, String previous);

    @Message("Gấp {ratio} lần cùng kỳ năm trước ({previous})")
    String lastYearHigh(String ratio, String previous);

    @Message("Chỉ bằng {percent}% cùng kỳ năm trước ({previous})")
    String lastYearLow(String percent, String previous);

    @Message("Ô này hiện không có số liệu bất thường nên không cần giải trình hay xác minh.")
    String notFlagged();

    @Message("Hãy viết nội dung giải trình.")
    String justificationEmpty();

    @Message("Nội dung giải trình dài quá {max} ký tự.")
    String justificationTooLong(int max);

    @Message("Chỉ người lập hoặc lãnh đạo đơn vị được giải trình số liệu khi báo cáo còn sửa được.")
    String mayNotJustify();

    @Message("Chỉ lãnh đạo đơn vị hoặc đơn vị tổng hợp được xác minh số liệu.")
    String mayNotVerify();

    @Message("Đề nghị kiểm tra lại số liệu \"{column}\" ({row}): {reason}.")
    String returnComment(String column, String row, String reason);

    @Message("Số liệu bất thường")
    String title();

    @Message("Đã lưu giải trình.")
    String justified();

    @Message("Đã ghi nhận: số liệu đã được xác minh.")
    String verified();

    @Message("Đã trả lại báo cáo kèm ghi chú về số liệu này.")
    String returned();

    @Message("Không có số liệu nào khác thường so với các đơn vị khác và kỳ trước.")
    String none();

    @Message("Các số liệu dưới đây khác xa các đơn vị khác hoặc kỳ trước. Đây chỉ là lưu ý, không chặn việc lưu hay nộp; hãy kiểm tra lại và giải trình nếu số liệu đúng.")
    String hint();

    @Message("Số liệu được so với các đơn vị khác cùng đợt và với kỳ trước của chính đơn vị; số xa nhất xếp trước.")
    String listHint();

    @Message("Giá trị")
    String value();

    @Message("Giải trình")
    String justification();

    @Message("Lưu giải trình")
    String saveJustification();

    @Message("Đã xác minh")
    String verify();

    @Message("Trả lại kèm ghi chú")
    String giveBack();

    @Message("Ghi chú thêm khi trả lại (không bắt buộc)")
    String giveBackNote();

    @Message("Báo cáo của {unit} sẽ được trả lại để sửa, kèm ghi chú về số liệu này; đơn vị phải sửa và nộp lại. Tiếp tục?")
    String giveBackConfirm(String unit);

    @Message("{#when status}{#is 'VERIFIED'}Đã xác minh{#is 'JUSTIFIED'}Đã giải trình{#else}Chưa giải trình{/when}")
    String status(String status);

    @Message("Quay lại trang tổng hợp")
    String backToRollup();

    @Message("{by} giải trình")
    String justifiedBy(String by);

    @Message("Mở báo cáo của {unit}")
    String openReport(String unit);

    @Message("{by} xác minh")
    String verifiedBy(String by);
}
