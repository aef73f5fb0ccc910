package nl.fvw.rules;

import java.util.List;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Normeringsuitkomst;

/**
 * What one normering evaluation produced, with its provenance.
 *
 * <pre>{@code
 * NormeringResult r = FvwEngine.shipped().evaluate(invoer, true);
 * BigDecimal pct = r.accres(FigureName.parse("accres 2014 stand Miljoenennota 2012")).published();
 * }</pre>
 *
 * @param uitkomst every figure computed
 * @param provenance the fvw version and the hashes of rules and inputs
 */
public record NormeringResult(Normeringsuitkomst uitkomst, Provenance provenance) {

    /**
     * The accres % figures, in stand, fund and year order.
     *
     * @return the accres figures
     */
    public List<AccresPercentage> accressen() {
        return uitkomst.accressen();
    }

    /**
     * The figure named {@code name} (accres, tranche, niveau, korting, afrekening, NGRU, ARU).
     *
     * @param name the figure's name, as {@link FigureName#parse} reads it
     * @return the figure
     * @throws nl.fvw.FvwException when there is no such figure, or more than one without a stand
     */
    public Figuur figuur(FigureName name) {
        return uitkomst.figuur(name);
    }

    /**
     * The accres % named {@code name}.
     *
     * @param name the figure's name
     * @return the accres figure
     * @throws nl.fvw.FvwException when the name is not an accres %
     */
    public AccresPercentage accres(FigureName name) {
        Figuur f = figuur(name);
        if (f instanceof AccresPercentage a) {
            return a;
        }
        throw new nl.fvw.FvwException("'" + name + "' is not an accres %");
    }

    /**
     * The full explanation of one figure: formula, inputs with stand and source, rule, roundings.
     *
     * @param name the figure's name
     * @return the explanation (empty when evaluated without explanations)
     */
    public Explanation explain(FigureName name) {
        return figuur(name).explanation();
    }
}
