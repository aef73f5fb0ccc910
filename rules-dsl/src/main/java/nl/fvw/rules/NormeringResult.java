package nl.fvw.rules;

import java.util.Comparator;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Provenance;
import nl.fvw.normering.AccresPercentage;

/** What one normering evaluation produced, in year and stand order, with its provenance. */
public record NormeringResult(List<AccresPercentage> accressen, Provenance provenance) {
    public NormeringResult {
        accressen = accressen.stream()
                .sorted(Comparator.comparing(AccresPercentage::stand).thenComparing(AccresPercentage::jaar))
                .toList();
    }

    /** The accres % named {@code name}; an error listing the known figures when there is none. */
    public AccresPercentage accres(FigureName name) {
        List<AccresPercentage> hits = accressen.stream().filter(a -> a.name().matches(name)).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.isEmpty()) {
            throw new FvwException("No figure '" + name + "'; known: "
                    + accressen.stream().map(a -> a.name().toString()).toList());
        }
        throw new FvwException("'" + name + "' names " + hits.size() + " figures; add the stand: "
                + hits.stream().map(a -> a.name().toString()).toList());
    }

    public Explanation explain(FigureName name) {
        return accres(name).explanation();
    }
}
