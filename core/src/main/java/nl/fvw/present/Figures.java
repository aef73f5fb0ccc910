package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;

/**
 * Short Dutch renderings of figures for explanations: "€ 94.508 mln", "2,41 %".
 *
 * <pre>{@code
 * String a = Figures.mln(Amounts.mln("1124.5"));        // "€ 1.124,5 mln"
 * String p = Figures.percent(new BigDecimal("0.0241"));  // "2,41 %"
 * }</pre>
 */
public final class Figures {
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private Figures() {
    }

    /**
     * An amount as explanations print it: "€ 1.124,5 mln", with as many decimals as it has (up to the cent).
     *
     * @param amount the amount
     * @return the text
     */
    public static String mln(MonetaryAmount amount) {
        BigDecimal m = Amounts.value(amount).divide(MILLION).stripTrailingZeros();
        int scale = Math.max(0, m.scale());
        return "€ " + DutchNumbers.format(m.setScale(scale), scale) + " mln";
    }

    /**
     * An amount in euro to the cent: "€ 1.234,56".
     *
     * @param amount the amount
     * @return the text
     */
    public static String euro(MonetaryAmount amount) {
        BigDecimal v = Amounts.value(amount).setScale(2, RoundingMode.HALF_UP);
        return "€ " + DutchNumbers.format(v, 2);
    }

    /**
     * A fraction as a percentage with two decimals: "2,41 %".
     *
     * @param fraction the fraction (0.0241)
     * @return the text
     */
    public static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return DutchNumbers.format(pct, 2) + " %";
    }
}
