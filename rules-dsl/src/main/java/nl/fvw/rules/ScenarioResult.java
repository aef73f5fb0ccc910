package nl.fvw.rules;

import java.util.List;

import nl.fvw.explain.Provenance;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.scenario.Scenario;

/**
 * The outcome of running a scenario: the normering figures (null when the scenario has no
 * normering inputs), the tasks with their verdicts and signals, the published checks, the variants
 * side by side (null when the scenario names none), the algemene uitkering per gemeente and two
 * circulaires compared (null when the scenario has none), and the provenance.
 *
 * <pre>{@code
 * ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(path), true);
 * if (!r.allChecksPass()) {
 *     r.controles().stream().filter(c -> !c.klopt()).forEach(System.out::println);
 * }
 * }</pre>
 */
public record ScenarioResult(Scenario scenario, Normeringsuitkomst normering, List<nl.fvw.bekostiging.Taakuitkomst> taken,
        List<nl.fvw.bundeling.Bundelingsuitkomst> bundelingen, List<ControleUitkomst> controles, Variantvergelijking varianten,
        nl.fvw.gemeentefonds.Verdelingsuitkomst algemeneUitkering, nl.fvw.gemeentefonds.Circulairevergelijking circulaires,
        nl.fvw.bekostiging.Portefeuilleuitkomst portefeuille, Provenance provenance, List<String> waarschuwingen) {
    /**
     * Copies the lists.
     *
     * @param scenario the scenario as read
     * @param normering the normering result, or null
     * @param taken the tasks' outcomes
     * @param bundelingen the bundlings' outcomes
     * @param controles the published figures checked
     * @param varianten the variants side by side, or null
     * @param algemeneUitkering the algemene uitkering per gemeente of the scenario's circulaire, or null
     * @param circulaires the scenario's circulaire against the earlier one, or null
     * @param portefeuille a tier's tasks against its fund, with the signals, or null
     * @param provenance the fvw version and the hashes of every input
     * @param waarschuwingen implausible but valid inputs ({@link Waarschuwingen}), in Dutch
     */
    public ScenarioResult {
        waarschuwingen = List.copyOf(waarschuwingen);
        taken = List.copyOf(taken);
        bundelingen = List.copyOf(bundelingen);
        controles = List.copyOf(controles);
    }

    /**
     * Whether every published figure the scenario names was reproduced within its tolerance.
     *
     * @return true when all checks pass (also when there are none)
     */
    public boolean allChecksPass() {
        return controles.stream().allMatch(ControleUitkomst::klopt);
    }
}
