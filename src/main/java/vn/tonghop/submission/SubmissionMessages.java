package vn.tonghop.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the submission feature; English in messages/sub_en.properties. Templates use {sub:key}. */
@MessageBundle(value = "sub", locale = "vi")
public interface SubmissionMessages {

    // ---- Excel round trip (SubmissionWorkbook, WorkbookReader) ----

    @Message("Tệp tải lên không phải là tệp Excel (.xlsx).")
    String wbNotWorkbook();

    @Message("Tệp Excel 97-2003 (.xls) không dùng được; hãy mở tệp mẫu đã tải về, nhập số liệu rồi lưu dưới dạng .xlsx.")
    String wbLegacyXls();

    @Message("Tệp Excel lớn quá {max} (tệp mẫu của báo cáo chỉ vài chục KB).")
    String wbTooLarge(String max);

    @Message("Tệp Excel có cấu trúc nén bất thường (có thể là \"bom nén\") nên bị từ chối.")
    String wbZipBomb();

    @Message("Không đọc được tệp Excel: tệp bị hỏng, được đặt mật khẩu hoặc không đúng định dạng .xlsx.")
    String wbUnreadable();

    @Message("Tệp Excel không phải là mẫu tải từ Tổng hợp (thiếu trang ánh xạ ô); hãy tải mẫu Excel của báo cáo này rồi nhập số liệu vào đó.")
    String wbNotOurs();

    @Message("Tệp Excel này là mẫu của báo cáo khác (yêu cầu số {campaign}, đơn vị {unit}); hãy tải mẫu Excel của báo cáo này.")
    String wbOtherReport(String campaign, String unit);

    @Message("Tệp Excel có liên kết tới tệp khác (External Links); hãy bỏ liên kết (Data > Edit Links > Break Link) rồi tải lên lại.")
    String wbExternalLinks();

    @Message("Tệp Excel có quá nhiều trang (tối đa {max}).")
    String wbTooManySheets(int max);

    @Message("Trang '{sheet}' có quá nhiều dòng (tối đa {max}).")
    String wbTooManyRows(String sheet, int max);

    @Message("Thiếu trang '{sheet}' của mẫu; không đổi tên hay xóa các trang của tệp mẫu.")
    String wbSheetMissing(String sheet);

    @Message("{sheet}, ô {cell}: '{value}' không phải là {type}.")
    String wbNotType(String sheet, String cell, String value, String type);

    @Message("{sheet}, ô {cell}: ô đang báo lỗi công thức {value}.")
    String wbCellError(String sheet, String cell, String value);

    @Message("{sheet}, ô {cell}: công thức chưa có kết quả; hãy mở tệp bằng Excel, lưu lại rồi tải lên.")
    String wbNoCachedValue(String sheet, String cell);

    @Message("{sheet}, ô {cell}: {message}")
    String wbAtCell(String sheet, String cell, String message);

    @Message("{sheet}, dòng {row}: {message}")
    String wbAtRow(String sheet, int row, String message);

    @Message("Tệp Excel có {count} lỗi nên chưa lưu gì; sửa các ô được nêu rồi tải lên lại.")
    String wbHasErrors(int count);

    @Message("… và {count} lỗi khác.")
    String wbMoreErrors(int count);

    @Message("Mẫu báo cáo này không có bảng số liệu để tải về Excel.")
    String wbNoTables();

    @Message("Chưa chọn tệp Excel để tải lên.")
    String wbNoFile();

    @Message("Đã nhập số liệu từ tệp Excel (phiên bản {version}){#if issues > 0}; còn {issues} điểm cần sửa hoặc giải trình{/if}.")
    String wbImported(long version, int issues);

    @Message("Đơn vị báo cáo: {unit} · Kỳ báo cáo: {period}")
    String wbUnitLine(String unit, String period);

    @Message("Nhập số liệu vào các ô nền vàng rồi tải tệp lên Tổng hợp. Các ô khác được khóa; không đổi tên, thêm hay xóa trang.")
    String wbHint();

    @Message("Giá trị không hợp lệ")
    String wbInvalidTitle();

    @Message("Bảng số liệu bằng Excel")
    String wbPanelHeading();

    @Message("Tải tệp Excel (đã điền sẵn số liệu đã lưu)")
    String wbDownload();

    @Message("Nhập số liệu từ tệp Excel đã điền")
    String wbUploadLabel();

    @Message("Tải lên")
    String wbUploadButton();

    @Message("Tệp được kiểm tra toàn bộ: có ô sai thì không lưu gì và danh sách lỗi nêu rõ trang, ô.")
    String wbUploadHelp();

    @Message("Nhập {type}{#if min} từ {min}{/if}{#if max} đến {max}{/if}.")
    String wbExpect(String type, String min, String max);

    @Message("Mục '{code}' không có trong đề cương.")
    String unknownSection(String code);

    @Message("Mục '{title}' là tiêu đề nhóm hoặc bảng số liệu, không nhập nội dung viết.")
    String sectionNotText(String title);

    @Message("Mục '{title}' dài quá {max} ký tự.")
    String sectionTooLong(String title, int max);

