package vn.tonghop.template;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the template parser says about a template it refuses, what the formula engine says about a row that breaks the
 * template's checks, and what a relayed outline lacks of the one it extends. Vietnamese here; English in
 * messages/tplerr_en.properties. The parser keeps each error as an {@link ErrorText} and the edge words it: pages in
 * the reader's language, the JSON API and plain unit tests in Vietnamese ({@link ErrorText#VIETNAMESE}).
 */
@MessageBundle(value = "tplerr", locale = "vi")
public interface TemplateErrorMessages {

    @Message("Mẫu báo cáo không hợp lệ:")
    String templateInvalid();

    @Message("Lỗi cú pháp YAML: {problem}")
    String yamlSyntax(String problem);

    @Message("Tệp mẫu trống")
    String emptyFile();

    @Message("Khóa phải là một chuỗi")
    String keyNotText();

    @Message("Khóa '{key}' không hợp lệ{#if guess} (có phải là '{guess}'?){/if}. Các khóa hợp lệ: {allowed}")
    String keyUnknown(String key, String guess, String allowed);

    @Message("Khóa '{key}' bị lặp (đã có ở dòng {line})")
    String keyRepeated(String key, int line);

    @Message("Khóa '{key}' bị lặp")
    String keyTwice(String key);

    @Message("Cần một nhóm khóa (key: value){#if path} tại '{path}'{/if}")
    String mappingNeeded(String path);

    @Message("Cần một giá trị đơn")
    String scalarNeeded();

    @Message("Giá trị '{value}' không hợp lệ. Giá trị hợp lệ: {allowed}")
    String valueUnknown(String value, String allowed);

    @Message("Khóa '{key}' không được để trống")
    String keyEmpty(String key);

    @Message("Thiếu khóa bắt buộc '{key}'")
    String keyMissing(String key);

    @Message("Khóa '{key}' cần một giá trị đơn, không phải danh sách hay nhóm")
    String keyNeedsScalar(String key);

    @Message("Khóa '{key}' cần một danh sách (các dòng bắt đầu bằng '- ')")
    String listNeeded(String key);

    @Message("Mã '{code}' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (vd: ho_so_nhan)")
    String columnCodeInvalid(String code);

    @Message("Mã '{code}' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu '-', '_', '.' (vd: phu-luc-2)")
    String codeInvalid(String code);

    @Message("'{key}' phải nằm trong khoảng {min}..{max}")
    String outOfRange(String key, String min, String max);

    @Message("'{key}' phải là số nguyên, không phải '{value}'")
    String notInteger(String key, String value);

    @Message("'{key}' phải là số, không phải '{value}'")
    String notNumber(String key, String value);

    @Message("'{key}' phải là số lớn hơn {above}, không phải '{value}'")
    String numberNotAbove(String key, String above, String value);

    @Message("'{key}' phải là true hoặc false, không phải '{value}'")
    String notBoolean(String key, String value);

    @Message("'{key}' không được âm")
    String negative(String key);

    @Message("Báo cáo định kỳ phải khai báo 'frequency' (month, quarter, half-year, year)")
    String frequencyNeeded();

    @Message("Chỉ báo cáo định kỳ (dinh-ky) mới khai báo 'frequency'")
    String frequencyOnlyPeriodic();

    @Message("Đề cương phải có ít nhất một mục")
    String noSections();

    @Message("Mã mục '{code}' bị trùng (đã dùng ở dòng {line})")
    String sectionCodeTaken(String code, int line);

    @Message("Mục loại 'table' phải khai báo 'table' (mã bảng)")
    String tableSectionNeedsTable();

    @Message("Chỉ mục loại 'table' mới gắn bảng; mục này là loại '{kind}'")
    String tableOnlyInTableSection(String kind);

    @Message("Bảng '{table}' không tồn tại trong mẫu{#if tables} (các bảng có: {tables}){/if}")
    String tableUnknown(String table, String tables);

    @Message("Bảng '{table}' đã được gắn với mục '{section}'")
    String tableTaken(String table, String section);

    @Message("Mục loại 'group' phải có mục con ('children')")
    String groupNeedsChildren();

    @Message("'maxLength' chỉ dùng cho mục loại 'text'")
    String maxLengthTextOnly();

    @Message("Mã bảng '{code}' bị trùng (đã dùng ở dòng {line})")
    String tableCodeTaken(String code, int line);

    @Message("Bảng phải có ít nhất một cột")
    String tableNoColumns();

    @Message("Phải khai báo một trong 'units', 'fixed' hoặc 'free' cho dòng của bảng")
    String rowsMissing();

    @Message("Chỉ khai báo một trong 'units', 'fixed', 'free' (đang có: {present})")
    String rowsTwice(String present);

    @Message("Phải có ít nhất một dòng cố định")
    String fixedRowsEmpty();

    @Message("Phải có ít nhất một cấp đơn vị")
    String levelsEmpty();

    @Message("Cấp '{level}' đã thuộc nhóm {group}")
    String levelTaken(String level, String group);

    @Message("'subgroupBy' phải là một trong các cấp của nhóm: {levels}")
    String subgroupNotLevel(String levels);

    @Message("Khóa dòng '{key}' bị trùng (đã dùng ở dòng {line})")
    String rowKeyTaken(String key, int line);

    @Message("Nhóm cột phải có ít nhất một cột")
    String columnGroupEmpty();

    @Message("Mã cột '{code}' trùng từ khóa của biểu thức")
    String columnCodeReserved(String code);

