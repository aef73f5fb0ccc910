package nl.fvw.normering;

import java.util.Objects;

import javax.money.MonetaryAmount;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Value;

/**
 * An amount the normering computed, named as a figure: a fund's niveau, korting, afrekening,
 * BCF-ruimte of a year at a stand, or a spending aggregate.
 *
 * <pre>{@code
 * Bedragfiguur korting = (Bedragfiguur) uitkomst.figuur(FigureName.parse("GF korting 2026 stand Voorjaarsnota 2024"));
 * MonetaryAmount bedrag = korting.bedrag();
 * }</pre>
 */
public record Bedragfiguur(FigureName name, MonetaryAmount bedrag, Explanation explanation) implements Bedrag {
    /**
     * Checks the components.
     *
     * @param name the figure's name
     * @param bedrag the amount
     * @param explanation how it was computed
     */
    public Bedragfiguur {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Value value() {
        return Value.mln(bedrag);
    }
}
