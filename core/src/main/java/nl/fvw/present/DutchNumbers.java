package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way Dutch budget tables print them: a point between thousands and a decimal
 * comma ("1.234,5", "-137.024"). Independent of the JVM locale.
 *
 * <pre>{@code
 * String s = DutchNumbers.format(new BigDecimal("1234.5"), 1);   // "1.234,5"
 * }</pre>
 */
public final class DutchNumbers {
    private DutchNumbers() {
    }

    /**
     * Formats a value that already has at most {@code decimals} decimals: thousands dots, decimal comma.
     *
     * @param value the value
     * @param decimals the decimals to show
     * @return "1.234,5"
     * @throws ArithmeticException when the value has more decimals
     */
    public static String format(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.UNNECESSARY);
        String plain = v.abs().toPlainString();
        String whole = decimals > 0 ? plain.substring(0, plain.indexOf('.')) : plain;
        String fraction = decimals > 0 ? plain.substring(plain.indexOf('.') + 1) : "";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        String sign = v.signum() < 0 ? "-" : "";
        return sign + grouped + (decimals > 0 ? "," + fraction : "");
    }
}
