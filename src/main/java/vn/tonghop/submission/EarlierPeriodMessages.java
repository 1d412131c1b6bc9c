package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the columns filled from earlier periods; English in messages/prd_en.properties. */
@MessageBundle(value = "prd", locale = "vi")
public interface EarlierPeriodMessages {

    @Message("Các ô nền xám do cổng điền từ báo cáo đã nộp của đơn vị, không nhập tay: {periods}.")
    String note(String periods);

    @Message("{period} ({offset})")
    String found(String period, String offset);

    @Message("{period} ({offset}) chưa có báo cáo đã nộp nên để trống")
    String noReport(String period, String offset);

    @Message("{offset} để trống vì đợt này không thuộc chế độ báo cáo định kỳ hoặc kỳ đó chưa mở")
    String noPeriod(String offset);

    @Message("kỳ trước")
    String previous();

    @Message("cùng kỳ năm trước")
    String sameLastYear();
}
