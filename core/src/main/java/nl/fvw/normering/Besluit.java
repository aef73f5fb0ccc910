package nl.fvw.normering;

import java.util.Objects;

import nl.fvw.explain.RuleRef;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * What a normering rule decided for one fund and year: how the accres is computed
 * ({@link Berekening}) or whether it is fixed at an earlier stand ({@link Vastzetting}), taken
 * at stand {@code besloten} (null: part of the standing rekenregel, in force from the start).
 * For a figure of year Y as known at stand S, the latest decision taken at or before S wins
 * (normering.md §3).
 *
 * <pre>{@code
 * Besluit b = uitkomst.besluiten().berekening(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), Stand.parse("Voorjaarsnota 2024"));
 * System.out.println(b.inhoud() + " by " + b.regel().id());
 * }</pre>
 */
public record Besluit(Fonds fonds, BudgetYear jaar, Stand besloten, Object inhoud, RuleRef regel) {
    /**
     * Checks the components.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param besloten the stand of the decision, or null for a standing rule
     * @param inhoud a Berekening or a Vastzetting
     * @param regel the rule that took it
     */
    public Besluit {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(inhoud, "inhoud");
        Objects.requireNonNull(regel, "regel");
        if (!(inhoud instanceof Berekening) && !(inhoud instanceof Vastzetting)) {
            throw new IllegalArgumentException("a decision is a Berekening or a Vastzetting, not " + inhoud);
        }
    }

    /**
     * Whether this decision was taken at or before {@code stand}.
     *
     * @param stand the stand computed
     * @return true when in force
     */
    public boolean inForceAt(Stand stand) {
        return besloten == null || !besloten.isAfter(stand);
    }

    /** How the accres % of a year is obtained. */
    public sealed interface Berekening {
    }

    /** Trap-op-trap-af: the growth of a spending aggregate (NGRU or ARU), both years from one stand. */
    public record TrapOpTrapAf(String aggregaat) implements Berekening {
    }

    /** The bbp-systematiek: volume from the mean real GDP growth t−9..t−2, price from the GDP deflator of t. */
    public record BbpSystematiek() implements Berekening {
    }

    /** The published percentage is the input: the source gives only the %, not the aggregate. */
    public record GepubliceerdPercentage() implements Berekening {
    }

    /** The published tranche is the input: the source gives only the amount, not the %. */
    public record GepubliceerdeTranche() implements Berekening {
    }

    /** Whether, and which part of, the accres is fixed at an earlier stand. */
    public sealed interface Vastzetting {
    }

    /** The whole accres (and its tranche) stays as it was at {@code stand}. */
    public record GeheelVast(Stand stand) implements Vastzetting {
    }

    /** The volume part stays as it was at {@code stand}; the LPO part moves with the current stand. */
    public record VolumedeelVast(Stand stand) implements Vastzetting {
    }

    /** Nothing is fixed (a later decision lifting an earlier fixing). */
    public record NietVast() implements Vastzetting {
    }
}
