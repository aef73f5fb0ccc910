package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/**
 * The BTW-compensatiefonds under its plafond (normering.md §5): the plafond of a base year,
 * the taakmutaties that move it, and the declaraties of gemeenten and provincies per stand
 * (forecast at a Miljoenennota, realised at the Financieel Jaarverslag).
 *
 * <pre>{@code
 * BcfInvoer bcf = new BcfInvoer(BudgetYear.of(2015), Amounts.mln("3000"), null, declaratiesGemeenten,
 *         declaratiesProvincies, BcfInvoer.PlafondMaatstaf.GEWOGEN, "Miljoenennota 2017, BCF");
 * }</pre>
 *
 * @param plafondMaatstaf which accres % moves the plafond when GF and PF differ (not public): the
 *                        two parts of the plafond each with their fund's % weighted by the declared
 *                        shares (default), or the GF or PF % for the whole
 */
public record BcfInvoer(BudgetYear basisjaar, MonetaryAmount basisplafond, YearSeries taakmutaties,
        StandSeries declaratiesGemeenten, StandSeries declaratiesProvincies, PlafondMaatstaf plafondMaatstaf, String bron) {
    /**
     * Checks the components.
     *
     * @param basisjaar the year of the base ceiling
     * @param basisplafond the ceiling in the base year
     * @param taakmutaties task changes to the ceiling per year, or null
     * @param declaratiesGemeenten the gemeenten's declarations per stand
     * @param declaratiesProvincies the provincies' declarations per stand
     * @param plafondMaatstaf which accres % moves the ceiling
     * @param bron the source
     */
    public BcfInvoer {
        Objects.requireNonNull(basisjaar, "basisjaar");
        Objects.requireNonNull(basisplafond, "basisplafond");
        Objects.requireNonNull(declaratiesGemeenten, "declaratiesGemeenten");
        Objects.requireNonNull(declaratiesProvincies, "declaratiesProvincies");
        Objects.requireNonNull(plafondMaatstaf, "plafondMaatstaf");
        Objects.requireNonNull(bron, "bron");
    }

    /** Which % moves the plafond. */
    public enum PlafondMaatstaf {
        /** The GF and PF % weighted by the funds' grondslag, the GF %, or the PF %. */
        /** The GF and PF accres % weighted by the funds' grondslag. */
        GEWOGEN,
        /** The accres % of the Gemeentefonds. */
        GF,
        /** The accres % of the Provinciefonds. */
        PF
    }
}
