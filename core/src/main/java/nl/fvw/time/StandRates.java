package nl.fvw.time;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
    private final Map<BudgetYear, Jaarreeks> byYear;

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
    }

    private StandRates(String naam, String bron, NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand) {
        this.naam = Objects.requireNonNull(naam, "naam");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.byStand = Collections.unmodifiableNavigableMap(byStand);
        Map<BudgetYear, List<Stand>> stands = new HashMap<>();
        byStand.forEach((stand, rates) -> rates.keySet().forEach(y -> stands.computeIfAbsent(y, k -> new ArrayList<>())
                .add(stand)));
        Map<BudgetYear, Jaarreeks> index = new HashMap<>();
        stands.forEach((y, l) -> index.put(y, new Jaarreeks(l.toArray(Stand[]::new),
                l.stream().map(st -> byStand.get(st).get(y)).toArray(BigDecimal[]::new))));
        this.byYear = index;
    }

    /**
     * A table with no stand yet.
     *
     * @param naam what the rates are, for messages ("reële bbp-groei")
     * @param bron where they come from
     * @return the empty table
     */
    public static StandRates empty(String naam, String bron) {
        return new StandRates(naam, bron, new TreeMap<>());
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
        TreeMap<Stand, SortedMap<BudgetYear, BigDecimal>> m = new TreeMap<>(byStand);
        m.put(stand, Collections.unmodifiableSortedMap(new TreeMap<>(rates)));
        return new StandRates(naam, bron, m);
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
        Jaarreeks r = byYear.get(year);
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
        Jaarreeks r = byYear.get(year);
        int i = r == null ? -1 : r.at(stand);
        if (i < 0) {
            throw new FvwException(naam + ": no figure for " + year + " is known at stand " + stand
                    + (byStand.isEmpty() ? " (none given)" : " (stands given: " + byStand.keySet() + ")"));
        }
        return r.rates()[i];
    }
}
