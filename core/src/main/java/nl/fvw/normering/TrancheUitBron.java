package nl.fvw.normering;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.Input;
import nl.fvw.explain.Value;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * A tranche where the source prints only the amount: the amount of the latest stand at or before
 * the stand computed that prints it, plus every bijstelling printed after that stand (normering.md
 * §2: stand_new = stand_old + mutaties).
 */
final class TrancheUitBron {
    private TrancheUitBron() {
    }

    /** The printed tranche and the stand it is printed at (its bijstellingen after that stand included). */
    record Gedrukt(MonetaryAmount bedrag, Stand stand) {
    }

    /**
     * The tranche of {@code y} as published at or before {@code s}; {@link Fondsinvoer} already
     * refused a bijstelling with no tranche before it.
     *
     * @throws FvwException when no tranche of that year is published at or before the stand
     */
    static Gedrukt bedrag(Fondsinvoer fi, BudgetYear y, Stand s, Explanation.Builder tb) {
        Stand baseStand = fi.gepubliceerdeTranches().sourceStand(y, s);
        if (baseStand == null) {
            throw new FvwException("No " + fi.fonds().naam() + " tranche " + y + " is published at or before stand " + s
                    + (fi.gepubliceerdeTranches().stands().isEmpty() ? ""
                            : " (tranches are given at: " + fi.gepubliceerdeTranches().stands().keySet() + ")"));
        }
        MonetaryAmount total = fi.gepubliceerdeTranches().value(y, baseStand);
        if (tb.isOn()) {
            tb.input(new Input("tranche " + y, Value.mln(total), baseStand, fi.bron()));
        }
        boolean changed = false;
        NavigableMap<Stand, YearSeries> changes = fi.trancheBijstellingen() == null ? new TreeMap<>()
                : fi.trancheBijstellingen().stands().subMap(baseStand, false, s, true);
        for (Map.Entry<Stand, YearSeries> e : changes.entrySet()) {
            if (e.getValue().contains(y)) {
                MonetaryAmount b = e.getValue().get(y);
                total = Amounts.add(total, b);
                changed = true;
                if (tb.isOn()) {
                    tb.input(new Input("bijstelling tranche " + y, Value.mln(b), e.getKey(), fi.bron()));
                }
            }
        }
        tb.formula(changed ? "tranche = gepubliceerde tranche + gepubliceerde bijstellingen (de bron geeft geen %)"
                : "tranche zoals gepubliceerd (de bron geeft geen %)");
        return new Gedrukt(total, baseStand);
    }
}
