package nl.fvw.normering;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * What a stand publishes: the budget years it covers (its meerjarenraming, or the years a source
 * gives) and the funds. At a stand fvw computes the accres, tranches and levels of these years and
 * funds only; kortingen follow their parameters.
 *
 * <pre>{@code
 * Normeringsinvoer in = Normeringsinvoer.builder().standen(standen).jaren(BudgetYear.of(2015), BudgetYear.of(2026))
 *         .bereik(Stand.parse("Miljoenennota 2016"), new Standbereik(BudgetYear.of(2016), BudgetYear.of(2020),
 *                 Set.of(Fonds.GEMEENTEFONDS))).build();
 * }</pre>
 */
public record Standbereik(BudgetYear van, BudgetYear tot, Set<Fonds> fondsen) {
    /** The range of every fund over a span of years, made once per span (spans lie within 1900-2199). */
    private static final Map<Integer, Standbereik> ALLES = new ConcurrentHashMap<>();

    /**
     * Checks the components.
     *
     * @param van the first year
     * @param tot the last year
     * @param fondsen the funds
     */
    public Standbereik {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        if (tot.isBefore(van)) {
            throw new FvwException("A stand's years run from " + van + " to " + tot + ": 'tot' comes before 'van'");
        }
        fondsen = fondsen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fondsen));
    }

    /**
     * Every year from {@code van} to {@code tot}, both funds.
     *
     * @param van the first year
     * @param tot the last year
     * @return the range
     */
    public static Standbereik alles(BudgetYear van, BudgetYear tot) {
        return ALLES.computeIfAbsent(van.value() * 10_000 + tot.value(),
                k -> new Standbereik(van, tot, EnumSet.allOf(Fonds.class)));
    }

    /**
     * Whether a year lies in the range.
     *
     * @param y the year
     * @return true from {@code van} to {@code tot}, inclusive
     */
    public boolean covers(BudgetYear y) {
        return !y.isBefore(van) && !y.isAfter(tot);
    }
}
