package vn.tonghop.user;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of memberships: role names and the import. English in messages/mbr_en.properties. Templates use {mbr:key}. */
@MessageBundle(value = "mbr", locale = "vi")
public interface MembershipMessages {

    @Message("{#when role}{#is ADMIN}Quản trị{#is ISSUER}Ban hành báo cáo{#is REPORTER}Nhập báo cáo{#is APPROVER}Lãnh đạo duyệt, ký{#is VIEWER}Xem báo cáo{/when}")
    String roleName(Role role);

    @Message("Tệp không được nhập vì có lỗi (không quyền nào được cấp):")
    String importRejected();

    @Message("thiếu tên đăng nhập")
    String missingUsername();

    @Message("thiếu mã đơn vị")
    String missingUnit();

    @Message("thiếu vai trò")
    String missingRole();

    @Message("vai trò '{value}' không hợp lệ (dùng: {allowed})")
    String badRole(String value, String allowed);

    @Message("tên đăng nhập '{username}' không hợp lệ: không chứa khoảng trắng, tối đa {max} ký tự")
    String badUsername(String username, int max);

    @Message("tên hiển thị dài quá {max} ký tự")
    String displayNameTooLong(int max);

    @Message("không có đơn vị '{code}'")
    String unknownUnit(String code);

    @Message("đơn vị '{code}' không còn hiệu lực hôm nay")
    String unitEnded(String code);

    @Message("bạn không có quyền quản trị đơn vị '{code}'")
    String notAdmin(String code);

    @Message("tài khoản '{username}' thuộc tỉnh khác hoặc là quản trị nền tảng")
    String otherTenant(String username);

    @Message("tài khoản '{username}' có hai tên hiển thị khác nhau (dòng {other})")
    String conflictingNames(String username, int other);

    @Message("'{email}' không phải là địa chỉ thư điện tử")
    String badEmail(String email);

    @Message("tài khoản '{username}' có hai địa chỉ thư điện tử khác nhau (dòng {other})")
    String conflictingEmails(String username, int other);

    @Message("Nhập quyền từ tệp")
    String importTitle();

    @Message("Tệp CSV (UTF-8) hoặc Excel, mỗi dòng một người: username, displayName, unitCode, role và email nếu có (địa chỉ nhận thông báo). Một ô role có thể ghi nhiều vai trò cách nhau bởi dấu chấm phẩy (reporter;approver). Tài khoản chưa có sẽ được tạo; quyền đã có được giữ nguyên. Tệp có lỗi thì không dòng nào được ghi.")
    String importHelp();

    @Message("Đã nhập {rows} dòng: {users} tài khoản mới, {granted} quyền mới.")
    String imported(int rows, int users, int granted);

    @Message("Tìm theo tên đăng nhập, tên, thư điện tử, mã hoặc tên đơn vị")
    String filterLabel();

    @Message("Tìm")
    String filter();

    @Message("{from}–{to} trong {total} quyền")
    String range(int from, int to, int total);

    @Message("Trang trước")
    String previous();

    @Message("Trang sau")
    String next();
}
