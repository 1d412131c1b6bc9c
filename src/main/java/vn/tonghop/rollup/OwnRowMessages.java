package vn.tonghop.rollup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the autosave of the issuer's own row on the consolidation page; English in messages/own_en.properties.
 * Templates use {own:key}.
 */
@MessageBundle(value = "own", locale = "vi")
public interface OwnRowMessages {

    @Message("Số liệu tự lưu khi bạn nhập; lỗi hiện ngay dưới ô.")
    String autosaveHint();

    @Message("Có thay đổi chưa lưu.")
    String unsaved();

    @Message("Đang lưu…")
    String saving();

    @Message("Đã lưu lúc {at}.")
    String savedAt(String at);

    @Message("Đã lưu lúc {at}; còn {count} điểm cần xem lại, ghi dưới các ô.")
    String savedWithIssues(String at, int count);

    @Message("Đã lưu lúc {at}, trừ {count} ô chưa đọc được (đánh dấu đỏ): hãy sửa các ô đó, số cũ của chúng vẫn được giữ.")
    String savedExcept(String at, int count);

    @Message("Chưa lưu được vì mất kết nối. Trang sẽ tự thử lại; đừng đóng trang.")
    String offline();

    @Message("Phiên đăng nhập đã hết nên chưa lưu được. Hãy đăng nhập lại ở thẻ khác rồi sửa một ô để lưu lại; số bạn vừa nhập vẫn còn trên trang.")
    String sessionEnded();

    @Message("Chưa lưu được. Hãy thử lại, hoặc tải lại trang.")
    String failed();

    @Message("Tải lại trang")
    String reload();
}
