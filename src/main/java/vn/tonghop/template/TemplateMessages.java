package vn.tonghop.template;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.tonghop.template.model.ColumnType;
import vn.tonghop.template.model.Frequency;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.template.model.RollupRule;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.SectionKind;
import vn.tonghop.template.model.Severity;

/** Texts of the template library pages. Vietnamese here; English in messages/tpl_en.properties. */
@MessageBundle(value = "tpl", locale = "vi")
public interface TemplateMessages {

    @Message("Mẫu đề cương")
    String navTemplates();

    @Message("Thư viện mẫu đề cương")
    String libraryTitle();

    @Message("Mẫu dùng chung của hệ thống và các phiên bản riêng của tỉnh. Phiên bản đã được dùng cho một yêu cầu báo cáo thì bị khóa, không sửa được; muốn thay đổi thì tải lên phiên bản mới.")
    String libraryIntro();

    @Message("Mã mẫu")
    String code();

    @Message("Phiên bản")
    String version();

    @Message("Tên mẫu")
    String title();

    @Message("Căn cứ (văn bản)")
    String source();

    @Message("Thuộc")
    String owner();

    @Message("Dùng chung")
    String shared();

    @Message("Của tỉnh")
    String mine();

    @Message("Đã khóa")
    String frozen();

    @Message("Phiên bản này đã được dùng cho yêu cầu báo cáo nên được khóa: không sửa, không xóa.")
    String frozenHelp();

    @Message("Chưa có mẫu nào.")
    String noTemplates();

    @Message("Tải lên phiên bản mới")
    String upload();

    @Message("Soạn mẫu đề cương")
    String uploadTitle();

    @Message("Chọn tệp .yaml hoặc dán nội dung vào ô dưới (định dạng: templates-outline/README.md). Mẫu được lưu thành phiên bản tiếp theo của tỉnh; các phiên bản cũ giữ nguyên.")
    String uploadHelp();

    @Message("Tệp YAML")
    String yamlFile();

    @Message("Hoặc nội dung YAML")
    String yamlText();

    @Message("Kiểm tra và lưu")
    String submitUpload();

    @Message("Mẫu không hợp lệ nên chưa được lưu. Sửa các lỗi sau rồi gửi lại:")
    String uploadRejected();

    @Message("Dòng {line}{#if path} [{path}]{/if}: {message}")
    String errorAt(int line, String path, String message);

    @Message("Chưa chọn tệp hoặc dán nội dung YAML.")
    String uploadEmpty();

    @Message("Tệp không phải văn bản UTF-8.")
    String uploadNotText();

    @Message("Đã lưu mẫu “{title}”, phiên bản {version}.")
    String saved(String title, int version);

    @Message("Sao chép về tỉnh")
    String copyToTenant();

    @Message("Tạo một phiên bản riêng của tỉnh từ phiên bản này, để sửa và tải lên lại.")
    String copyHelp();

    @Message("Sửa và tải lên phiên bản mới")
    String editAsNew();

    @Message("Tải YAML")
    String downloadYaml();

    @Message("Xem trước")
    String preview();

    @Message("Đề cương trống (Word)")
    String blankDocx();

    @Message("Phụ lục trống (Excel)")
    String blankXlsx();

    @Message("Các phiên bản")
    String versions();

    @Message("Đang xem phiên bản {version}")
    String viewing(int version);

    @Message("Ngày tạo")
    String createdAt();

    @Message("Đề cương")
    String outline();

    @Message("Phụ lục (bảng số liệu)")
    String tables();

    @Message("Mẫu không có phụ lục.")
    String noTables();

    @Message("Nội dung YAML")
    String yaml();

    @Message("Hướng dẫn")
    String guidance();

    @Message("Bắt buộc")
    String required();

    @Message("Không bắt buộc")
    String optional();

    @Message("Tối đa {max} ký tự")
    String maxLength(int max);

    @Message("Bảng {code}")
    String tableRef(String code);

    @Message("Mô tả")
    String description();

    @Message("Loại báo cáo")
    String reportType();

    @Message("Kỳ báo cáo")
    String frequency();

    @Message("Các cột")
    String columns();

    @Message("Tên cột")
    String header();

    @Message("Kiểu dữ liệu")
    String type();

    @Message("Đơn vị tính")
    String unitOfMeasure();

    @Message("Giới hạn")
    String bounds();

    @Message("Tổng hợp")
    String rollup();

    @Message("Công thức")
    String formula();

    @Message("Quy tắc kiểm tra")
    String rules();

    @Message("Điều kiện")
    String condition();

    @Message("Mức độ")
    String severity();

    @Message("Thông báo")
    String messageColumn();

    @Message("Dòng của bảng")
    String rows();

    @Message("(đơn vị tự thêm dòng{#if max}, tối đa {max} dòng{/if})")
    String freeRows(Integer max);

    @Message("(mỗi đơn vị một dòng)")
    String unitRows();

    @Message("Đơn vị ban hành cũng điền dòng của mình")
    String issuerRow();

    @Message("{#when kind}{#is TEXT}Nội dung viết{#is TABLE}Bảng số liệu{#is GROUP}Nhóm mục{/when}")
    String sectionKind(SectionKind kind);

    @Message("{#when type}{#is INTEGER}Số nguyên{#is DECIMAL}Số thập phân{#is PERCENT}Tỷ lệ (%){#is TEXT}Văn bản{#is DATE}Ngày{#is BOOLEAN}Có/Không{/when}")
    String columnType(ColumnType type);

    @Message("{#when rule}{#is SUM}Cộng{#is AVERAGE}Trung bình{#is MIN}Nhỏ nhất{#is MAX}Lớn nhất{#is COUNT}Đếm số ô có dữ liệu{#is NONE}Không tổng hợp{#is RECOMPUTE}Tính lại theo công thức{/when}")
    String rollupRule(RollupRule rule);

    @Message("{#when severity}{#is ERROR}Lỗi (chặn nộp){#is WARNING}Cảnh báo (cần giải trình){/when}")
    String severityName(Severity severity);

    @Message("{#when model}{#is UNITS}Mỗi đơn vị một dòng{#is FIXED}Dòng cố định{#is FREE}Đơn vị tự thêm dòng{/when}")
    String rowModel(RowModel model);

    @Message("{#when type}{#is DINH_KY}Báo cáo định kỳ{#is CHUYEN_DE}Báo cáo chuyên đề{#is DOT_XUAT}Báo cáo đột xuất{/when}")
    String reportTypeName(ReportType type);

    @Message("{#when frequency}{#is MONTH}Hằng tháng{#is QUARTER}Hằng quý{#is HALF_YEAR}6 tháng{#is YEAR}Hằng năm{/when}")
    String frequencyName(Frequency frequency);
}
