package vn.tonghop.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the journeys across features: menu, inbox filter, error pages, confirmations, deadlines. English in
 * messages/ux_en.properties. Templates use {ux:key}.
 */
@MessageBundle(value = "ux", locale = "vi")
public interface UxMessages {

    @Message("Mở hoặc đóng menu")
    String menuToggle();

    @Message("Mọi trạng thái")
    String allStatuses();

    @Message("Mọi kỳ báo cáo")
    String allPeriods();

    @Message("Lọc")
    String filter();

    @Message("Bỏ lọc")
    String clearFilter();

    @Message("Không có báo cáo nào khớp bộ lọc.")
    String noneMatch();

    @Message("{#when f}{#is 'TODO'}Cần làm{#is 'AWAITING_APPROVAL'}Chờ duyệt{#is 'SUBMITTED'}Đã nộp{#is 'MISSING'}Quá hạn chưa nộp{#else}{f}{/when}")
    String filterName(String f);

    @Message("{#when s}{#is 'NOT_OPENED'}Chưa mở{#is 'DRAFT'}Đang soạn{#is 'AWAITING_APPROVAL'}Chờ duyệt{#is 'SUBMITTED'}Đã nộp{#is 'SUBMITTED_LATE'}Nộp muộn{#is 'RETURNED'}Trả lại{#is 'MISSING'}Chưa nộp (quá hạn){#is 'PUBLISHED'}Đã ban hành{#is 'CLOSED'}Đã đóng{#is 'ARCHIVED'}Lưu trữ{#else}Dự thảo{/when}")
    String status(String s);
}
