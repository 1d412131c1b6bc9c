package vn.tonghop.template;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apache.commons.jexl3.JexlArithmetic;

/** JEXL arithmetic where division is always decimal (no integer truncation of 2/3) and x/0 fails. */
public class DecimalArithmetic extends JexlArithmetic {

    public DecimalArithmetic(boolean strict) {
        super(strict, MathContext.DECIMAL128, -1);
    }

    // Needed by JexlArithmetic.options(...) to derive instances.
    public DecimalArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    public Object divide(Object left, Object right) {
        if (left == null || right == null || !(left instanceof Number) || !(right instanceof Number)) {
            return super.divide(left, right);
        }
        BigDecimal r = toBigDecimal(right);
        if (r.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return toBigDecimal(left).divide(r, MathContext.DECIMAL128);
    }
}