    @Message("Mục '{title}' chưa có nội dung.")
    String sectionRequired(String title);

    @Message("Bảng '{code}' không có trong đề cương.")
    String unknownTable(String code);

    @Message("{table}: cột '{code}' không có trong bảng.")
    String unknownColumn(String table, String code);

    @Message("{table}: dòng '{key}' không có trong bảng.")
    String unknownRow(String table, String key);

    @Message("{table}: đơn vị '{key}' không thuộc phạm vi báo cáo của đơn vị.")
    String rowOutsideUnit(String table, String key);

    @Message("{table}: dòng '{key}' bị lặp.")
    String duplicateRow(String table, String key);

    @Message("{table}: dòng '{label}' là dòng tổng hợp, được tính từ các dòng con; không nhập trực tiếp.")
    String headingRowTyped(String table, String label);

    @Message("{table}: tối đa {max} dòng.")
    String tooManyRows(String table, int max);

    @Message("{table}, dòng {row}, cột '{column}': '{value}' không phải là {type}.")
    String badValue(String table, String row, String column, String value, String type);

    @Message("{table}, dòng {row}: cột '{column}' bắt buộc nhập.")
    String cellRequired(String table, String row, String column);

    @Message("{table}, dòng {row}: cột '{column}' phải lớn hơn hoặc bằng {min}.")
    String belowMin(String table, String row, String column, String min);

    @Message("{table}, dòng {row}: cột '{column}' phải nhỏ hơn hoặc bằng {max}.")
    String aboveMax(String table, String row, String column, String max);

    @Message("{table}, dòng {row}: cột '{column}' phải là số nguyên.")
    String notInteger(String table, String row, String column);

    @Message("{table}, dòng {row}: {message}")
    String ruleBroken(String table, String row, String message);

    @Message("{table}: chưa nhập dòng của đơn vị.")
    String ownRowMissing(String table);

    @Message("Cần giải trình cho cảnh báo: {message}")
    String explanationNeeded(String message);

    @Message("{#when type}{#is INTEGER}số nguyên{#is DECIMAL}số{#is PERCENT}tỷ lệ phần trăm{#is DATE}ngày (dd/MM/yyyy){#is BOOLEAN}Có/Không{#else}văn bản{/when}")
    String typeName(vn.tonghop.template.model.ColumnType type);

    @Message("Báo cáo chưa nộp được vì còn lỗi; sửa các ô được đánh dấu rồi nộp lại.")
    String cannotSubmit();

    @Message("Báo cáo có dữ liệu không lưu được; các nội dung đã lưu trước đó vẫn giữ nguyên.")
    String cannotStore();

    @Message("Báo cáo đã được {by} lưu lúc {at} sau khi bạn mở; hãy tải lại để xem bản mới nhất rồi sửa tiếp.")
    String staleVersion(String by, String at);

    @Message("Báo cáo đã nộp, chỉ xem được. Nếu cần sửa, đề nghị đơn vị ban hành trả lại.")
    String alreadySubmitted();

    @Message("Yêu cầu báo cáo không còn nhận báo cáo (trạng thái: {status}).")
    String campaignNotOpen(String status);

    @Message("Đã quá hạn nộp ({deadline}); yêu cầu này không nhận báo cáo trễ hạn.")
    String locked(String deadline);

    @Message("Đơn vị '{code}' không phải là đơn vị nhận yêu cầu báo cáo này.")
    String notRecipient(String code);

    @Message("Chỉ lãnh đạo đơn vị (người duyệt, ký) nộp được báo cáo.")
    String approverOnly();

    @Message("Chưa ghi họ tên người ký.")
    String signerRequired();

    @Message("Chỉ trả lại được báo cáo đã nộp.")
    String notSubmitted();

    @Message("Cần ghi lý do trả lại.")
    String returnCommentRequired();

    @Message("Không có phiên bản số {number}.")
    String versionNotFound(int number);

    @Message("Không có báo cáo kỳ trước của đơn vị theo mẫu này.")
    String noPreviousPeriod();

    @Message("Dữ liệu gửi lên không đúng định dạng.")
    String badBody();

    // ---- report pages ----

    @Message("Không còn lỗi; có thể nộp báo cáo.")
    String noIssues();

    @Message("Cần hoàn thiện trước khi nộp")
    String issuesTitle();

    @Message("Giải trình")
    String explanation();

    @Message("Lý do số liệu khác thường")
    String explanationPlaceholder();

    @Message("Có")
    String yes();

    @Message("Không")
    String no();

    @Message("Thêm dòng")
    String addRow();

    @Message("Xóa dòng")
    String removeRow();

    @Message("Bảng đã đủ số dòng tối đa.")
    String maxRowsReached();

    @Message("Đang lưu…")
    String saving();

    @Message("Có thay đổi chưa lưu")
    String unsaved();

    @Message("Chưa lưu được (mất kết nối hoặc hệ thống đang bận); sẽ tự thử lại, nội dung vẫn được giữ trên máy này…")
    String offline();

