package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExcelFormulaTest {

    static final Map<String, String> ROW = Map.of("dung_han", "F7", "qua_han", "G7", "ho_so_nhan", "E7", "a", "C7", "b",
            "D7");

    @Test
    void theOnTimeRatioOfPhuLucIIBecomesAnExcelFormulaThatStaysEmptyLikeThePortal() {
        assertEquals(
                Optional.of("IF(OR(ISBLANK(F7),ISBLANK(G7)),\"\",IFERROR(ROUND(IF(((F7+G7)=0),\"\",((F7*100)/"
                        + "(F7+G7))),2),\"\"))"),
                ExcelFormula.translate("dung_han + qua_han == 0 ? null : dung_han * 100 / (dung_han + qua_han)", ROW,
                        2));
    }

    @Test
    void arithmeticKeepsJexlPrecedence() {
        assertEquals(Optional.of("IF(OR(ISBLANK(C7),ISBLANK(D7)),\"\",IFERROR(ROUND((C7+(D7*2)),0),\"\"))"),
                ExcelFormula.translate("a + b * 2", ROW, 0));
        assertEquals(Optional.of("IF(OR(ISBLANK(C7),ISBLANK(D7)),\"\",IFERROR(ROUND(((-C7)-MOD(D7,3)),1),\"\"))"),
                ExcelFormula.translate("-a - b % 3", ROW, 1));
        assertEquals(Optional.of(
                "IF(OR(ISBLANK(C7),ISBLANK(D7)),\"\",IFERROR(ROUND(IF(AND((C7>0),NOT((D7<=1))),C7," + "0),2),\"\"))"),
                ExcelFormula.translate("a > 0 && !(b <= 1) ? a : 0", ROW, 2));
        assertEquals(Optional.of("IFERROR(ROUND((1/3),2),\"\")"), ExcelFormula.translate("1 / 3", ROW, 2));
    }

    @Test
    void whatCannotBeTranslatedSafelyIsLeftToThePortal() {
        for (String f : new String[] { "empty(a) ? 0 : a", "a ?? 0", "ghi_chu == 'x' ? 1 : 0", "a.b", "a +", "null",
                "unknown * 2", "a =~ 'x'", "size(a)", "(a + b" }) {
            assertEquals(Optional.empty(), ExcelFormula.translate(f, ROW, 2), f);
        }
    }
}
