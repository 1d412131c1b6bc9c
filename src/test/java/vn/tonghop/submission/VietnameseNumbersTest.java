package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "1.315;1315", "1.315.000;1315000", "12,5;12.5", "1.315,25;1315.25",
            "0,75;0.75", ",5;0.5", "-3;-3", "-1.200,5;-1200.5", "+7;7", "80%;80", "80,5 %;80.5", "1 315;1315",
            "1\u00A0315,5;1315.5", "  42  ;42", "12.5;12.5", "0.500;0.500", "1315;1315", "007;7", "1.31;1.31" })
    void readsVietnameseNotation(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(VietnameseNumbers.parse(text)), text);
    }

    @Test
    void thousandsAreNeverDecimals() {
        assertEquals(new BigDecimal("1315"), VietnameseNumbers.parse("1.315"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mười", "1,2,3", "1.2.3", "1..2", "12,", ",", ".", "-", "1.315,2.5", "1,315.5", "12a",
            "0x10", "1e5" })
    void refusesWhatIsNotANumber(String text) {
        assertThrows(NumberFormatException.class, () -> VietnameseNumbers.parse(text));
    }

    @Test
    void blankIsNoValue() {
        assertNull(VietnameseNumbers.parse(null));
        assertNull(VietnameseNumbers.parse("  "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "1315;1.315", "1315000;1.315.000", "12.5;12,5", "80.00;80", "0.75;0,75",
            "-1200.5;-1.200,5", "0;0", "999;999", "1000;1.000", "61.54;61,54" })
    void writesVietnameseNotation(String value, String expected) {
        assertEquals(expected, VietnameseNumbers.format(new BigDecimal(value)));
    }

    @Test
    void formatsWhatItParses() {
        for (String s : new String[] { "1.315", "12,5", "1.315.000,25", "-7" }) {
            assertEquals(s, VietnameseNumbers.format(VietnameseNumbers.parse(s)));
        }
    }

    @Test
    void formatsCellValuesOfAnyType() {
        assertEquals("1.315", VietnameseNumbers.format((Object) 1315));
        assertEquals("12,5", VietnameseNumbers.format((Object) 12.5d));
        assertEquals("văn bản", VietnameseNumbers.format((Object) "văn bản"));
        assertEquals("", VietnameseNumbers.format((Object) null));
    }
}
