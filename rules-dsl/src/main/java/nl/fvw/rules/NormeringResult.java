package nl.fvw.rules;

import java.util.List;

import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Normeringsuitkomst;

/** What one normering evaluation produced, with its provenance. */
public record NormeringResult(Normeringsuitkomst uitkomst, Provenance provenance) {

    /** The accres % figures, in stand, fund and year order. */
    public List<AccresPercentage> accressen() {
        return uitkomst.accressen();
    }

    /** The figure named {@code name} (accres, tranche, niveau, korting, afrekening, NGRU, ARU). */
    public Figuur figuur(FigureName name) {
        return uitkomst.figuur(name);
    }

    /** The accres % named {@code name}. */
    public AccresPercentage accres(FigureName name) {
        Figuur f = figuur(name);
        if (f instanceof AccresPercentage a) {
            return a;
        }
        throw new nl.fvw.FvwException("'" + name + "' is not an accres %");
    }

    public Explanation explain(FigureName name) {
        return figuur(name).explanation();
    }
}
