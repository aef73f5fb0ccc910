package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The level of a fund in a year at a stand, with its parts: niveau = basis + tranches +
 * taakmutaties − kortingen + afrekening + BCF (ruimte and its settlement, incidental). {@code prijs} and {@code volume} split the tranches
 * where every tranche is split (null otherwise).
 *
 * <pre>{@code
 * Fondsniveau n = uitkomst.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), Stand.parse("Voorjaarsnota 2024"));
 * System.out.println(Value.mln(n.bedrag()) + " of which kortingen " + Value.mln(n.kortingen()));
 * }</pre>
 */
public record Fondsniveau(Fonds fonds, BudgetYear jaar, Stand stand, MonetaryAmount bedrag, MonetaryAmount basis,
        MonetaryAmount tranches, MonetaryAmount prijs, MonetaryAmount volume, MonetaryAmount taakmutaties,
        MonetaryAmount kortingen, MonetaryAmount afrekening, MonetaryAmount bcf, Explanation explanation) implements Bedrag {
    /**
     * Checks the components.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand
     * @param bedrag the level
     * @param basis the level without tranches
     * @param tranches the tranches up to this year
     * @param prijs the price part of the tranches (see {@link Tranche}), or null when not split
     * @param volume the volume part, or null when not split
     * @param taakmutaties the structural taakmutaties
     * @param kortingen the kortingen
     * @param afrekening the afrekening booked this year
     * @param bcf the BCF-ruimte booked this year
     * @param explanation how it was computed
     */
    public Fondsniveau {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public FigureName name() {
        return new FigureName(fonds.code(), "niveau", jaar, stand);
    }

    @Override
    public Value value() {
        return Value.mln(bedrag);
    }
}
