package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of saving the report form (partial saves, conflicts, the session kept alive); English in
 * messages/save_en.properties. Templates use {save:key}.
 */
@MessageBundle(value = "save", locale = "vi")
public interface SaveMessages {

    @Message("Đã lưu lúc {at} (phiên bản {version}), trừ {count} ô chưa đọc được: sửa các ô được đánh dấu, phần còn lại đã lưu.")
    String savedExcept(String at, long version, int count);

    @Message("Đã lưu bản nháp (phiên bản {version}), trừ {count} ô chưa đọc được: sửa các ô được đánh dấu rồi lưu lại.")
    String savedExceptPage(long version, int count);

    @Message("Chưa nộp được: {count} ô chưa đọc được (phần còn lại đã lưu). Sửa các ô được đánh dấu rồi nộp lại.")
    String submitUnreadable(int count);

    @Message("Còn {count} lỗi cần sửa trước khi nộp")
    String errorsBeforeSubmit(int count);

    @Message("{who} đã lưu báo cáo này lúc {at}, sau khi bạn mở trang. Nội dung bạn đang nhập vẫn còn trên trang và được giữ trên máy này.")
    String conflictBy(String who, String at);

    @Message("Xem thay đổi")
    String showChanges();

    @Message("Giữ bản của tôi")
    String keepMine();

    @Message("Lấy bản mới nhất")
    String takeLatest();

    @Message("Chỗ khác nhau")
    String changeWhere();

    @Message("Bản đã lưu")
    String changeTheirs();

    @Message("Bản của bạn")
    String changeMine();

    @Message("Bản đã lưu và bản của bạn không khác nhau.")
    String noChanges();

    @Message("Giữ bản của tôi sẽ lưu nội dung đang có trên trang này đè lên bản đã lưu.")
    String keepMineHint();

    @Message("Để giữ bản của bạn, chọn lại tệp Excel và tải lên: trang đã có phiên bản mới nhất nên tệp sẽ được lưu đè lên.")
    String keepMineUpload();

    @Message("Phiên đăng nhập đã hết nên chưa lưu được. Nội dung bạn nhập được giữ trên máy này và sẽ được khôi phục sau khi đăng nhập lại.")
    String sessionLost();

    @Message("Phiên đăng nhập đã hết – chưa lưu được")
    String sessionEnded();

    @Message("Đăng nhập lại")
    String loginAgain();

    @Message("Đã khôi phục nội dung bạn nhập lúc %TIME% (trước khi phiên đăng nhập hết hạn). Hãy kiểm tra lại; trang sẽ tự lưu.")
    String restoredAfterLogin();

    @Message("Đang lưu nội dung vừa nhập trước khi tải tệp lên…")
    String savingBeforeUpload();

    @Message("không lưu được ô này")
    String cellNotStored();
}
