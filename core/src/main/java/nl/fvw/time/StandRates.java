package nl.fvw.time;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.fvw.FvwException;

/**
 * Rates (fractions: 0.0242 is 2,42 %) per budget year as published at each stand, such as an
 * accres % that a source prints without its aggregate, real GDP growth, the GDP deflator or the
 * loon- en prijsbijstelling. "Known at stand S" takes the latest stand at or before S that
 * gives the year, like {@link StandSeries}.
 *
 * <pre>{@code
 * StandRates lpo = StandRates.empty("loon- en prijsbijstelling", "Voorjaarsnota 2024")
 *         .with(Stand.parse("Voorjaarsnota 2024"), Map.of(BudgetYear.of(2025), new BigDecimal("0.025")));
 * BigDecimal r = lpo.knownAt(BudgetYear.of(2025), Stand.parse("Miljoenennota 2025"));   // 0.025
 * }</pre>
 */
public final class StandRates {
    private final String naam;
    private final String bron;
    private final NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand;
    /** The per-year index, made at the first question (a table built stand by stand is not indexed in between). */
    private Index index;

    /** The stands that give a year, in publication order, and the rate each gives. */
    private record Jaarreeks(Stand[] stands, BigDecimal[] rates) {
        /** The index of the latest stand at or before {@code stand}, or −1. */
        int at(Stand stand) {
            for (int i = stands.length - 1; i >= 0; i--) {
                if (!stands[i].isAfter(stand)) {
                    return i;
                }
            }
            return -1;
        }

        /** These and a later stand's rate. */
        Jaarreeks plus(Stand stand, BigDecimal rate) {
            Stand[] st = Arrays.copyOf(stands, stands.length + 1);
            BigDecimal[] r = Arrays.copyOf(rates, rates.length + 1);
            st[stands.length] = stand;
            r[rates.length] = rate;
            return new Jaarreeks(st, r);
        }
    }

    /** The rates per year, by position from the first year given; its final fields publish it safely to every thread that reads the table. */
    private static final class Index {
        private final int eerste;
        /** At {@code year − eerste}: the stands that give that year, or null where none does. */
        private final Jaarreeks[] byYear;

        Index(NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand) {
            int van = BudgetYear.MAX;
            int tot = BudgetYear.MIN - 1;
            for (SortedMap<BudgetYear, BigDecimal> rates : byStand.values()) {
                if (!rates.isEmpty()) {
                    van = Math.min(van, rates.firstKey().value());
                    tot = Math.max(tot, rates.lastKey().value());
                }
            }
            Jaarreeks[] m = new Jaarreeks[Math.max(0, tot - van + 1)];
            for (Map.Entry<Stand, SortedMap<BudgetYear, BigDecimal>> e : byStand.entrySet()) {
                for (Map.Entry<BudgetYear, BigDecimal> r : e.getValue().entrySet()) {
                    int i = r.getKey().value() - van;
                    Jaarreeks j = m[i];
                    m[i] = j == null ? new Jaarreeks(new Stand[] {e.getKey()}, new BigDecimal[] {r.getValue()})
                            : j.plus(e.getKey(), r.getValue());
                }
            }
            this.eerste = van;
            this.byYear = m;
        }

        private Index(int eerste, Jaarreeks[] byYear) {
            this.eerste = eerste;
            this.byYear = byYear;
        }

        /** This index with the rates of {@code stand} replaced by {@code rates}, which give the same years as the stand did. */
        Index replacing(Stand stand, SortedMap<BudgetYear, BigDecimal> rates) {
            Jaarreeks[] m = byYear.clone();
            for (Map.Entry<BudgetYear, BigDecimal> r : rates.entrySet()) {
                int i = r.getKey().value() - eerste;
                Jaarreeks j = m[i];
                BigDecimal[] rs = j.rates().clone();
                rs[j.at(stand)] = r.getValue();   // the stand gives the year, so it is the latest at or before itself
                m[i] = new Jaarreeks(j.stands(), rs);
            }
            return new Index(eerste, m);
        }

        Jaarreeks get(BudgetYear year) {
            int i = year.value() - eerste;
            return i < 0 || i >= byYear.length ? null : byYear[i];
        }
    }

