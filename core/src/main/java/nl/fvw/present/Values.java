package nl.fvw.present;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Figuur;
import nl.fvw.explain.Value;
import nl.fvw.money.AmountUnit;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;

/**
 * Values as explanations and reports print them, in Dutch: "€ 94.508 mln", "€ 1.234,56", "2,41 %".
 *
 * <pre>{@code
 * String a = Values.text(Value.mln(Amounts.mln("1124.5")));   // "€ 1.124,5 mln"
 * String p = Values.percent(new BigDecimal("0.0241"));         // "2,41 %"
 * }</pre>
 */
public final class Values {

    private Values() {
    }

    /**
     * A figure as reports print it: an accres as "2,41 %", an amount as "€ 1.124,0 mln".
     *
     * @param figuur the figure
     * @return the text
     */
    public static String text(Figuur figuur) {
        return text(figuur.value());
    }

    /**
     * A figure as the report tables print it, rounded on its own: an accres as "2,41 %", an amount
     * in € mln to one decimal, "€ 1.832,9 mln" ({@link RoundingStep#MLN}).
     *
     * @param figuur the figure
     * @return the printed value
     */
    public static String printed(Figuur figuur) {
        if (figuur.value() instanceof Value.Amount a) {
            return "€ " + DutchNumbers.format(RoundingStep.MLN.printed(Amounts.value(a.amount())),
                    RoundingStep.MLN.unit().printDecimals()) + " mln";
        }
        if (figuur.value() instanceof Value.Rate r) {
            return percent(r.fraction());
        }
        return text(figuur.value());
    }

    /**
     * A value as text.
     *
     * @param value the value
     * @return the text
     */
    public static String text(Value value) {
        if (value instanceof Value.Amount a) {
            return a.unit() == AmountUnit.EURO ? euro(a.amount()) : mln(a.amount());
        }
        if (value instanceof Value.Rate r) {
            return percent(r.fraction()) + (r.withExact() ? " (exact " + r.fraction().movePointRight(2).toPlainString()
                    + " %)" : "");
        }
        if (value instanceof Value.Decimal d) {
            BigDecimal v = d.decimals() == null ? d.value() : d.value().setScale(d.decimals(), RoundingMode.HALF_UP);
            return DutchNumbers.format(v, Math.max(0, v.scale()));
        }
        if (value instanceof Value.Phrase p) {
            StringBuilder sb = new StringBuilder();
            p.parts().forEach(part -> sb.append(text(part)));
            return sb.toString();
        }
        return ((Value.Text) value).text();
    }

    /**
     * An amount in € mln, with as many decimals as it has (up to the cent): "€ 1.124,5 mln".
     *
     * @param amount the amount
     * @return the text
     */
    public static String mln(MonetaryAmount amount) {
        // moving the point is the exact quotient by 10^6; once stripped, the same number as divide gives
        BigDecimal m = Amounts.value(amount).movePointLeft(6).stripTrailingZeros();
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
