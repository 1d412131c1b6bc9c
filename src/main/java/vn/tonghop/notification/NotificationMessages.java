package vn.tonghop.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of notifications, reminders and their e-mails; English in messages/ntf_en.properties. Templates: {ntf:key}. */
@MessageBundle(value = "ntf", locale = "vi")
public interface NotificationMessages {

    @Message("Thông báo")
    String navNotifications();

    @Message("{count} thông báo chưa đọc")
    String unreadCount(long count);

    @Message("Đánh dấu đã đọc")
    String markRead();

    @Message("Đánh dấu tất cả đã đọc")
    String markAllRead();

    @Message("Chưa có thông báo nào.")
    String none();

    @Message("Mới")
    String unread();

    @Message("Thời điểm")
    String at();

    @Message("Đơn vị nhận")
    String unit();

    @Message("Nội dung")
    String content();

    @Message("Yêu cầu báo cáo mới")
    String kindPublished();

    @Message("Gia hạn nộp báo cáo")
    String kindExtended();

    @Message("Báo cáo bị trả lại để hoàn thiện")
    String kindReturned();

    @Message("Sắp đến hạn nộp báo cáo")
    String kindReminderBefore();

    @Message("Hôm nay là hạn nộp báo cáo")
    String kindReminderDue();

    @Message("Đã quá hạn nộp báo cáo")
    String kindReminderOverdue();

    @Message("Nhắc nộp báo cáo")
    String kindReminder();

    @Message("[Tổng hợp] {heading}: {title}")
    String mailSubject(String heading, String title);

    @Message("Kính gửi: {unitName}")
    String mailGreeting(String unitName);

    @Message("{issuer} đề nghị đơn vị báo cáo theo yêu cầu dưới đây.")
    String mailPublished(String issuer);

    @Message("Hạn nộp báo cáo đã được gia hạn. Lý do:")
    String mailExtended();

    @Message("Báo cáo của đơn vị đã được trả lại để hoàn thiện, với ý kiến:")
    String mailReturned();

    @Message("Hạn nộp báo cáo sắp đến mà báo cáo của đơn vị chưa được nộp.")
    String mailReminderBefore();

    @Message("Hôm nay là hạn nộp báo cáo mà báo cáo của đơn vị chưa được nộp.")
    String mailReminderDue();

    @Message("Đã quá hạn nộp báo cáo mà đơn vị chưa nộp.")
    String mailReminderOverdue();

    @Message("{issuer} nhắc đơn vị nộp báo cáo.")
    String mailReminder(String issuer);

    @Message("Số, ký hiệu văn bản")
    String letterNumber();

    @Message("Nội dung yêu cầu")
    String campaignTitle();

    @Message("Đơn vị yêu cầu")
    String issuer();

    @Message("Kỳ báo cáo")
    String period();

    @Message("Hạn nộp")
    String deadline();

    @Message("Mở báo cáo của đơn vị")
    String openReport();

    @Message("Thư này được gửi tự động từ hệ thống Tổng hợp; xin đừng trả lời thư này.")
    String mailFooter();

    @Message("Nhắc nộp ngay")
    String remindNow();

    @Message("Đã gửi nhắc nhở tới {count} đơn vị chưa nộp báo cáo.")
    String remindDone(int count);

    @Message("Mọi đơn vị đã nộp báo cáo: không còn đơn vị nào để nhắc.")
    String remindNobody();

    @Message("Chỉ nhắc được khi yêu cầu báo cáo đang mở nhận báo cáo.")
    String remindNotOpen();

    @Message("Đơn vị '{code}' không phải đơn vị chưa nộp của yêu cầu này.")
    String remindNotPending(String code);

    @Message("Báo cáo chờ lãnh đạo duyệt")
    String kindAwaitingApproval();
}
