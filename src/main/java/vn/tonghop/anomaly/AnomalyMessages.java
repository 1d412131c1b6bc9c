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
}
