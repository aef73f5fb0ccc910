package nl.fvw.time;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;

/**
 * A figure on two time axes: per budget year, as published at each stand. "As known at stand
 * S" takes, for every year, the amount of the latest stand at or before S that covers the
 * year; a bijstelling is the difference between two such views of one year.
 *
 * <pre>{@code
 * StandSeries accres = StandSeries.empty()
 *         .with(Stand.parse("Miljoenennota 2024"), raming2024)
 *         .with(Stand.parse("Voorjaarsnota 2024"), raming2024Vjn);
 * MonetaryAmount b = accres.bijstelling(BudgetYear.of(2025),
 *         Stand.parse("Miljoenennota 2024"), Stand.parse("Voorjaarsnota 2024"));
 * }</pre>
 */
public final class StandSeries {
    private final NavigableMap<Stand, YearSeries> byStand;

    private StandSeries(NavigableMap<Stand, YearSeries> byStand) {
        this.byStand = Collections.unmodifiableNavigableMap(byStand);
    }

    /**
     * A store with no stand yet.
     *
     * @return the empty store
     */
    public static StandSeries empty() {
        return new StandSeries(new TreeMap<>());
    }

    /**
     * This store plus the series published at {@code stand}; a stand may be given once.
     *
     * @param stand the stand
     * @param series the amounts per year published at it
     * @return the larger store
     */
    public StandSeries with(Stand stand, YearSeries series) {
        Objects.requireNonNull(stand, "stand");
        Objects.requireNonNull(series, "series");
        if (byStand.containsKey(stand)) {
            throw new FvwException("Stand " + stand + " is given twice");
        }
        if (!byStand.isEmpty()) {
            YearSeries any = byStand.firstEntry().getValue();
            Amounts.requireSameCurrency(Amounts.zero(any.currency()), Amounts.zero(series.currency()),
                    "stand " + stand);
        }
        TreeMap<Stand, YearSeries> m = new TreeMap<>(byStand);
        m.put(stand, series);
        return new StandSeries(m);
    }

    /**
     * The series per stand.
     *
     * @return an unmodifiable map in publication order
     */
    public NavigableMap<Stand, YearSeries> stands() {
        return byStand;
    }

    /**
     * The amount of {@code year} as published at exactly {@code stand}.
     *
     * @param year the year
     * @param stand the stand
     * @return the amount
     * @throws nl.fvw.FvwException when that stand does not give the year
     */
    public MonetaryAmount value(BudgetYear year, Stand stand) {
        YearSeries s = byStand.get(stand);
        if (s == null) {
            throw new FvwException("No figures at stand " + stand + " (known: " + byStand.keySet() + ")");
        }
        if (!s.contains(year)) {
            throw new FvwException("Stand " + stand + " has no figure for " + year + " (it covers "
                    + s.firstYear() + "-" + s.lastYear() + ")");
        }
        return s.get(year);
    }

    /**
     * The amount of {@code year} from the latest stand at or before {@code stand} that covers it.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the amount as known then
     * @throws nl.fvw.FvwException when no such stand covers the year
     */
    public MonetaryAmount knownAt(BudgetYear year, Stand stand) {
        Stand source = sourceStand(year, stand);
        if (source == null) {
            throw new FvwException("No figure for " + year + " is known at stand " + stand);
        }
        return byStand.get(source).get(year);
    }

    /**
     * The stand the amount of {@code year} comes from when known at {@code stand}.
     *
     * @param year the year
     * @param stand the stand of the question
     * @return the latest stand at or before it that gives the year, or null
     */
    public Stand sourceStand(BudgetYear year, Stand stand) {
        for (Stand s = byStand.floorKey(stand); s != null; s = byStand.lowerKey(s)) {
            if (byStand.get(s).contains(year)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Every year any stand at or before {@code stand} covers, each from the latest such stand.
     *
     * @param stand the stand of the question
     * @return the series as known then
     */
    public YearSeries asKnownAt(Stand stand) {
        NavigableMap<Stand, YearSeries> known = byStand.headMap(stand, true);
        if (known.isEmpty()) {
            throw new FvwException("No figures are known at stand " + stand + "; the first stand is "
                    + (byStand.isEmpty() ? "(none)" : byStand.firstKey()));
        }
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (YearSeries s : known.values()) {
            m.putAll(s.asMap());
        }
        return YearSeries.of(m);
    }

    /**
     * Bijstelling of {@code year} between two stands: known at {@code to} minus known at {@code from}.
     *
     * @param year the year
     * @param from the earlier stand
     * @param to the later stand
     * @return the bijstelling
     */
    public MonetaryAmount bijstelling(BudgetYear year, Stand from, Stand to) {
        if (to.isBefore(from)) {
            throw new FvwException("Stands out of order: " + to + " comes before " + from);
        }
        return Amounts.subtract(knownAt(year, to), knownAt(year, from));
    }
}