    @Message("Mã cột '{code}' bị trùng trong bảng '{table}' (đã dùng ở dòng {line})")
    String columnCodeTaken(String code, String table, int line);

    @Message("'{key}' chỉ dùng cho cột số (integer, decimal, percent)")
    String numericOnly(String key);

    @Message("Giá trị 'min' ({min}) lớn hơn 'max' ({max})")
    String minAboveMax(String min, String max);

    @Message("Cột tính theo công thức không nhập tay nên không khai báo 'required'")
    String computedNotRequired();

    @Message("Cột tính theo công thức luôn được tính lại khi tổng hợp; bỏ 'rollup' hoặc dùng 'recompute'")
    String computedRollup();

    @Message("'recompute' chỉ dùng cho cột có công thức")
    String recomputeNeedsFormula();

    @Message("Không thể '{rollup}' cột kiểu '{type}'")
    String rollupNotFor(String rollup, String type);

    @Message("Cột '{code}' lấy số liệu kỳ trước chỉ dùng trong bảng có dòng cố định (fixed) hoặc dòng theo đơn vị (units): dòng đơn vị tự thêm không nối được với kỳ trước")
    String earlierNeedsLinedRows(String code);

    @Message("Cột '{code}' lấy số liệu kỳ trước nên không có 'formula'")
    String earlierNoFormula(String code);

    @Message("Cột '{code}' do cổng điền từ kỳ trước nên không khai báo 'required'")
    String earlierNotRequired(String code);

    @Message("Cột '{column}' không tồn tại trong bảng; các cột có: {columns}")
    String earlierColumnUnknown(String column, String columns);

    @Message("Cột '{column}' không do đơn vị nhập (cột tính hoặc cột kỳ trước): hãy lấy kỳ trước của một cột nhập")
    String earlierColumnNotTyped(String column);

    @Message("Cột '{code}' phải là cột số cùng kiểu với cột '{column}' ({type})")
    String earlierTypeDiffers(String code, String column, String type);

    @Message("Công thức cột '{code}': {problem}")
    String columnFormula(String code, String problem);

    @Message("Cột '{column}' không tồn tại trong bảng '{table}'")
    String columnUnknown(String column, String table);

    @Message("Vòng lặp giữa các cột tính toán: {cycle}")
    String formulaCycle(String cycle);

    @Message("Quy tắc phải dùng ít nhất một cột của bảng")
    String ruleWithoutColumn();

    @Message("Quy tắc: {problem}")
    String ruleProblem(String problem);

    @Message("mục '{heading}' ({code})")
    String lacksSection(String heading, String code);

    @Message("bảng '{title}' ({code})")
    String lacksTable(String title, String code);

    @Message("cột '{column}' của bảng {table}")
    String lacksColumn(String column, String table);

    @Message("dòng '{key}' của bảng {table}")
    String lacksRow(String key, String table);

    @Message("Không thỏa mãn điều kiện: {expr}")
    String ruleBroken(String expr);

    /** {@code type}: a {@code ColumnType} name. */
    @Message("Giá trị '{value}' của cột '{column}' không hợp lệ ({#when type}{#is 'INTEGER'}số nguyên{#is 'DECIMAL'}số thập phân{#is 'PERCENT'}tỷ lệ (%){#is 'TEXT'}văn bản{#is 'DATE'}ngày{#else}có/không{/when})")
    String cellInvalid(String value, String column, String type);

    @Message("Cột '{column}' bắt buộc nhập")
    String cellRequired(String column);

    @Message("Cột '{column}' phải lớn hơn hoặc bằng {min}")
    String cellBelowMin(String column, String min);

    @Message("Cột '{column}' phải nhỏ hơn hoặc bằng {max}")
    String cellAboveMax(String column, String max);

    @Message("Cột '{column}' phải là số nguyên")
    String cellNotInteger(String column);

    @Message("Biểu thức trống")
    String exprEmpty();

    @Message("Không được truy cập thuộc tính '{path}'; chỉ dùng mã cột, số và phép toán")
    String exprProperty(String path);

    @Message("Biểu thức không được dùng so khớp mẫu (=~, !~)")
    String exprRegex();

    @Message("Không được gọi hàm '{name}' trong biểu thức; chỉ dùng mã cột, số, phép toán và empty(...)")
    String exprFunction(String name);

    @Message("Biểu thức chỉ được dùng mã cột, số và phép toán (không truy cập thuộc tính hay phương thức)")
    String exprMember();

    /** {@code feature}: method, new, assign, declare, loop, literal, pragma, or anything else. */
    @Message("Biểu thức {#when feature}{#is 'method'}không được gọi phương thức{#is 'new'}không được tạo đối tượng (new){#is 'assign'}không được gán giá trị{#is 'declare'}không được khai báo biến hay hàm{#is 'loop'}không được dùng vòng lặp{#is 'literal'}không được dùng mảng hay tập hợp{#is 'pragma'}không được dùng chỉ thị (#pragma, @){#else}dùng cú pháp không được phép{/when}{#if column} (vị trí {column}){/if}")
    String exprForbidden(String feature, int column);

    @Message("Biểu thức sai cú pháp{#if column} (vị trí {column}){/if}{#if near}, gần '{near}'{/if}")
    String exprSyntax(int column, String near);

    @Message("Biểu thức không hợp lệ{#if column} (vị trí {column}){/if}")
    String exprInvalid(int column);
}
