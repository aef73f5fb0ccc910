package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;

/** Short Dutch renderings of figures for explanations: "€ 94.508 mln", "2,41 %". */
public final class Figures {
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private Figures() {
    }

    /** An amount in € mln, exact (as many decimals as it has), Dutch format. */
    public static String mln(MonetaryAmount amount) {
        BigDecimal m = Amounts.value(amount).divide(MILLION).stripTrailingZeros();
        int scale = Math.max(0, m.scale());
        return "€ " + DutchNumbers.format(m.setScale(scale), scale) + " mln";
    }

    /** An amount in euro with cents, Dutch format: "€ 1.234,50". */
    public static String euro(MonetaryAmount amount) {
        BigDecimal v = Amounts.value(amount).setScale(2, RoundingMode.HALF_UP);
        return "€ " + DutchNumbers.format(v, 2);
    }

    /** A fraction as a percentage with two decimals, half-up: 0.024144 → "2,41 %". */
    public static String percent(BigDecimal fraction) {
        BigDecimal pct = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return DutchNumbers.format(pct, 2) + " %";
    }
}
