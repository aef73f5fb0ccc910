package nl.fvw.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import java.math.BigDecimal;

import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.scenario.Controle;
import nl.fvw.scenario.Scenario;

/**
 * Runs a scenario: the shipped rules plus the scenario's own rule files, over its inputs, and
 * checks the published figures it names: an accres % as printed (two decimals), an amount in the
 * scenario's unit, each against the published value within the scenario's stated tolerance.
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
        FvwEngine engine = FvwEngine.withAnalystRules(files);
        NormeringResult result = engine.evaluate(scenario.normering(), explain);
        List<ControleUitkomst> checks = new ArrayList<>();
        for (Controle c : scenario.controles()) {
            Figuur f = result.figuur(c.figuur());
            BigDecimal printed = f instanceof AccresPercentage a ? a.published()
                    : scenario.eenheid().fromEuro(Amounts.value(((Bedrag) f).bedrag()));
            checks.add(new ControleUitkomst(c, printed, c.accepts(printed)));
        }
        Variantvergelijking vergelijking = null;
        if (!scenario.varianten().isEmpty()) {
            List<Variantvergelijking.Variant> variants = new ArrayList<>();
            variants.add(new Variantvergelijking.Variant("scenario", engine));
            for (nl.fvw.scenario.Scenario.Variant v : scenario.varianten()) {
                List<RuleFile> vf = new ArrayList<>(files);
                v.regels().stream().map(RuleFile::read).forEach(vf::add);
                variants.add(new Variantvergelijking.Variant(v.naam(), FvwEngine.withAnalystRules(vf)));
            }
            vergelijking = Variantvergelijking.vergelijk(scenario.normering(), scenario.vergelijkOp(), variants);
        }
        TreeMap<String, String> hashes = new TreeMap<>(engine.provenance().hashes());
        hashes.putAll(scenario.hashes());
        return new ScenarioResult(scenario, result, checks, vergelijking, Provenance.of(hashes));
    }
}
