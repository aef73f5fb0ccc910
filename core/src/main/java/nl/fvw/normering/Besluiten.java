package nl.fvw.normering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The decisions the rules took, with the layering of normering.md §3: for fund F, year Y, as
 * known at stand S, the decision of a kind taken latest at or before S wins. Two different
 * decisions of one kind for the same fund and year, taken at the same stand, are an error.
 *
 * <pre>{@code
 * Besluit vast = uitkomst.besluiten().vastzetting(Fonds.GEMEENTEFONDS, BudgetYear.of(2023), Stand.parse("Voorjaarsnota 2022"));
 * // null when the accres of that year is not fixed
 * }</pre>
 */
public final class Besluiten {
    private final List<Besluit> all;

    /**
     * The decisions of one evaluation; conflicting decisions of one stand are an error.
     *
     * @param all every decision the rules took
     */
    public Besluiten(List<Besluit> all) {
        this.all = List.copyOf(all);
        check();
    }

    private void check() {
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                Besluit a = all.get(i);
                Besluit b = all.get(j);
                if (a.fonds() == b.fonds() && a.jaar().equals(b.jaar()) && Objects.equals(a.besloten(), b.besloten())
                        && kind(a) == kind(b) && !a.inhoud().equals(b.inhoud())) {
                    throw new FvwException("Rules " + a.regel().id() + " and " + b.regel().id() + " decide differently on the "
                            + (kind(a) == Besluit.Berekening.class ? "computation" : "fixing") + " of the "
                            + a.fonds().naam() + " accres " + a.jaar() + ", both "
                            + (a.besloten() == null ? "as standing rule" : "at " + a.besloten())
                            + ": " + a.inhoud() + " against " + b.inhoud());
                }
            }
        }
    }

    private static Class<?> kind(Besluit b) {
        return b.inhoud() instanceof Besluit.Berekening ? Besluit.Berekening.class : Besluit.Vastzetting.class;
    }

    /**
     * Every decision.
     *
     * @return the decisions
     */
    public List<Besluit> all() {
        return Collections.unmodifiableList(all);
    }

    /**
     * The computation that applies: the latest decision in force.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand computed
     * @return the decision
     * @throws nl.fvw.FvwException when no rule decided one
     */
    public Besluit berekening(Fonds fonds, BudgetYear jaar, Stand stand) {
        Besluit b = latest(fonds, jaar, stand, Besluit.Berekening.class);
        if (b == null) {
            throw new FvwException("No rule decides how the " + fonds.naam() + " accres " + jaar + " is computed at stand "
                    + stand + "; the rules in force cover " + covered(fonds, stand));
        }
        return b;
    }

    /**
     * The fixing that applies.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand computed
     * @return the decision, or null when nothing is fixed
     */
    public Besluit vastzetting(Fonds fonds, BudgetYear jaar, Stand stand) {
        Besluit b = latest(fonds, jaar, stand, Besluit.Vastzetting.class);
        return b == null || b.inhoud() instanceof Besluit.NietVast ? null : b;
    }

    /**
     * Decisions of the same kind, fund and year that the winner overrules at {@code stand}.
     *
     * @param winner the decision that applies
     * @param stand the stand computed
     * @return the overruled decisions, for the explanation
     */
    public List<Besluit> overruled(Besluit winner, Stand stand) {
        List<Besluit> out = new ArrayList<>();
        for (Besluit b : all) {
            if (b != winner && b.fonds() == winner.fonds() && b.jaar().equals(winner.jaar()) && kind(b) == kind(winner)
                    && b.inForceAt(stand)) {
                out.add(b);
            }
        }
        return out;
    }

    private Besluit latest(Fonds fonds, BudgetYear jaar, Stand stand, Class<?> kind) {
        Besluit best = null;
        for (Besluit b : all) {
            if (b.fonds() == fonds && b.jaar().equals(jaar) && kind(b) == kind && b.inForceAt(stand)
                    && (best == null || later(b, best))) {
                best = b;
            }
        }
        return best;
    }

    private static boolean later(Besluit a, Besluit b) {
        if (a.besloten() == null) {
            return false;
        }
        return b.besloten() == null || a.besloten().isAfter(b.besloten());
    }

    private String covered(Fonds fonds, Stand stand) {
        List<Integer> years = all.stream().filter(b -> b.fonds() == fonds && b.inForceAt(stand)
                && b.inhoud() instanceof Besluit.Berekening).map(b -> b.jaar().value()).distinct().sorted().toList();
        return years.isEmpty() ? "no years" : years.get(0) + "-" + years.get(years.size() - 1);
    }
}
