package nl.fvw.rules;

import java.util.List;

import nl.fvw.explain.Provenance;
import nl.fvw.scenario.Scenario;

/**
 * The outcome of running a scenario: the normering figures (null when the scenario has no
 * normering inputs), the tasks with their verdicts and signals, the published checks, the variants
 * side by side (null when the scenario names none), and the provenance.
 */
public record ScenarioResult(Scenario scenario, NormeringResult normering, List<nl.fvw.bekostiging.Taakuitkomst> taken,
        List<nl.fvw.bundeling.Bundelingsuitkomst> bundelingen, List<ControleUitkomst> controles, Variantvergelijking varianten,
        Provenance provenance) {
    public ScenarioResult {
        taken = List.copyOf(taken);
        bundelingen = List.copyOf(bundelingen);
        controles = List.copyOf(controles);
    }

    /** True when every published figure the scenario names was reproduced within its tolerance. */
    public boolean allChecksPass() {
        return controles.stream().allMatch(ControleUitkomst::klopt);
    }
}
