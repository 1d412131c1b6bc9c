package vn.tonghop.regime;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of periodic regimes; English in messages/reg_en.properties. Templates use {reg:key}. */
@MessageBundle(value = "reg", locale = "vi")
public interface RegimeMessages {

    // ---- refusals ----

    @Message("Vui lòng nhập {field}.")
    String required(String field);

    @Message("{field} dài quá {max} ký tự.")
    String tooLong(String field, int max);

    @Message("mẫu báo cáo")
    String fieldTemplate();

    @Message("đơn vị ban hành")
    String fieldIssuer();

    @Message("tên báo cáo")
    String fieldTitle();

    @Message("trích yếu")
    String fieldSubject();

    @Message("căn cứ")
    String fieldRespondsTo();

    @Message("người ký")
    String fieldSigner();

    @Message("tần suất báo cáo")
    String fieldFrequency();

    @Message("kỳ đầu tiên")
    String fieldFirstPeriod();

    @Message("cách chọn đơn vị nhận")
    String fieldRule();

    @Message("Ngày chốt số liệu")
    String fieldCutoffDay();

    @Message("Ngày hạn nộp")
    String fieldDeadlineDay();

    @Message("Tần suất \"{value}\" không có; chọn hằng tháng, hằng quý, 6 tháng hoặc hằng năm.")
    String frequencyUnknown(String value);

    @Message("Kỳ \"{value}\" không đúng với tần suất đã chọn (ví dụ: {example}).")
    String periodUnreadable(String value, String example);

    @Message("Kỳ cuối ({last}) phải từ kỳ đầu tiên ({first}) trở về sau.")
    String lastBeforeFirst(String last, String first);

    @Message("{field} phải là một ngày trong tháng, từ 1 đến 31.")
    String dayRange(String field);

    @Message("Số ngày sau khi hết kỳ phải từ 0 đến 366.")
    String offsetRange();

    @Message("Chọn một cách tính hạn nộp: một ngày của tháng cuối kỳ, hoặc số ngày sau khi hết kỳ.")
    String deadlineRuleOne();

    @Message("Ngày chốt số liệu (ngày {cutoff}) phải trước ngày hạn nộp (ngày {deadline}) trong mọi kỳ, kể cả tháng chỉ có {shortest} ngày.")
    String cutoffNotBeforeDeadline(int cutoff, int deadline, int shortest);

    @Message("Hạn nộp của kỳ đầu tiên ({label}) là {deadline}, đã qua; chọn một kỳ sau.")
    String firstPeriodOverdue(String label, String deadline);

    @Message("Loại báo cáo \"{value}\" không có.")
    String reportTypeUnknown(String value);

    @Message("Số ngày khóa sau hạn phải từ 1 trở lên.")
    String lockDaysNeeded();

    @Message("Số ngày nhắc trước hạn phải từ 0 đến 60.")
    String reminderRange();

    @Message("Cách chọn đơn vị nhận \"{value}\" không có.")
    String ruleUnknown(String value);

    @Message("Chọn loại đơn vị nhận.")
    String kindNeeded();

    @Message("Chọn ít nhất một đơn vị nhận.")
    String unitsNeeded();

    @Message("Theo cách chọn này, kỳ {label} không có đơn vị nào nhận (theo cây đơn vị ngày {day}).")
    String nobodyOn(String label, String day);

    @Message("Không tìm thấy chế độ báo cáo này, hoặc bạn không có quyền xem.")
    String regimeNotFound();

    @Message("Chế độ báo cáo đã mở đến kỳ cuối cùng; không còn kỳ nào để mở.")
    String noNextPeriod();

    @Message("Kỳ {label} vừa được mở; tải lại trang để xem.")
    String openedMeanwhile(String label);
}
