package nl.fvw.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.fvw.FvwException;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.Kortingsbesluit;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.normering.Uitsluiting;
import nl.fvw.time.BudgetYear;

/**
 * What the rules decided for a normering input: the computation and fixing of every fund and
 * year, the items left out of the aggregates, the kortingen. The rules see only the structure
 * of an input (funds, years, spending items, the names of parameters), never its amounts, so
 * the same decisions hold for every input of that structure: every draw of a Monte Carlo, or a
 * forecast changed by hand. {@link FvwEngine#evaluate(Normeringsinvoer, Beslissingen, boolean)}
 * refuses an input of another structure.
 *
 * <pre>{@code
 * Beslissingen b = engine.beslis(invoer);                  // the rules fire once
 * for (Normeringsinvoer draw : draws) {
 *     NormeringResult r = engine.evaluate(draw, b, false); // the arithmetic only
 * }
 * }</pre>
 *
 * @param besluiten the computations and fixings
 * @param uitsluitingen the items left out of the aggregates
 * @param kortingen the kortingen applied
 * @param eersteJaar the first year of the input decided for
 * @param laatsteJaar its last year
 * @param posten its spending items
 * @param parameters the names of its parameters
 */
public record Beslissingen(List<Besluit> besluiten, List<Uitsluiting> uitsluitingen, List<Kortingsbesluit> kortingen,
        BudgetYear eersteJaar, BudgetYear laatsteJaar, List<Uitgavenpost> posten, Set<String> parameters) {
    /**
     * Copies the lists.
     *
     * @param besluiten the computations and fixings
     * @param uitsluitingen the items left out of the aggregates
     * @param kortingen the kortingen applied
     * @param eersteJaar the first year of the input decided for
     * @param laatsteJaar its last year
     * @param posten its spending items
     * @param parameters the names of its parameters
     */
    public Beslissingen {
        besluiten = List.copyOf(besluiten);
        uitsluitingen = List.copyOf(uitsluitingen);
        kortingen = List.copyOf(kortingen);
        Objects.requireNonNull(eersteJaar, "eersteJaar");
        Objects.requireNonNull(laatsteJaar, "laatsteJaar");
        posten = List.copyOf(posten);
        parameters = Set.copyOf(parameters);
    }

    /**
     * Refuses an input whose structure differs from the one decided for.
     *
     * @param input the input to compute
     * @throws FvwException naming what differs
     */
    void requireSameStructure(Normeringsinvoer input) {
        if (!input.eersteJaar().equals(eersteJaar) || !input.laatsteJaar().equals(laatsteJaar)) {
            throw new FvwException("The rules decided for the years " + eersteJaar + "-" + laatsteJaar + "; this input covers "
                    + input.eersteJaar() + "-" + input.laatsteJaar() + ": let the rules decide again (FvwEngine.beslis)");
        }
        if (!input.posten().equals(posten)) {
            throw new FvwException("The rules decided for other spending items than this input has: let the rules decide"
                    + " again (FvwEngine.beslis)");
        }
        if (!input.parameters().all().keySet().equals(parameters)) {
            throw new FvwException("The rules decided for the parameters " + new java.util.TreeSet<>(parameters)
                    + "; this input has " + input.parameters().all().keySet() + ": let the rules decide again"
                    + " (FvwEngine.beslis)");
        }
    }
}
