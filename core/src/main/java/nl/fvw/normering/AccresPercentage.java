package nl.fvw.normering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Value;
import nl.fvw.money.RoundingStep;
import nl.fvw.money.RoundingUnit;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The accres % of a budget year at a stand, as an exact fraction (0.0086 is 0,86 %), with its
 * explanation; {@code fonds} is null when the % is common to both funds, as under the
 * rekenregel. {@link #published()} is the figure as budget documents print it.
 *
 * <pre>{@code
 * AccresPercentage a = result.accres(FigureName.parse("accres 2014 stand Miljoenennota 2012"));
 * BigDecimal gedrukt = a.published();   // 2.41 (percent, two decimals)
 * BigDecimal exact = a.fraction();      // 0.02414390983961855223233636757693975
 * }</pre>
 */
public record AccresPercentage(Fonds fonds, BudgetYear jaar, Stand stand, BigDecimal fraction, Explanation explanation)
        implements Figuur {
    /** Percent with two decimals, half-up: how the Miljoenennota prints the accres %. */
    public static final RoundingStep PUBLICATIE = new RoundingStep("accres % zoals gepubliceerd",
            RoundingUnit.PROCENT_2DEC, RoundingMode.HALF_UP, "Miljoenennota, bijlage: accres % met twee decimalen");

    /**
     * Checks the components.
     *
     * @param fonds the fund, or null where one % holds for both
     * @param jaar the budget year
     * @param stand the stand it is computed at
     * @param fraction the accres as an exact fraction (0.0241 is 2,41 %)
     * @param explanation how it was computed
     */
    public AccresPercentage {
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(stand, "stand");
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * One % for both funds.
     *
     * @param jaar the budget year
     * @param stand the stand it is computed at
     * @param fraction the accres as an exact fraction
     * @param explanation how it was computed
     */
    public AccresPercentage(BudgetYear jaar, Stand stand, BigDecimal fraction, Explanation explanation) {
        this(null, jaar, stand, fraction, explanation);
    }

    /** The name this figure is known by: "accres 2013 stand Miljoenennota 2012", "GF accres 2024 stand …". */
    @Override
    public FigureName name() {
        return new FigureName(fonds == null ? null : fonds.code(), "accres", jaar, stand);
    }

    @Override
    public Value value() {
        return Value.rate(fraction);
    }

    /**
     * The percentage as printed: two decimals, in percent.
     *
     * @return −0.52 for −0,52 %
     */
    public BigDecimal published() {
        return PUBLICATIE.round(fraction).movePointRight(2);
    }

    /**
     * The same % for one fund, as when the funds part ways.
     *
     * @param f the fund
     * @param e the explanation for that fund
     * @return the fund's accres
     */
    public AccresPercentage forFund(Fonds f, Explanation e) {
        return new AccresPercentage(f, jaar, stand, fraction, e);
    }

    @Override
    public String toString() {
        return name() + " = " + fraction.movePointRight(2).toPlainString() + " %";
    }
}
