package vn.tonghop.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.tonghop.platform.i18n.Formats;

/** File sizes for people: 1 KB = 1024 bytes, Vietnamese decimal comma. */
public final class Sizes {

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Formats.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP))
                    + " KB";
        }
        return Formats.number(
                BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)) + " MB";
    }
}
