package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.tonghop.export.model.ColumnSpec;
import vn.tonghop.template.model.ColumnType;

/** Numbers in the official annex as officials write them: 1.315, 61,54, and 100 rather than 100,00. */
class AnnexValuesTest {

    private static final ColumnSpec RATIO = new ColumnSpec("ty_le", "Tỷ lệ", ColumnType.PERCENT, 2);
    private static final ColumnSpec FIXED = new ColumnSpec("ty_le", "Tỷ lệ", ColumnType.PERCENT, 2, true);

    @Test
    void ratiosDropTrailingZerosUnlessTheTemplateSetsTheDecimals() {
        AnnexValues values = new AnnexValues();
        assertEquals("100", values.print(new BigDecimal("100.00"), RATIO));
        assertEquals("61,54", values.print(new BigDecimal("61.538"), RATIO));
        assertEquals("12,5", values.print(new BigDecimal("12.50"), RATIO));
        assertEquals("1.315", values.print(1315, RATIO));
        assertEquals("100,00", values.print(new BigDecimal("100"), FIXED));
        assertEquals("61,50", values.print(new BigDecimal("61.5"), FIXED));
    }

    @Test
    void aSpreadsheetCellKeepsTheDecimalsItsNumberNeeds() {
        assertEquals(0, AnnexValues.cellScale(new BigDecimal("100.00"), RATIO));
        assertEquals(1, AnnexValues.cellScale(new BigDecimal("12.50"), RATIO));
        assertEquals(2, AnnexValues.cellScale(new BigDecimal("61.538"), RATIO));
        assertEquals(2, AnnexValues.cellScale(new BigDecimal("100"), FIXED));
    }
}
