package nl.fvw.rules;

import java.util.ArrayList;
import java.util.List;

import nl.fvw.FvwException;
import nl.fvw.bekostiging.Portefeuilleuitleg;
import nl.fvw.bekostiging.Taakuitleg;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Bundelingsuitleg;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.gemeentefonds.Verdelingsuitleg;
import nl.fvw.input.Nearest;

/**
 * The explanation of any figure a scenario's run prints, by the name it is printed under: a
 * normering figure, a task's, a bundling's or one recipient's, the algemene uitkering's (of a gemeente, its
 * change); an unknown name is refused with the
 * nearest known names.
 *
 * <pre>{@code
 * Explanation e = Figuuruitleg.of(ScenarioRunner.run(scenario, true), FigureName.parse("gat 2021"));
 * }</pre>
 */
public final class Figuuruitleg {
    private Figuuruitleg() {
    }

    /**
     * The explanation of the figure named {@code name}.
     *
     * @param r the run, computed with explanations
     * @param name the figure's name
     * @return the explanation
     * @throws FvwException naming the nearest known names when the run has no such figure
     */
    public static Explanation of(ScenarioResult r, FigureName name) {
        try {
            if (Verdelingsuitleg.isVerdelingsnaam(name)) {
                if (r.algemeneUitkering() == null) {
                    throw new FvwException("het scenario heeft geen algemene_uitkering");
                }
                return Verdelingsuitleg.of(r.algemeneUitkering(), r.circulaires(), name);
            }
            if (Bundelingsuitleg.isBundelingsnaam(name)) {
                return Bundelingsuitleg.of(een(r.bundelingen(), "bundeling", name), name);
            }
            if (r.portefeuille() != null && Portefeuilleuitleg.isPortefeuillenaam(name)) {
                return Portefeuilleuitleg.of(r.portefeuille(), name);
            }
            Taakuitleg.Keuze taak = Taakuitleg.kies(r.taken(), name);
            if (taak != null) {
                return Taakuitleg.of(taak.taak(), taak.naam());
            }
            if (r.normering() == null) {
                throw new FvwException("het scenario heeft geen normering");
            }
            return r.normering().explain(name);
        } catch (FvwException e) {
            throw new FvwException("geen cijfer '" + name + "' in dit scenario (" + e.getMessage() + "); bedoelt u: "
                    + String.join("; ", naaste(r, name, 5)) + "?");
        }
    }

    /**
     * The names of every figure the run prints: the normering's, every year's of a task and of a
     * bundling, and one recipient's (the first) as an example of the rest.
     *
     * @param r the run
     * @return the names
     */
    public static List<FigureName> namen(ScenarioResult r) {
        List<FigureName> out = new ArrayList<>();
        if (r.normering() != null) {
            r.normering().figuren().stream().map(Figuur::name).forEach(out::add);
        }
        out.addAll(Taakuitleg.namen(r.taken()));
        if (r.portefeuille() != null) {
            out.addAll(Portefeuilleuitleg.namen(r.portefeuille()));
        }
        if (r.algemeneUitkering() != null) {
            out.addAll(Verdelingsuitleg.namen(r.algemeneUitkering(), r.circulaires()));
        }
        for (Bundelingsuitkomst b : r.bundelingen()) {
            String code = b.jaren().isEmpty() || b.jaren().get(0).effecten().isEmpty() ? null
                    : b.jaren().get(0).effecten().get(0).code();
            out.addAll(Bundelingsuitleg.namen(b, code));
        }
        return out;
    }

    private static <T> T een(List<T> items, String wat, FigureName name) {
        if (items.size() != 1) {
            throw new FvwException("'" + name.grootheid() + "' is een cijfer van een " + wat + "; het scenario heeft er "
                    + items.size() + ", en zo'n naam kiest er geen uit");
        }
        return items.get(0);
    }

    /** The {@code n} known names nearest to {@code name} by edit distance. */
    private static List<String> naaste(ScenarioResult r, FigureName name, int n) {
        return Nearest.nearest(name.toString(), namen(r).stream().map(FigureName::toString).toList(), n);
    }
}
