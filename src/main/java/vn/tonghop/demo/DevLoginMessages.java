package vn.tonghop.demo;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the run command's login page; English in messages/devlogin_en.properties. Templates use {devlogin:key}. */
@MessageBundle(value = "devlogin", locale = "vi")
public interface DevLoginMessages {

    @Message("Đăng nhập chạy thử")
    String title();

    @Message("Chọn người để vào cổng với quyền của người đó. Trang này chỉ có khi chạy cổng bằng lệnh chạy thử, không cần mật khẩu; khi triển khai thật, cổng đăng nhập qua Keycloak.")
    String intro();

    @Message("Không thuộc tỉnh nào")
    String noTenant();

    @Message("Quản trị nền tảng (tạo tỉnh mới)")
    String platformAdmin();

    @Message("Chưa có quyền ở đơn vị nào")
    String noPlace();

    @Message("Người khác")
    String other();

    @Message("Tên đăng nhập")
    String username();

    @Message("Người chưa có trong danh sách vào được, nhưng chỉ thấy việc của mình khi quản trị đã phân quyền.")
    String otherHint();

    @Message("Đăng nhập")
    String submit();

    @Message("Trang đăng nhập chỉ mở được từ cổng.")
    String noRequest();

    @Message("Vào cổng")
    String toPortal();
}
