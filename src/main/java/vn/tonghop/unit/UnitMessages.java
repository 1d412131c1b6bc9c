package vn.tonghop.unit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the unit tree: its page, the unit file import and reorganisations. English in messages/unit_en.properties.
 * Templates use {unit:key}.
 */
@MessageBundle(value = "unit", locale = "vi")
public interface UnitMessages {

    @Message("Cây đơn vị")
    String unitTree();

    @Message("Nhập từ tệp (CSV, XLSX)")
    String importUnits();

    @Message("Tải về CSV")
    String exportCsv();

    @Message("Tải về Excel")
    String exportXlsx();

    @Message("Đã nhập {count} đơn vị.")
    String imported(int count);

    @Message("thiếu mã đơn vị")
    String importMissingCode();

    @Message("thiếu tên đơn vị")
    String importMissingName();

    @Message("mã '{code}' bị trùng (đã có ở dòng {other})")
    String importDuplicateCode(String code, int other);

    @Message("không rõ đơn vị cấp trên '{code}'")
    String importUnknownParent(String code);

    @Message("loại đơn vị '{value}' không hợp lệ (dùng: {allowed})")
    String importBadKind(String value, String allowed);

    @Message("ngày '{value}' không hợp lệ (dd/MM/yyyy)")
    String importBadDate(String value);

    @Message("đơn vị '{code}' nằm trong vòng lặp cấp trên: {cycle}")
    String importCycle(String code, String cycle);

    @Message("Sắp xếp lại đơn vị")
    String reorganise();

    @Message("Sáp nhập vào")
    String mergeInto();

    @Message("Giải thể")
    String dissolve();

    @Message("Chuyển sang đơn vị cấp trên")
    String moveTo();

    @Message("Ngày có hiệu lực")
    String effectiveOn();

    @Message("Ngày có hiệu lực phải sau ngày bắt đầu hiệu lực của đơn vị ({date}).")
    String effectiveTooEarly(String date);

    @Message("Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.")
    String moveIntoOwnSubtree();

    @Message("Lịch sử")
    String history();

    @Message("Đã ghi nhận thay đổi tổ chức.")
    String reorganised();

    @Message("{#when kind}{#is MINISTRY}Bộ, ngành trung ương{#is PROVINCE}Tỉnh, thành phố{#is DEPARTMENT}Sở, ban, ngành{#is DISTRICT}Huyện, thị xã, thành phố{#is COMMUNE}Xã, phường, thị trấn{#is OFFICE}Phòng, bộ phận{/when}")
    String kindName(UnitKind kind);

    @Message("Xem cây vào ngày")
    String viewTreeOn();

    @Message("Không có đơn vị nào vào ngày này.")
    String noUnits();

    @Message("Tệp CSV (UTF-8) hoặc Excel (.xlsx) có dòng tiêu đề code,name,kind,parentCode,validFrom,validTo; ngày dạng dd/MM/yyyy. Mã đã có thì chỉ cập nhật tên và loại.")
    String importHelp();

    @Message("mã dài quá {max} ký tự")
    String importCodeTooLong(int max);

    @Message("tên dài quá {max} ký tự")
    String importNameTooLong(int max);

    @Message("ngày hết hiệu lực {to} trước ngày bắt đầu hiệu lực {from}")
    String importDateOrder(String from, String to);

    @Message("đơn vị cấp trên '{parent}' chưa có hiệu lực hoặc đã hết hiệu lực vào ngày {date}")
    String importParentNotValid(String parent, String date);

    @Message("bạn không có quyền quản trị đơn vị '{code}'")
    String importNotAdmin(String code);

    @Message("chỉ quản trị cấp cao nhất mới được tạo đơn vị không có cấp trên")
    String importRootNotAllowed();

    @Message("Đơn vị nhận")
    String targetUnit();

    @Message("Nhận các đơn vị cấp dưới")
    String childrenTo();

    @Message("Chuyển đến")
    String moveToShort();

    @Message("{#when kind}{#is MERGE}Sáp nhập{#is DISSOLVE}Giải thể{#is MOVE}Chuyển cấp trên{/when}")
    String eventKind(UnitEvent.Kind kind);

    @Message("Người thực hiện")
    String createdBy();

    @Message("Chưa có thay đổi tổ chức nào.")
    String noHistory();

    @Message("Khi sáp nhập hoặc chuyển: đơn vị nhận. Khi giải thể: đơn vị nhận các đơn vị cấp dưới (bỏ trống nếu không có).")
    String targetHelp();
}
