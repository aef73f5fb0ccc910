package nl.fvw.normering;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.fvw.FvwException;
import nl.fvw.time.BudgetYear;

/**
 * What a stand publishes: the budget years it covers (its meerjarenraming, or the years a source
 * gives) and the funds. At a stand fvw computes the accres, tranches and levels of these years and
 * funds only; kortingen follow their parameters.
 */
public record Standbereik(BudgetYear van, BudgetYear tot, Set<Fonds> fondsen) {
    public Standbereik {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        if (tot.isBefore(van)) {
            throw new FvwException("A stand's years run from " + van + " to " + tot + ": 'tot' comes before 'van'");
        }
        fondsen = fondsen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fondsen));
    }

    public static Standbereik alles(BudgetYear van, BudgetYear tot) {
        return new Standbereik(van, tot, EnumSet.allOf(Fonds.class));
    }

    public boolean covers(BudgetYear y) {
        return !y.isBefore(van) && !y.isAfter(tot);
    }
}
