package vn.tonghop.rollup;

import vn.tonghop.template.model.NumberingStyle;

/** STT of rollup rows: A, B for blocks; I, II for districts and units listed by name; 1, 2 for units. */
final class NumberingOrdinal {

    private NumberingOrdinal() {
    }

    static String letter(int position) {
        return String.valueOf((char) ('A' + position - 1));
    }

    static String roman(int position) {
        return NumberingStyle.ROMAN.ordinal(position);
    }
}
