package nl.fvw.normering;

import java.util.Objects;

/**
 * The choices of the bbp-systematiek that the public sources leave open (normering.md §4), each
 * a named parameter with a default, and shown in every explanation that uses it.
 *
 * <pre>{@code
 * BbpKeuzes meetkundig = new BbpKeuzes(BbpKeuzes.Middeling.MEETKUNDIG, BbpKeuzes.Combinatie.MULTIPLICATIEF, false);
 * String uitleg = meetkundig.describe();
 * }</pre>
 *
 * @param middeling       mean of the 8 years of real GDP growth: arithmetic (default) or geometric
 * @param combinatie      volume and price combined additively, v + p (default), or
 *                        multiplicatively, (1 + v)(1 + p) − 1
 * @param prijsnacalculatie whether the price part of a year is settled afterwards; default no
 *                        ("geen directe inflatiecorrectie"): once the year is over, its price part
 *                        stays as known at the last stand of that year
 */
public record BbpKeuzes(Middeling middeling, Combinatie combinatie, boolean prijsnacalculatie) {
    /** Arithmetic mean, additive, no price settlement: the reading of the sources fvw takes unless told otherwise. */
    public static final BbpKeuzes STANDAARD = new BbpKeuzes(Middeling.REKENKUNDIG, Combinatie.ADDITIEF, false);

    /**
     * Checks the components.
     *
     * @param middeling the mean of the real growth rates
     * @param combinatie how volume and price combine
     * @param prijsnacalculatie whether the price part is settled afterwards
     */
    public BbpKeuzes {
        Objects.requireNonNull(middeling, "middeling");
        Objects.requireNonNull(combinatie, "combinatie");
    }

    /** Mean of growth rates. */
    public enum Middeling {
        /** The arithmetic mean, or the geometric mean of (1 + g). */
        /** The arithmetic mean of the growth rates. */
        REKENKUNDIG,
        /** The geometric mean: (Π (1 + g))^(1/n) − 1. */
        MEETKUNDIG
    }

    /** How volume and price combine. */
    public enum Combinatie {
        /** v + p, or (1 + v)(1 + p) − 1. */
        /** v + p. */
        ADDITIEF,
        /** (1 + v)(1 + p) − 1. */
        MULTIPLICATIEF
    }

    /**
     * The choices as an explanation shows them.
     *
     * @return "middeling rekenkundig, combinatie additief, …"
     */
    public String describe() {
        return "middeling " + middeling.name().toLowerCase(java.util.Locale.ROOT) + ", combinatie "
                + combinatie.name().toLowerCase(java.util.Locale.ROOT) + ", prijsnacalculatie "
                + (prijsnacalculatie ? "ja" : "nee") + (equals(STANDAARD) ? " (standaard)" : "");
    }
}
