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

    // ---- pages ----

    @Message("Chế độ báo cáo")
    String nav();

    @Message("Chế độ báo cáo định kỳ")
    String listTitle();

    @Message("Tạo chế độ báo cáo")
    String newRegime();

    @Message("Chưa có chế độ báo cáo định kỳ nào. Một chế độ tự mở yêu cầu báo cáo cho từng kỳ.")
    String listEmpty();

    @Message("Tên báo cáo")
    String colTitle();

    @Message("Đơn vị ban hành")
    String colIssuer();

    @Message("Tần suất")
    String colFrequency();

    @Message("Các kỳ")
    String colSpan();

    @Message("Kỳ sẽ mở tiếp")
    String colNext();

    @Message("{#when f}{#is 'MONTHLY'}Hằng tháng{#is 'QUARTERLY'}Hằng quý{#is 'HALF_YEARLY'}6 tháng{#else}Hằng năm{/when}")
    String frequencyName(String f);

    @Message("{#when r}{#is 'CHILDREN'}Tất cả đơn vị trực thuộc{#is 'CHILDREN_OF_KIND'}Tất cả đơn vị thuộc một loại{#else}Danh sách đơn vị{/when}")
    String ruleName(String r);

    @Message("{#when k}{#is 'DISTRICT'}Huyện, thị xã, thành phố{#is 'COMMUNE'}Xã, phường, thị trấn{#is 'DEPARTMENT'}Sở, ban, ngành{#else}Phòng, bộ phận{/when}")
    String kindName(String k);

    @Message("Từ {first}")
    String spanFrom(String first);

    @Message("Từ {first} đến {last}")
    String spanFromTo(String first, String last);

    @Message("Số ngày sau khi hết kỳ")
    String fieldOffset();

    @Message("{field}: \"{value}\" không phải là một số.")
    String notANumber(String field, String value);

    @Message("Mẫu báo cáo")
    String labelTemplate();

    @Message("Đơn vị ban hành")
    String labelIssuer();

    @Message("Tên báo cáo (kỳ được thêm vào cuối, ví dụ \"… quý I/2027\")")
    String labelTitle();

    @Message("Trích yếu")
    String labelSubject();

    @Message("Căn cứ (văn bản quy định chế độ báo cáo)")
    String labelRespondsTo();

    @Message("Người ký")
    String labelSignerName();

    @Message("Chức vụ")
    String labelSignerTitle();

    @Message("Thẩm quyền ký (TM., KT., …)")
    String labelSignerCapacity();

    @Message("Tần suất")
    String labelFrequency();

    @Message("Kỳ đầu tiên")
    String labelFirstPeriod();

    @Message("Kỳ cuối cùng (để trống nếu không có hạn)")
    String labelLastPeriod();

    @Message("Viết: tháng 2027-01, quý 2027-Q1, 6 tháng 2027-H1, năm 2027.")
    String periodHint();

    @Message("Ngày chốt số liệu (ngày của tháng cuối kỳ, để trống nếu không có)")
    String labelCutoffDay();

    @Message("Hạn nộp")
    String labelDeadline();

    @Message("Một ngày của tháng cuối kỳ")
    String deadlineByDay();

    @Message("Số ngày sau khi hết kỳ")
    String deadlineByOffset();

    @Message("Ngày 29, 30, 31 ở tháng không có ngày đó là ngày cuối tháng. Hạn nộp lúc 17:00.")
    String dayHint();

    @Message("Đơn vị nhận (xác định lại theo cây đơn vị của từng kỳ)")
    String labelRecipients();

    @Message("Loại đơn vị")
    String labelKind();

    @Message("Mã đơn vị, cách nhau bằng dấu phẩy")
    String labelUnitCodes();

    @Message("Xem trước và xác nhận")
    String review();

    @Message("Xác nhận tạo chế độ báo cáo")
    String confirmTitle();

    @Message("Chế độ này sẽ tự mở kỳ {first} vào ngày {opensOn} (hạn nộp {deadline}) rồi lần lượt từng kỳ sau{#if last} đến hết kỳ {last}{/if}, gửi {count} đơn vị:")
    String confirmText(String first, String opensOn, String deadline, String last, int count);

    @Message("Mỗi kỳ, danh sách đơn vị nhận được xác định lại theo cây đơn vị (đơn vị sáp nhập, thành lập mới).")
    String confirmNote();

    @Message("Tạo chế độ báo cáo")
    String confirmCreate();

    @Message("Sửa lại")
    String edit();

    @Message("Đã tạo chế độ báo cáo. Các kỳ sẽ tự mở khi đến kỳ.")
    String created();

    @Message("Đã mở kỳ {label} và gửi yêu cầu báo cáo đến các đơn vị.")
    String periodOpened(String label);

    @Message("Các kỳ báo cáo")
    String periods();

    @Message("Kỳ")
    String colPeriod();

    @Message("Chốt số liệu")
    String colCutoff();

    @Message("Hạn nộp")
    String colDeadline();

    @Message("Yêu cầu báo cáo")
    String colCampaign();

    @Message("Đã nộp")
    String colProgress();

    @Message("Chưa mở")
    String notOpened();

    @Message("Đã mở")
    String openedElsewhere();

    @Message("Xem yêu cầu")
    String viewCampaign();

    @Message("{submitted}/{expected} đơn vị")
    String progressOf(int submitted, int expected);

    @Message("Mở kỳ tiếp theo")
    String openNext();

    @Message("Mở kỳ {label} ngay bây giờ: gửi yêu cầu báo cáo đến {count} đơn vị, hạn nộp {deadline}. Không thể hủy sau khi mở.")
    String openNextConfirm(String label, int count, String deadline);

    @Message("Mở kỳ {label}")
    String openNow(String label);

    @Message("Hủy")
    String cancel();

    @Message("Theo cách chọn đơn vị, kỳ này không có đơn vị nào nhận.")
    String noUnitsNext();

    @Message("Quy định")
    String rules();

    @Message("Chốt số liệu ngày {day} tháng cuối kỳ")
    String cutoffRule(int day);

    @Message("Hạn nộp 17:00 ngày {day} tháng cuối kỳ")
    String deadlineDayRule(int day);

    @Message("Hạn nộp 17:00, {days} ngày sau khi hết kỳ")
    String deadlineOffsetRule(int days);

    @Message("Tất cả chế độ báo cáo")
    String backToList();

    // ---- timeliness on the home page ----

    @Message("Nộp đúng hạn theo chế độ báo cáo")
    String timelinessTitle();

    @Message("Đúng hạn")
    String onTimeRate();

    @Message("Trễ hạn / chưa nộp")
    String lateMissing();

    @Message("{onTime}/{expected} đơn vị ({percent}%)")
    String onTimeOf(int onTime, int expected, int percent);

    @Message("{onTime}/{expected} đơn vị, chưa đến hạn")
    String notDueYet(int onTime, int expected);

    @Message("Đơn vị trễ hạn nhiều nhất:")
    String lateMostOften();

    @Message("{times} kỳ")
    String lateTimes(int times);
}
