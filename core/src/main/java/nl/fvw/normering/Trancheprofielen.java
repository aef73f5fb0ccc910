package nl.fvw.normering;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 * Tranches as a source prints them over the years: per stand and tranche year, the amount the
 * tranche counts for in each budget year from its own year on (normering.md §2a). The Miljoenennota
 * 2023 prints the GF tranche 2023 as 2.674,0 in 2023-2025 and 1.358,6 / 1.320,1 in 2026 / 2027; the
 * Ontwerpbegroting 2023 of the Provinciefonds prints the bijstelling of tranche 2022 as −35.239 in
 * 2022-2025 and 0 from 2026. A year after the last printed one keeps the last printed amount.
 *
 * <pre>{@code
 * Trancheprofielen p = Trancheprofielen.empty().with(Trancheprofielen.Soort.TRANCHE, Stand.parse("Miljoenennota 2023"),
 *         BudgetYear.of(2023), profiel);   // 2023: 2674.0, …, 2026: 1358.6, 2027: 1320.1
 * }</pre>
 */
public final class Trancheprofielen {
    /** What a printed profile is of. */
    public enum Soort {
        /** The tranche itself. */
        TRANCHE,
        /** A bijstelling of the tranche, printed at a later stand. */
        BIJSTELLING
    }

    private final Map<Soort, NavigableMap<Stand, Map<BudgetYear, YearSeries>>> profielen;

    private Trancheprofielen(Map<Soort, NavigableMap<Stand, Map<BudgetYear, YearSeries>>> profielen) {
        this.profielen = profielen;
    }

    /**
     * No profiles.
     *
     * @return the empty set
     */
    public static Trancheprofielen empty() {
        Map<Soort, NavigableMap<Stand, Map<BudgetYear, YearSeries>>> m = new EnumMap<>(Soort.class);
        for (Soort s : Soort.values()) {
            m.put(s, Collections.unmodifiableNavigableMap(new TreeMap<>()));
        }
        return new Trancheprofielen(Collections.unmodifiableMap(m));
    }

    /**
     * These profiles and one more.
     *
     * @param soort a tranche or a bijstelling
     * @param stand the stand it is printed at
     * @param tranche the tranche's year
     * @param profiel the amount per budget year, starting in the tranche's year
     * @return the larger set
     * @throws FvwException when the profile does not start in the tranche's year or is given twice
     */
    public Trancheprofielen with(Soort soort, Stand stand, BudgetYear tranche, YearSeries profiel) {
        Objects.requireNonNull(profiel, "profiel");
        if (!profiel.firstYear().equals(tranche)) {
            throw new FvwException("The profile of tranche " + tranche + " at " + stand + " starts in " + profiel.firstYear()
                    + "; a tranche's profile starts in its own year");
        }
        Map<Soort, NavigableMap<Stand, Map<BudgetYear, YearSeries>>> m = new EnumMap<>(profielen);
        TreeMap<Stand, Map<BudgetYear, YearSeries>> perStand = new TreeMap<>(m.get(soort));
        Map<BudgetYear, YearSeries> perTranche = new LinkedHashMap<>(perStand.getOrDefault(stand, Map.of()));
        if (perTranche.put(tranche, profiel) != null) {
            throw new FvwException("The profile of tranche " + tranche + " at " + stand + " is given twice");
        }
        perStand.put(stand, Collections.unmodifiableMap(perTranche));
        m.put(soort, Collections.unmodifiableNavigableMap(perStand));
        return new Trancheprofielen(Collections.unmodifiableMap(m));
    }

    /**
     * The profiles of one kind, per stand and tranche year.
     *
     * @param soort a tranche or a bijstelling
     * @return an unmodifiable map in stand order
     */
    public NavigableMap<Stand, Map<BudgetYear, YearSeries>> van(Soort soort) {
        return profielen.get(soort);
    }

    /**
     * The profile printed at exactly a stand.
     *
     * @param soort a tranche or a bijstelling
     * @param stand the stand
     * @param tranche the tranche's year
     * @return the profile, or null when that stand prints none for the tranche
     */
    public YearSeries profiel(Soort soort, Stand stand, BudgetYear tranche) {
        Map<BudgetYear, YearSeries> m = profielen.get(soort).get(stand);
        return m == null ? null : m.get(tranche);
    }

    /**
     * The amount of a profile in a year: the printed one, or after its last printed year the last.
     *
     * @param profiel the profile
     * @param jaar a year at or after its first
     * @return the amount
     */
    public static MonetaryAmount in(YearSeries profiel, BudgetYear jaar) {
        return profiel.get(jaar.isAfter(profiel.lastYear()) ? profiel.lastYear() : jaar);
    }

    /**
     * Whether no profile is given.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return profielen.values().stream().allMatch(Map::isEmpty);
    }
}
