package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * One year's accres in euro for one fund at a stand: tranche_t = accres %_t × grondslag_t, split
 * into a price part and a volume part where the inputs allow ({@code prijsDeel} null otherwise). The
 * price part is lpo % × grondslag under the rekenregel (the LPO-tranche of the Miljoenennota 2023
 * bijlage), the bbp price growth p_t × grondslag under the bbp-systematiek (normering.md §2a); the
 * volume part is the rest.
 * Under the rekenregel a tranche is permanent: it stays in every later year's level; a decision on
 * its {@link Besluit.Looptijd} or a printed profile changes the later years (normering.md §2a).
 *
 * <pre>{@code
 * Tranche t = (Tranche) uitkomst.figuur(FigureName.parse("GF tranche 2024 stand Voorjaarsnota 2024"));
 * MonetaryAmount prijs = t.prijsDeel();   // null when the tranche is not split
 * }</pre>
 */
public record Tranche(Fonds fonds, BudgetYear jaar, Stand stand, MonetaryAmount bedrag, MonetaryAmount prijsDeel,
        MonetaryAmount volumeDeel, Stand gedruktOp, Explanation explanation) implements Bedrag {
    /**
     * Checks the components.
     *
     * @param fonds the fund
     * @param jaar the budget year
     * @param stand the stand
     * @param bedrag the tranche: accres % × grondslag
     * @param prijsDeel the price part, or null when not split
     * @param volumeDeel the volume part, or null when not split
     * @param gedruktOp the stand whose printed tranche this is (its profile over the years may be printed there
     *                  too, see {@link Trancheprofielen}); null when fvw computed it
     * @param explanation how it was computed
     */
    public Tranche {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(jaar, "jaar");
        Objects.requireNonNull(stand, "stand");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public FigureName name() {
        return new FigureName(fonds.code(), "tranche", jaar, stand);
    }

    @Override
    public Value value() {
        return Value.mln(bedrag);
    }
}
