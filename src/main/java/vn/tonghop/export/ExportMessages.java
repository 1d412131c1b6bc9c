package vn.tonghop.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the export feature. Vietnamese here; English in messages/exp_en.properties. Templates use {exp:key}. */
@MessageBundle(value = "exp", locale = "vi")
public interface ExportMessages {

    @Message("Không tìm thấy mẫu đề cương '{code}'.")
    String templateNotFound(String code);

    @Message("Mẫu đề cương '{code}' không có phụ lục số liệu.")
    String templateHasNoTables(String code);
}
