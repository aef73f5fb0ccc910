package nl.fvw.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The unit a figure is rounded to: its quantum (the smallest step, in euro or as a fraction
 * for rates) and the label budget tables print.
 *
 * <p>Money units: {@link #CENT}, {@link #EURO}, {@link #DUIZEND} (x € 1.000, the unit of
 * begroting tables), {@link #MLN_1DEC} (€ mln with one decimal, the unit of Miljoenennota and
 * Voorjaarsnota tables). Rate units: {@link #PROCENT_2DEC} (a percentage with two decimals,
 * as the accres % is published), {@link #DRIE_DECIMALEN} (the uitkeringsfactor).
 *
 * <pre>{@code
 * boolean heel = RoundingUnit.CENT.divides(new BigDecimal("12.345"));                    // false
 * BigDecimal mln = RoundingUnit.MLN_1DEC.printed(new BigDecimal("1234500000"));         // 1234.5
 * }</pre>
 */
public record RoundingUnit(String label, BigDecimal quantum, boolean money, BigDecimal printUnit) {
    /** One cent. */
    public static final RoundingUnit CENT = new RoundingUnit("cent", new BigDecimal("0.01"), true, BigDecimal.ONE);
    /** One euro. */
    public static final RoundingUnit EURO = new RoundingUnit("€", BigDecimal.ONE, true, BigDecimal.ONE);
    /** A thousand euro: the unit of begroting tables. */
    public static final RoundingUnit DUIZEND = new RoundingUnit("x € 1.000", new BigDecimal("1000"), true,
            new BigDecimal("1000"));
    /** € 0,1 mln: € mln with one decimal, the unit of Miljoenennota and Voorjaarsnota tables. */
    public static final RoundingUnit MLN_1DEC = new RoundingUnit("€ mln (1 decimaal)", new BigDecimal("100000"), true,
            new BigDecimal("1000000"));
    /** 0,01 %: a percentage with two decimals, as the accres % is published. */
    public static final RoundingUnit PROCENT_2DEC = new RoundingUnit("% (2 decimalen)", new BigDecimal("0.0001"), false,
            new BigDecimal("0.01"));
    /** 0,001: the uitkeringsfactor as published. */
    public static final RoundingUnit DRIE_DECIMALEN = new RoundingUnit("3 decimalen", new BigDecimal("0.001"), false,
            BigDecimal.ONE);

    /**
     * Checks the components.
     *
     * @param label how the unit is named
     * @param quantum the unit as a number (0.01 for a cent)
     * @param money whether it is a unit of money (else of a rate)
     * @param printUnit what one printed unit is worth: 1000000 for amounts printed in € mln, 0.01 for a
     *                  rate printed in percent
     */
    public RoundingUnit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quantum, "quantum");
        Objects.requireNonNull(printUnit, "printUnit");
        if (quantum.signum() <= 0 || printUnit.signum() <= 0) {
            throw new IllegalArgumentException("A rounding unit must be positive, got " + quantum.toPlainString());
        }
    }

    /**
     * The decimals a value rounded to this unit has when printed: 1 for € mln with one decimal, 0 for x € 1.000.
     *
     * @return the printed decimals
     */
    public int printDecimals() {
        BigDecimal unit = printUnit.stripTrailingZeros();
        // a power of ten (every shipped unit): the exact quotient by moving the point, not a long division
        BigDecimal q = unit.unscaledValue().equals(BigInteger.ONE) ? quantum.movePointRight(unit.scale())
                : quantum.divide(printUnit);
        return Math.max(0, q.stripTrailingZeros().scale());
    }

    /**
     * A value rounded to this unit, in the unit it is printed in.
     *
     * @param rounded a whole number of this unit (euro, or a fraction)
     * @return the printed number: 1.234,5 for € 1.234.500.000 in € mln
     * @throws ArithmeticException when the value is not a whole number of this unit
     */
    public BigDecimal printed(BigDecimal rounded) {
        return rounded.divide(printUnit).setScale(printDecimals(), java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Whether {@code value} is a whole number of this unit.
     *
     * @param value the value
     * @return true when it needs no rounding
     */
    public boolean divides(BigDecimal value) {
        return value.remainder(quantum).signum() == 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
