package vn.tonghop.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the home dashboards and campaign search; English in messages/home_en.properties. Templates: {home:key}. */
@MessageBundle(value = "home", locale = "vi")
public interface HomeMessages {

    @Message("Báo cáo cần nộp")
    String toDoTitle();

    @Message("Thông báo và nhắc hạn được gửi tới {email}.")
    String mailTo(String email);

    @Message("Tài khoản chưa có địa chỉ thư điện tử: thông báo và nhắc hạn chỉ hiện trên cổng. Quản trị viên có thể thêm địa chỉ.")
    String noMail();

    @Message("Đơn vị không còn báo cáo nào phải nộp.")
    String toDoEmpty();

    @Message("Nhập báo cáo")
    String fillReport();

    @Message("Báo cáo bị trả lại để hoàn thiện")
    String returnedTitle();

    @Message("Trả lại bởi {user} lúc {at}")
    String returnedBy(String user, String at);

    @Message("Sửa báo cáo")
    String fixReport();

    @Message("Yêu cầu báo cáo đã ban hành")
    String issuedTitle();

    @Message("Chưa có yêu cầu báo cáo nào đang mở.")
    String issuedEmpty();

    @Message("Đơn vị chưa nộp")
    String notSubmitted();

    @Message("Nhắc các đơn vị chưa nộp")
    String remindAll();

    @Message("Đã nộp {submitted}/{expected} ({percent}%)")
    String progress(int submitted, int expected, int percent);

    @Message("{late} nộp muộn, {missing} quá hạn chưa nộp")
    String lateMissing(int late, int missing);

    @Message("Tình hình báo cáo trong phạm vi quản lý")
    String watchedTitle();

    @Message("Theo đơn vị trực thuộc")
    String byDistrict();

    @Message("Diễn biến qua các kỳ báo cáo")
    String chartsTitle();

    @Message("{column} theo kỳ, từng đơn vị trực thuộc ({template})")
    String chartCaption(String column, String template);

    @Message("Chưa có số liệu đã nộp.")
    String chartEmpty();

    @Message("Xem tổng hợp")
    String openRollup();

    @Message("Cần cho biết mẫu (template) và cột (column).")
    String seriesParams();

    @Message("Cột '{column}' không phải cột số trong biểu số liệu theo đơn vị của mẫu '{template}'.")
    String badColumn(String column, String template);

    @Message("Tìm yêu cầu báo cáo")
    String searchTitle();

    @Message("Số văn bản, trích yếu, kỳ báo cáo, đơn vị ban hành…")
    String searchPlaceholder();

    @Message("Tìm")
    String search();

    @Message("{count} kết quả cho “{q}”")
    String searchResults(int count, String q);

    @Message("Không tìm thấy yêu cầu báo cáo nào.")
    String searchEmpty();

    @Message("Gõ ít nhất 2 ký tự; không phân biệt chữ hoa, chữ thường và dấu.")
    String searchHint();
}
