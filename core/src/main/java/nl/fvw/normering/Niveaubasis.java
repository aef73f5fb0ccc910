package nl.fvw.normering;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * The level of a fund without its tranches, kortingen and incidentals, as known at each stand: one
 * amount for every year, or one per year (a fund's printed stand less what fvw computes itself). At a
 * stand it is the basis of the latest stand at or before it that gives the year.
 *
 * <pre>{@code
 * Niveaubasis b = Niveaubasis.empty().with(Stand.parse("Ontwerpbegroting 2022"), Amounts.mln("2300"))
 *         .with(Stand.parse("Ontwerpbegroting 2023"), perJaar);
 * }</pre>
 */
public final class Niveaubasis {
    private final NavigableMap<Stand, Object> perStand;

    private Niveaubasis(NavigableMap<Stand, Object> perStand) {
        this.perStand = Collections.unmodifiableNavigableMap(perStand);
    }

    /**
     * No stand yet.
     *
     * @return the empty basis
     */
    public static Niveaubasis empty() {
        return new Niveaubasis(new TreeMap<>());
    }

    /**
     * This basis plus one amount for every year at a stand.
     *
     * @param stand the stand
     * @param bedrag the basis in every year
     * @return the larger basis
     */
    public Niveaubasis with(Stand stand, MonetaryAmount bedrag) {
        return put(stand, Objects.requireNonNull(bedrag, "bedrag"));
    }

    /**
     * This basis plus one amount per year at a stand.
     *
     * @param stand the stand
     * @param perJaar the basis per year
     * @return the larger basis
     */
    public Niveaubasis with(Stand stand, YearSeries perJaar) {
        return put(stand, Objects.requireNonNull(perJaar, "perJaar"));
    }

    private Niveaubasis put(Stand stand, Object value) {
        TreeMap<Stand, Object> m = new TreeMap<>(perStand);
        if (m.put(stand, value) != null) {
            throw new FvwException("The niveau basis at stand " + stand + " is given twice");
        }
        return new Niveaubasis(m);
    }

    /**
     * The stand whose basis holds for a year at a stand.
     *
     * @param jaar the year
     * @param stand the stand computed
     * @return the latest stand at or before it that gives the year, or null
     */
    public Stand bronstand(BudgetYear jaar, Stand stand) {
        for (Map.Entry<Stand, Object> e : perStand.headMap(stand, true).descendingMap().entrySet()) {
            if (e.getValue() instanceof MonetaryAmount || ((YearSeries) e.getValue()).contains(jaar)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The basis of a year as known at a stand.
     *
     * @param jaar the year
     * @param stand the stand computed
     * @return the amount, or null when no stand at or before it gives the year
     */
    public MonetaryAmount at(BudgetYear jaar, Stand stand) {
        Stand s = bronstand(jaar, stand);
        if (s == null) {
            return null;
        }
        Object v = perStand.get(s);
        return v instanceof MonetaryAmount a ? a : ((YearSeries) v).get(jaar);
    }

    /**
     * The stands that give a basis.
     *
     * @return the stands, in publication order
     */
    public java.util.NavigableSet<Stand> standen() {
        return perStand.navigableKeySet();
    }
}
