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
}
