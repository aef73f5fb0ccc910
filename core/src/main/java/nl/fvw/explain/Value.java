package nl.fvw.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.money.AmountUnit;

/**
 * A value in an explanation, kept as what it is: an amount, a rate, a number or a text, or a phrase
 * of those. It is formatted (Dutch numbers, € mln, %) only when the explanation is printed, by
 * {@code nl.fvw.present.Values}; the computation never formats.
 *
 * <pre>{@code
 * Value v = Value.phrase(Value.mln(tranche), " (lpo ", Value.mln(lpo), " + volume ", Value.mln(volume), ")");
 * }</pre>
 */
public sealed interface Value permits Value.Amount, Value.Rate, Value.Decimal, Value.Text, Value.Phrase {
    /** No value: a figure given as input, or an explanation with explanations off. */
    Value NONE = new Text("");

    /**
     * An amount, shown in {@code unit}: in € mln with as many decimals as it has, or in euro to the cent.
     *
     * @param amount the exact amount
     * @param unit how it is shown: {@link AmountUnit#MLN} or {@link AmountUnit#EURO}
     */
    record Amount(MonetaryAmount amount, AmountUnit unit) implements Value {
        /**
         * Checks the components.
         *
         * @param amount the exact amount
         * @param unit how it is shown
         */
        public Amount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * A rate as an exact fraction (0.0241 is 2,41 %), shown as a percentage with two decimals and,
     * where {@code withExact}, its exact value beside it.
     *
     * @param fraction the exact fraction
     * @param withExact whether the exact percentage is shown too
     */
    record Rate(BigDecimal fraction, boolean withExact) implements Value {
        /**
         * Checks the components.
         *
         * @param fraction the exact fraction
         * @param withExact whether the exact percentage is shown too
         */
        public Rate {
            Objects.requireNonNull(fraction, "fraction");
        }
    }

    /**
     * A plain number (a volume, a factor), shown as written or with {@code decimals} decimals.
     *
     * @param value the number
     * @param decimals the decimals shown, or null: all of them
     */
    record Decimal(BigDecimal value, Integer decimals) implements Value {
        /**
         * Checks the components.
         *
         * @param value the number
         * @param decimals the decimals shown, or null
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Text: a name, a choice, a decision.
     *
     * @param text the text
     */
    record Text(String text) implements Value {
        /**
         * Checks the components.
         *
         * @param text the text
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Values one after another, read as one phrase ("€ 1.124,0 mln (lpo € 600,0 mln + volume € 524,0 mln)").
     *
     * @param parts the parts, in order
     */
    record Phrase(List<Value> parts) implements Value {
        /**
         * Copies the parts.
         *
         * @param parts the parts, in order
         */
        public Phrase {
            parts = List.copyOf(parts);
        }
    }

    /**
     * An amount shown in € mln.
     *
     * @param amount the amount
     * @return the value
     */
    static Value mln(MonetaryAmount amount) {
        return new Amount(amount, AmountUnit.MLN);
    }

    /**
     * An amount shown in euro, to the cent.
     *
     * @param amount the amount
     * @return the value
     */
    static Value euro(MonetaryAmount amount) {
        return new Amount(amount, AmountUnit.EURO);
    }

    /**
     * A rate shown as a percentage with two decimals.
     *
     * @param fraction the fraction (0.0241)
     * @return the value
     */
    static Value rate(BigDecimal fraction) {
        return new Rate(fraction, false);
    }

    /**
     * A rate shown with two decimals and exactly: "2,41 % (exact 2.4143… %)".
     *
     * @param fraction the fraction
     * @return the value
     */
    static Value exactRate(BigDecimal fraction) {
        return new Rate(fraction, true);
    }

    /**
     * A number shown as written.
     *
     * @param value the number
     * @return the value
     */
    static Value decimal(BigDecimal value) {
        return new Decimal(value, null);
    }

    /**
     * A number shown with a fixed number of decimals.
     *
     * @param value the number
     * @param decimals the decimals shown
     * @return the value
     */
    static Value decimal(BigDecimal value, int decimals) {
        return new Decimal(value, decimals);
    }

    /**
     * Text.
     *
     * @param text the text
     * @return the value
     */
    static Value text(String text) {
        return new Text(text);
    }

    /**
     * A phrase of values and literal text.
     *
     * @param parts values, and strings for the text between them
     * @return the phrase
     */
    static Value phrase(Object... parts) {
        List<Value> out = new ArrayList<>();
        for (Object p : parts) {
            out.add(p instanceof Value v ? v : new Text(String.valueOf(p)));
        }
        return new Phrase(out);
    }
}
