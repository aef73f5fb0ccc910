package nl.fvw.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import javax.money.MonetaryAmount;

/**
 * A named rounding: the unit, the mode and the source that prescribes it. fvw computes at
 * full precision and rounds only through a step like this; an explanation records each
 * application ({@code Explanation.Builder.round}).
 *
 * <pre>{@code
 * RoundingStep uf = new RoundingStep("uitkeringsfactor", RoundingUnit.DRIE_DECIMALEN,
 *         RoundingMode.HALF_UP, "Bfv 2001 art. 1c; septembercirculaire: 3 decimalen");
 * BigDecimal factor = uf.round(new BigDecimal("1.47849"));   // 1.478
 * }</pre>
 */
public record RoundingStep(String name, RoundingUnit unit, RoundingMode mode, String source) {
    /** x € 1.000, half-up: the unit of begroting tables. */
    public static final RoundingStep DUIZEND = new RoundingStep("presentatie x € 1.000", RoundingUnit.DUIZEND,
            RoundingMode.HALF_UP, "begrotingstabellen: bedragen x € 1.000 (Rijksbegrotingsvoorschriften)");
    /** € mln with one decimal, half-up: the unit of Miljoenennota and Voorjaarsnota tables. */
    public static final RoundingStep MLN = new RoundingStep("presentatie € mln", RoundingUnit.MLN_1DEC,
            RoundingMode.HALF_UP, "Miljoenennota/Voorjaarsnota: bedragen in € mln, één decimaal");

    /**
     * Checks the components.
     *
     * @param name what is rounded ("accres % zoals gepubliceerd")
     * @param unit the unit rounded to
     * @param mode the rounding mode
     * @param source the source that prescribes it
     */
    public RoundingStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        if (mode == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("A rounding step needs a real rounding mode, not UNNECESSARY");
        }
    }

    /**
     * The value rounded by this step, in the unit it is printed in: € mln with one decimal for
     * {@link #MLN}, x € 1.000 for {@link #DUIZEND}, percent for a rate.
     *
     * @param exact the exact value (euro, or a fraction)
     * @return the printed number, with the unit's decimals
     */
    public BigDecimal printed(BigDecimal exact) {
        return unit.printed(round(exact));
    }

    /**
     * Rounds a plain value (a rate or an amount's number) to a whole number of units.
     *
     * @param value the exact value
     * @return the rounded value
     */
    public BigDecimal round(BigDecimal value) {
        BigDecimal units = value.divide(unit.quantum(), 0, mode);
        return units.multiply(unit.quantum()).stripTrailingZeros().setScale(Math.max(0, unit.quantum().scale()));
    }

    /**
     * Rounds an amount to a whole number of units.
     *
     * @param amount the exact amount
     * @return the rounded amount, in the same currency
     */
    public MonetaryAmount round(MonetaryAmount amount) {
        requireMoneyUnit();
        return Amounts.of(round(Amounts.value(amount)), amount.getCurrency());
    }

    private void requireMoneyUnit() {
        if (!unit.money()) {
            throw new IllegalArgumentException("Rounding step '" + name + "' rounds to " + unit.label()
                    + ", which is not a money unit");
        }
    }
}
