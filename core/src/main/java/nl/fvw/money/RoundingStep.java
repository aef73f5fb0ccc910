package nl.fvw.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.RoundingRecord;

/**
 * A named rounding: the unit, the mode and the source that prescribes it. fvw computes at
 * full precision and rounds only through a step like this, which records itself.
 *
 * <pre>{@code
 * RoundingStep uf = new RoundingStep("uitkeringsfactor", RoundingUnit.DRIE_DECIMALEN,
 *         RoundingMode.HALF_UP, "Bfv 2001 art. 1c; septembercirculaire: 3 decimalen");
 * BigDecimal factor = uf.round(new BigDecimal("1.47849"), explanation);   // 1.478, recorded
 * }</pre>
 */
public record RoundingStep(String name, RoundingUnit unit, RoundingMode mode, String source) {

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
     * Rounds and records the step in {@code explanation} (which may be {@link Explanation#off()}).
     *
     * @param value the exact value
     * @param explanation where the rounding is recorded
     * @return the rounded value
     */
    public BigDecimal round(BigDecimal value, Explanation.Builder explanation) {
        BigDecimal rounded = round(value);
        explanation.rounding(record(value, rounded));
        return rounded;
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

    /**
     * Rounds an amount and records the step.
     *
     * @param amount the exact amount
     * @param explanation where the rounding is recorded
     * @return the rounded amount
     */
    public MonetaryAmount round(MonetaryAmount amount, Explanation.Builder explanation) {
        requireMoneyUnit();
        return Amounts.of(round(Amounts.value(amount), explanation), amount.getCurrency());
    }

    /**
     * The record of one application of this step, for an explanation.
     *
     * @param before the exact value
     * @param after the rounded value
     * @return the record
     */
    public RoundingRecord record(BigDecimal before, BigDecimal after) {
        return new RoundingRecord(name, unit.label(), mode, source, before, after);
    }

    private void requireMoneyUnit() {
        if (!unit.money()) {
            throw new IllegalArgumentException("Rounding step '" + name + "' rounds to " + unit.label()
                    + ", which is not a money unit");
        }
    }
}
