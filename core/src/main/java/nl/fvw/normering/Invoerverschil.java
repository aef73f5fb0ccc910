package nl.fvw.normering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * Where two inputs part: the earliest stand at which their series (aggregates, published accres %, bbp,
 * lpo) differ, when all the rest is the same. A figure at a stand reads only what is known at that stand
 * (a series' stands up to it: normering.md §2, a figure is the year and the stand it was known at), so
 * every figure at an earlier stand is the same for both: the draws of a Monte Carlo, which perturb the
 * series of one stand, share those. Compared by identity, as a draw is made from its input: a series
 * that is equal but made anew counts as different, which costs a computation and never a wrong figure.
 *
 * @param zelfdeOpzet whether everything but the series' values is the same (funds, items, parameters,
 *                    choices, stands, ranges, years, and which series are given at which stands)
 * @param vanaf the earliest stand at which a series differs, or null when none does
 */
record Invoerverschil(boolean zelfdeOpzet, Stand vanaf) {
    /** The series of rates per stand an input gives. */
    private static final List<Function<Normeringsinvoer, StandRates>> TARIEVEN = List.of(Normeringsinvoer::gepubliceerdAccres,
            Normeringsinvoer::bbpVolume, Normeringsinvoer::bbpPrijs, Normeringsinvoer::lpo);

    /**
     * Whether a figure at {@code s} is the same for both inputs.
     *
     * @param s a stand
     * @return true when nothing either input gives at or before {@code s} differs
     */
    boolean zelfdeOp(Stand s) {
        return zelfdeOpzet && (vanaf == null || s.isBefore(vanaf));
    }

    /**
     * Where {@code a} and {@code b} part.
     *
     * @param a an input
     * @param b another
     * @return the comparison
     */
    static Invoerverschil van(Normeringsinvoer a, Normeringsinvoer b) {
        boolean opzet = a.posten() == b.posten() && a.parameters() == b.parameters() && a.bcf() == b.bcf()
                && a.bbpKeuzes().equals(b.bbpKeuzes()) && a.standen().equals(b.standen()) && a.zelfdeBereik(b)
                && zelfde(a.fondsen(), b.fondsen()) && a.aggregaten().size() == b.aggregaten().size();
        if (!opzet) {
            return new Invoerverschil(false, null);
        }
        Stand vanaf = null;
        for (int i = 0; i < a.aggregaten().size(); i++) {
            Uitgavenaggregaat x = a.aggregaten().get(i);
            Uitgavenaggregaat y = b.aggregaten().get(i);
            if (x != y) {
                if (!x.getNaam().equals(y.getNaam()) || !x.getStand().equals(y.getStand())) {
                    return new Invoerverschil(false, null);
                }
                vanaf = eerste(vanaf, x.getStand());
            }
        }
        for (Function<Normeringsinvoer, StandRates> reeks : TARIEVEN) {
            StandRates x = reeks.apply(a);
            StandRates y = reeks.apply(b);
            if (x == y) {
                continue;
            }
            if (!x.naam().equals(y.naam()) || !x.bron().equals(y.bron()) || !x.stands().keySet().equals(y.stands().keySet())) {
                return new Invoerverschil(false, null);
            }
            for (Map.Entry<Stand, SortedMap<BudgetYear, BigDecimal>> e : x.stands().entrySet()) {
                if (e.getValue() != y.stands().get(e.getKey())) {
                    vanaf = eerste(vanaf, e.getKey());
                    break;   // the stands are in order: a later difference is later
                }
            }
        }
        return new Invoerverschil(true, vanaf);
    }

    private static boolean zelfde(Map<Fonds, Fondsinvoer> a, Map<Fonds, Fondsinvoer> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<Fonds, Fondsinvoer> e : a.entrySet()) {
            if (e.getValue() != b.get(e.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static Stand eerste(Stand a, Stand b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
