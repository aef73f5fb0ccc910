package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way Dutch budget tables print them: a point between thousands and a decimal
 * comma ("1.234,5", "-137.024"). Independent of the JVM locale.
 *
 * <pre>{@code
 * String s = DutchNumbers.format(new BigDecimal("1234.5"), 1);   // "1.234,5"
 * BigDecimal v = DutchNumbers.parse("-0,52");                     // -0.52
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

    /**
     * Parses "1.234,5", "-0,52", "2,5" or "1234" (Dutch notation) to an exact decimal.
     *
     * @param text the number
     * @return its value
     * @throws NumberFormatException when the text is not a number in Dutch notation
     */
    public static BigDecimal parse(String text) {
        String t = text.strip();
        if (!t.matches("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?")) {
            throw new NumberFormatException("'" + text + "' is not a number in Dutch notation (like 1.234,5)");
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }
}
