package nl.fvw.time;

import java.math.BigDecimal;
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
 */
public final class StandRates {
    private final String naam;
    private final String bron;
    private final NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand;

    private StandRates(String naam, String bron, NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> byStand) {
        this.naam = Objects.requireNonNull(naam, "naam");
        this.bron = Objects.requireNonNull(bron, "bron");
        this.byStand = Collections.unmodifiableNavigableMap(byStand);
    }

    public static StandRates empty(String naam, String bron) {
        return new StandRates(naam, bron, new TreeMap<>());
    }

    /** This table plus the rates published at {@code stand}; a stand may be given once. */
    public StandRates with(Stand stand, Map<BudgetYear, BigDecimal> rates) {
        if (byStand.containsKey(stand)) {
            throw new FvwException(naam + ": stand " + stand + " is given twice");
        }
        TreeMap<Stand, SortedMap<BudgetYear, BigDecimal>> m = new TreeMap<>(byStand);
        m.put(stand, Collections.unmodifiableSortedMap(new TreeMap<>(rates)));
        return new StandRates(naam, bron, m);
    }

    public String naam() {
        return naam;
    }

    public String bron() {
        return bron;
    }

    public boolean isEmpty() {
        return byStand.isEmpty();
    }

    public NavigableMap<Stand, SortedMap<BudgetYear, BigDecimal>> stands() {
        return byStand;
    }

    /** The stand the rate of {@code year} comes from when known at {@code stand}, or null. */
    public Stand sourceStand(BudgetYear year, Stand stand) {
        for (Map.Entry<Stand, SortedMap<BudgetYear, BigDecimal>> e : byStand.headMap(stand, true).descendingMap()
                .entrySet()) {
            if (e.getValue().containsKey(year)) {
                return e.getKey();
            }
        }
        return null;
    }

    public boolean knows(BudgetYear year, Stand stand) {
        return sourceStand(year, stand) != null;
    }

    /** The rate of {@code year} as known at {@code stand}; an error naming both when unknown. */
    public BigDecimal knownAt(BudgetYear year, Stand stand) {
        Stand from = sourceStand(year, stand);
        if (from == null) {
            throw new FvwException(naam + ": no figure for " + year + " is known at stand " + stand
                    + (byStand.isEmpty() ? " (none given)" : " (stands given: " + byStand.keySet() + ")"));
        }
        return byStand.get(from).get(year);
    }
}
