package nl.fvw.bundeling;

import java.util.List;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.YearSeries;

/**
 * A computed bundling, year by year, and what it means for the normering of the fund.
 *
 * <pre>{@code
 * Bundelingsuitkomst u = FvwEngine.shipped().bundel(bundeling, true);
 * YearSeries naarHetFonds = u.overgeheveld();
 * Fondsinvoer gf = gemeentefonds.withBundeling(u);   // booked into the fund
 * }</pre>
 */
public record Bundelingsuitkomst(Bundeling bundeling, Ingroeipad ingroeipad, List<Bundelingsjaar> jaren,
        nl.fvw.explain.Provenance provenance) {
    /**
     * Checks the components.
     *
     * @param bundeling the decision
     * @param ingroeipad the phase-in the rules decided, or null
     * @param jaren the outcome per year
     * @param provenance the fvw version and the hashes of the rules
     */
    public Bundelingsuitkomst {
        jaren = List.copyOf(jaren);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * The same outcome with another provenance, as the engine gives it.
     *
     * @param p the provenance of the rules that decided the ingroeipad
     * @return the outcome with {@code p}
     */
    public Bundelingsuitkomst withProvenance(nl.fvw.explain.Provenance p) {
        return new Bundelingsuitkomst(bundeling, ingroeipad, jaren, p);
    }

    /**
     * The amount transferred per year: the stand mutation of the fund (a taakmutatie in its level).
     *
     * @return the transfer per year
     */
    public YearSeries overgeheveld() {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        jaren.forEach(j -> m.put(j.jaar(), j.overgeheveld()));
        return YearSeries.of(m);
    }

    /**
     * What joins the accres grondslag (bundeling.md), as an increment of the rolled-forward
     * grondslag: for the algemene uitkering, and an integratie-uitkering once it joins the AU, the
     * amount transferred in the year it joins ({@code grondslagVanaf}), zero in other years; from
     * then on it grows with the accres. A DU, brede doeluitkering or envelope joins nothing.
     *
     * @return the increment per year
     */
    public YearSeries grondslagmutaties() {
        BudgetYear joins = joiningYear();
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (Bundelingsjaar j : jaren) {
            m.put(j.jaar(), j.jaar().equals(joins) ? j.overgeheveld() : Amounts.zeroEur());
        }
        return YearSeries.of(m);
    }

    /**
     * The bundling as a taakmutatie in the fund's level: the amount transferred each year until it
     * joins the grondslag, then the amount of that year (its growth comes from the accres tranches).
     *
     * @return the taakmutatie per year
     */
    public YearSeries taakmutaties() {
        BudgetYear joins = joiningYear();
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        MonetaryAmount frozen = null;
        for (Bundelingsjaar j : jaren) {
            if (joins != null && !j.jaar().isBefore(joins)) {
                frozen = frozen == null ? j.overgeheveld() : frozen;
                m.put(j.jaar(), frozen);
            } else {
                m.put(j.jaar(), j.overgeheveld());
            }
        }
        return YearSeries.of(m);
    }

    /**
     * The year the amount joins the accres grondslag.
     *
     * @return the year, or null when it does not
     */
    public BudgetYear joiningYear() {
        Bundeling b = bundeling;
        if (b.grondslagVanaf() == null || b.doel() == Doel.DECENTRALISATIE_UITKERING || b.doel() == Doel.BREDE_DOELUITKERING
                || b.doel() == Doel.ENVELOP) {
            return null;
        }
        BudgetYear y = b.doel() == Doel.INTEGRATIE_UITKERING && b.auVanaf().isAfter(b.grondslagVanaf()) ? b.auVanaf()
                : b.grondslagVanaf();
        return y.isAfter(b.totJaar()) ? null : (y.isBefore(b.startjaar()) ? b.startjaar() : y);
    }

    /**
     * One year of the outcome.
     *
     * @param y the year
     * @return the year's outcome
     * @throws nl.fvw.FvwException when the bundling does not cover it
     */
    public Bundelingsjaar jaar(BudgetYear y) {
        return jaren.stream().filter(j -> j.jaar().equals(y)).findFirst().orElseThrow(
                () -> new nl.fvw.FvwException("Bundling '" + bundeling.naam() + "' covers " + bundeling.startjaar() + "-"
                        + bundeling.totJaar() + ", not " + y));
    }
}