    @Message("Phiên đăng nhập đã hết. Nội dung đang nhập vẫn được giữ tạm trên máy này: tải lại trang, đăng nhập rồi chọn Khôi phục.")
    String sessionExpired();

    @Message("Chưa lưu được; sẽ thử lại khi bạn tiếp tục nhập.")
    String saveFailed();

    @Message("Trên máy này còn nội dung chưa lưu của báo cáo này (lúc %TIME%).")
    String restoreOffer();

    @Message("Nội dung đó được nhập trên phiên bản %FROM%; báo cáo nay ở phiên bản %TO%, hãy kiểm tra sau khi khôi phục.")
    String restoreOlder();

    @Message("Khôi phục")
    String restore();

    @Message("Bỏ qua")
    String discard();

    @Message("Các phiên bản")
    String versions();

    @Message("Báo cáo bị trả lại để hoàn thiện:")
    String returnedTitle();

    @Message("Người ký")
    String signedBy();

    @Message("Tải lại")
    String reload();

    @Message("Lấy số liệu kỳ trước")
    String copyForward();

    @Message("Điền sẵn nội dung và số liệu từ báo cáo kỳ trước của đơn vị (thay nội dung đang có).")
    String copyForwardHint();

    @Message("Lưu nháp")
    String saveDraft();

    @Message("Chưa lưu; báo cáo được tự động lưu khi bạn nhập.")
    String notSavedYet();

    @Message("Hướng dẫn")
    String guidance();

    @Message("Xem hướng dẫn")
    String showGuidance();

    @Message("Nộp báo cáo")
    String submitTitle();

    @Message("Họ tên người ký")
    String signerName();

    @Message("Chức vụ người ký")
    String signerTitle();

    @Message("Nộp báo cáo")
    String submitButton();

    @Message("Nội dung trên màn hình được lưu rồi nộp; sau khi nộp, báo cáo chỉ xem được.")
    String submitHint();

    @Message("Đã lưu; lãnh đạo đơn vị sẽ duyệt và nộp.")
    String approverWillSubmit();

    @Message("Trả lại để hoàn thiện")
    String returnTitle();

    @Message("Nội dung cần hoàn thiện")
    String returnComment();

    @Message("Trả lại")
    String returnButton();

    @Message("Các phiên bản của báo cáo")
    String versionsTitle();

    @Message("Quay lại báo cáo")
    String backToForm();

    @Message("Chưa có phiên bản nào: mỗi lần nộp hoặc trả lại, báo cáo được lưu thành một phiên bản.")
    String noVersions();

    @Message("Phiên bản")
    String versionNumber();

    @Message("Người thực hiện")
    String versionBy();

    @Message("Thời điểm")
    String versionAt();

    @Message("Ghi chú")
    String versionNote();

    @Message("Từ phiên bản")
    String compareFrom();

    @Message("Đến phiên bản")
    String compareTo();

    @Message("So sánh")
    String compare();

    @Message("Thay đổi từ phiên bản {from} đến phiên bản {to}")
    String changesTitle(Integer from, Integer to);

    @Message("Hai phiên bản giống nhau.")
    String noChanges();

    @Message("Mục / bảng")
    String diffWhere();

    @Message("Dòng")
    String diffRow();

    @Message("Cột")
    String diffColumn();

    @Message("Trước")
    String diffBefore();

    @Message("Sau")
    String diffAfter();

    @Message("Đã lưu bản nháp (phiên bản {version}).")
    String draftSaved(long version);

    @Message("Đã lưu lúc {at} (phiên bản {version})")
    String savedAt(String at, long version);

    @Message("Chưa lưu được: {reason}")
    String notSaved(String reason);

    @Message("Đã nộp báo cáo lúc {at}, đúng hạn.")
    String submittedFlash(String at);

    @Message("Đã nộp báo cáo lúc {at}, trễ hạn.")
    String submittedLateFlash(String at);

    @Message("Đã lấy nội dung và số liệu kỳ trước (phiên bản {version}); kiểm tra, sửa rồi nộp.")
    String copiedForward(long version);

    @Message("Đã trả lại báo cáo để đơn vị hoàn thiện.")
    String returnedFlash();

    @Message("Lưu lần cuối lúc {at} ({by})")
    String lastSaved(String at, String by);

    @Message("Quá hạn {days} ngày {hours} giờ")
    String overdueBy(long days, long hours);

    @Message("Đã nộp lúc {at}, đúng hạn.")
    String submittedOnTime(String at);

    @Message("Đã nộp lúc {at}, trễ hạn {days} ngày {hours} giờ.")
    String submittedLate(String at, long days, long hours);

    @Message("Xem trước: đây là biểu mẫu trống đúng như đơn vị nhận báo cáo sẽ thấy. Có thể thử nhập để xem cột tự tính và kiểm tra; không có gì được lưu.")
    String previewNote();

    @Message("Kiểm tra")
    String previewCheck();

    @Message("Xem trước – không lưu ({time})")
    String previewChecked(String time);

    @Message("UBND xã mẫu")
    String previewUnit();
}
