package vn.tonghop.rollup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the rollup feature; English in messages/rollup_en.properties. Templates use {rollup:key}. */
@MessageBundle(value = "rollup", locale = "vi")
public interface RollupMessages {

    @Message("Đơn vị '{code}' chưa chuyển tiếp yêu cầu này cho cấp dưới nên chưa có số liệu tổng hợp.")
    String noRelay(String code);

    @Message("Tổng hợp báo cáo")
    String title();

    @Message("Tổng hợp")
    String navRollup();

    @Message("Chỉ tính báo cáo đã nộp")
    String submittedOnly();

    @Message("Tính cả bản đang soạn")
    String withDrafts();

    @Message("Gộp theo huyện")
    String collapse();

    @Message("Hiện từng xã")
    String expand();

    @Message("Tình hình nộp báo cáo")
    String completeness();

    @Message("Đã nộp {submitted}/{expected} đơn vị ({percent}%)")
    String submittedOf(int submitted, int expected, int percent);

    @Message("Đúng hạn")
    String onTime();

    @Message("Trễ hạn")
    String late();

    @Message("Chưa nộp (quá hạn)")
    String missing();

    @Message("Chưa đến hạn")
    String pending();

    @Message("trễ {duration}")
    String lateBy(String duration);

    @Message("{#if days > 0}{days} ngày {/if}{hours} giờ")
    String duration(long days, long hours);

    @Message("Thời điểm nộp")
    String submittedAt();

    @Message("Người ký")
    String signer();

    @Message("Cấp dưới đã nộp")
    String childProgress();

    @Message("{submitted}/{expected} đơn vị")
    String coverage(int submitted, int expected);

    @Message("Số liệu của đơn vị ban hành")
    String ownRow();

    @Message("Phần lời tổng hợp theo đề cương")
    String narratives();

    @Message("Báo cáo của các đơn vị ({count})")
    String unitTexts(int count);

    @Message("Nội dung tổng hợp")
    String consolidatedText();

    @Message("Lưu nội dung tổng hợp")
    String saveConsolidated();

    @Message("Đã lưu nội dung tổng hợp.")
    String consolidatedSaved();

    @Message("Số, ký hiệu báo cáo")
    String reportNumber();

    @Message("Ngày báo cáo")
    String reportDate();

    @Message("Họ tên người ký")
    String signerName();

    @Message("Chức vụ người ký")
    String signerTitle();

    @Message("Thẩm quyền ký (TM., KT.)")
    String signerCapacity();

    @Message("Nơi nhận (mỗi dòng một nơi)")
    String distribution();

    @Message("Tải báo cáo tổng hợp (Word)")
    String exportDocx();

    @Message("Tải phụ lục (Excel)")
    String exportXlsx();

    @Message("Bản in")
    String print();

    @Message("Xem số liệu cấp dưới")
    String drillDown();

    @Message("Điền báo cáo gửi cấp trên từ số liệu tổng hợp")
    String fillUpward();

    @Message("Đã điền báo cáo gửi cấp trên từ số liệu tổng hợp; kiểm tra, sửa nếu cần rồi trình ký và nộp.")
    String filledUpward();

    @Message("Chưa có đơn vị nào.")
    String noRows();

    @Message("Đơn vị ban hành")
    String issuerRowStatus();

    @Message("Bảng có {rows} dòng đơn vị nên đang hiện mỗi huyện một dòng.")
    String autoCollapsed(int rows);

    @Message("Số liệu của {unitName}")
    String ownRowHeading(String unitName);

    @Message("Dòng của chính đơn vị mình trong {table}: nhập như một báo cáo, được cộng vào tổng và đưa vào báo cáo gửi cấp trên.")
    String ownRowHint(String table);

    @Message("Lưu số liệu của đơn vị")
    String saveOwnRow();

    @Message("Đã lưu số liệu của đơn vị.")
    String ownRowSaved();

    @Message("Đã lưu số liệu của đơn vị; còn {count} điểm cần xem lại, liệt kê dưới bảng.")
    String ownRowSavedWithIssues(int count);

    @Message("Cần xem lại")
    String ownRowIssues();

    @Message("Bản tổng hợp được soạn từ báo cáo các đơn vị: các câu cùng nội dung được gộp, số liệu được cộng; số trong ngoặc vuông chỉ báo cáo nguồn (bấm để xem) và không in ra văn bản.")
    String draftHint();

    @Message("Soạn lại từ báo cáo các đơn vị")
    String redraft();

    @Message("Thay nội dung đang soạn của mục này bằng bản tổng hợp mới từ báo cáo các đơn vị? Nội dung đã sửa của mục sẽ mất khi lưu.")
    String redraftConfirm();

    @Message("Nguồn")
    String sources();
}
