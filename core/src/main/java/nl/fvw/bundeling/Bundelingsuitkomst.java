package nl.fvw.bundeling;

import java.util.List;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.YearSeries;

/** A computed bundling, year by year, and what it means for the normering of the fund. */
public record Bundelingsuitkomst(Bundeling bundeling, Ingroeipad ingroeipad, List<Bundelingsjaar> jaren) {
    public Bundelingsuitkomst {
        jaren = List.copyOf(jaren);
    }

    /** The amount transferred per year: the stand mutation of the fund (a taakmutatie in its level). */
    public YearSeries overgeheveld() {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        jaren.forEach(j -> m.put(j.jaar(), j.overgeheveld()));
        return YearSeries.of(m);
    }

    /**
     * What joins the accres grondslag (bundeling.md): for the algemene uitkering, and an
     * integratie-uitkering from the year it joins the AU, the amount transferred from
     * {@code grondslagVanaf} on (zero before); for a DU, brede doeluitkering or envelope nothing.
     */
    public YearSeries grondslagmutaties() {
        Bundeling b = bundeling;
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (Bundelingsjaar j : jaren) {
            boolean inAu = b.doel() == Doel.ALGEMENE_UITKERING
                    || (b.doel() == Doel.INTEGRATIE_UITKERING && !j.jaar().isBefore(b.auVanaf()));
            boolean joins = inAu && b.grondslagVanaf() != null && !j.jaar().isBefore(b.grondslagVanaf());
            m.put(j.jaar(), joins ? j.overgeheveld() : Amounts.zeroEur());
        }
        return YearSeries.of(m);
    }

    public Bundelingsjaar jaar(BudgetYear y) {
        return jaren.stream().filter(j -> j.jaar().equals(y)).findFirst().orElseThrow(
                () -> new nl.fvw.FvwException("Bundling '" + bundeling.naam() + "' covers " + bundeling.startjaar() + "-"
                        + bundeling.totJaar() + ", not " + y));
    }
}