    private StandRates(String naam, String bron, NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand, Index index) {
        this.naam = Objects.requireNonNull(naam, "naam");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.byStand = Collections.unmodifiableNavigableMap(byStand);
        this.index = index;
    }

    /** The rates of a year by stand, or null when no stand gives the year. */
    private Jaarreeks jaar(BudgetYear year) {
        return index().get(year);
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(byStand);   // two threads may both make it; either is the same
            index = i;
        }
        return i;
    }

    /**
     * A table with no stand yet.
     *
     * @param naam what the rates are, for messages ("reële bbp-groei")
     * @param bron where they come from
     * @return the empty table
     */
    public static StandRates empty(String naam, String bron) {
        return new StandRates(naam, bron, new TreeMap<>(), null);
    }

    /**
     * This table plus the rates published at {@code stand}; a stand may be given once.
     *
     * @param stand the stand
     * @param rates the rates per year, as fractions (0.025 is 2,5 %)
     * @return the larger table
     */
    public StandRates with(Stand stand, Map<BudgetYear, BigDecimal> rates) {
        if (byStand.containsKey(stand)) {
            throw new FvwException(naam + ": stand " + stand + " is given twice");
        }
        return met(stand, rates);
    }

    /**
     * This table with the rates of a stand it gives replaced: a variant of one stand's forecasts.
     *
     * @param stand a stand of this table
     * @param rates the rates per year that replace that stand's, as fractions
     * @return the table with those rates at {@code stand}
     * @throws FvwException when the table does not give {@code stand}
     */
    public StandRates replacing(Stand stand, Map<BudgetYear, BigDecimal> rates) {
        if (!byStand.containsKey(stand)) {
            throw new FvwException(naam + ": stand " + stand + " is not given, so its rates cannot be replaced");
        }
        return met(stand, rates);
    }

    /**
     * This table with {@code rates} at {@code stand}, in place of what the stand gave; where the new rates give
     * the same years as the old (a perturbed forecast), the per-year index is this one's with those rates.
     */
    private StandRates met(Stand stand, Map<BudgetYear, BigDecimal> rates) {
        TreeMap<Stand, SortedMap<BudgetYear, BigDecimal>> m = new TreeMap<>(byStand);
        SortedMap<BudgetYear, BigDecimal> nieuw = Collections.unmodifiableSortedMap(new TreeMap<>(rates));
        SortedMap<BudgetYear, BigDecimal> oud = m.put(stand, nieuw);
        boolean zelfdeJaren = oud != null && oud.keySet().equals(nieuw.keySet());
        return new StandRates(naam, bron, m, zelfdeJaren ? index().replacing(stand, nieuw) : null);
    }

    /**
     * What the rates are.
     *
     * @return the name
     */
    public String naam() {
        return naam;
    }

    /**
     * Where the rates come from.
     *
     * @return the source
     */
    public String bron() {
        return bron;
    }

    /**
     * Whether no stand is given.
     *
     * @return true for an empty table
     */
    public boolean isEmpty() {
        return byStand.isEmpty();
    }

    /**
     * The rates per stand.
     *
     * @return an unmodifiable map in publication order
     */
    public NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> stands() {
        return byStand;
    }

    /**
     * The stand the rate of {@code year} comes from when known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the latest stand at or before it that gives the year, or null
     */
    public Stand sourceStand(BudgetYear year, Stand stand) {
        Jaarreeks r = jaar(year);
        int i = r == null ? -1 : r.at(stand);
        return i < 0 ? null : r.stands()[i];
    }

    /**
     * Whether the rate of {@code year} is known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return true when some stand at or before it gives the year
     */
    public boolean knows(BudgetYear year, Stand stand) {
        return sourceStand(year, stand) != null;
    }

    /**
     * The rate of {@code year} as known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the rate, as a fraction
     * @throws nl.fvw.FvwException naming both when unknown
     */
    public BigDecimal knownAt(BudgetYear year, Stand stand) {
        Jaarreeks r = jaar(year);
        int i = r == null ? -1 : r.at(stand);
        if (i < 0) {
            throw new FvwException(naam + ": no figure for " + year + " is known at stand " + stand
                    + (byStand.isEmpty() ? " (none given)" : " (stands given: " + byStand.keySet() + ")"));
        }
        return r.rates()[i];
    }
}
