package nl.fvw.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import nl.fvw.explain.Provenance;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.scenario.Controle;
import nl.fvw.scenario.Scenario;

/**
 * Runs a scenario: the shipped rules plus the scenario's own rule files, over its inputs, and
 * checks the published figures it names.
 *
 * <pre>{@code
 * ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(Path.of("examples/scenarios/accres-ngru-mn2012.yaml")), true);
 * }</pre>
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    public static ScenarioResult run(Scenario scenario, boolean explain) {
        List<RuleFile> files = scenario.regels().stream().map(RuleFile::read).toList();
        NormeringEngine engine = NormeringEngine.withAnalystRules(files);
        NormeringResult result = engine.evaluate(NormeringInput.of(scenario.aggregaten()), explain);
        List<ControleUitkomst> checks = new ArrayList<>();
        for (Controle c : scenario.controles()) {
            AccresPercentage a = result.accres(c.figuur());
            checks.add(new ControleUitkomst(c, a.published(), c.accepts(a.published())));
        }
        TreeMap<String, String> hashes = new TreeMap<>(engine.provenance().hashes());
        hashes.putAll(scenario.hashes());
        return new ScenarioResult(scenario, result, checks, Provenance.of(hashes));
    }
}
