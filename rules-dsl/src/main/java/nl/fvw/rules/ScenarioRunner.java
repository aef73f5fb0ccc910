package nl.fvw.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.Provenance;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Variantvergelijking;
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

    private static final java.util.Set<String> BUNDELGROOTHEDEN = java.util.Set.of("overgeheveld", "overgangsbudget",
            "winnaars", "verliezers");
    private static final java.util.Set<String> TAAKGROOTHEDEN = java.util.Set.of("claim", "gat", "gat cumulatief",
            "compensatie", "gemeenten", "provincies", "waterschappen");

    /**
     * The engine for a scenario: the shipped rules with the scenario's own rule files (and raw files,
     * where it names them).
     *
     * @param scenario the scenario
     * @return the engine, compiled or from the cache
     */
    public static FvwEngine engine(Scenario scenario) {
        return FvwEngine.withAnalystRules(ruleFiles(scenario));
    }

    private static List<RuleFile> ruleFiles(Scenario scenario) {
        List<RuleFile> files = new ArrayList<>(scenario.regels().stream().map(RuleFile::read).toList());
        scenario.ruweRegels().stream().map(p -> RuleFile.read(p).alsRuw()).forEach(files::add);
        return files;
    }

    /**
     * Runs everything a scenario holds: its normering (with its own rules), tasks, bundlings, the
     * checks against published figures and the variants.
     *
     * <pre>{@code
     * ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(Path.of("scenario.yaml")), true);
     * if (!r.allChecksPass()) { ... }
     * }</pre>
     *
     * @param scenario the scenario, as read
     * @param explain false for bulk runs: figures then carry no explanation
     * @return every result with its provenance
     */
    public static ScenarioResult run(Scenario scenario, boolean explain) {
        FvwEngine engine = engine(scenario);
        NormeringResult result = scenario.normering() == null ? null : engine.evaluate(scenario.normering(), explain);
        List<Taakuitkomst> taken = scenario.taken().stream().map(t -> engine.beoordeel(t, explain)).toList();
        List<nl.fvw.bundeling.Bundelingsuitkomst> bundelingen = scenario.bundelingen().stream()
                .map(b -> engine.bundel(b, explain)).toList();
        List<ControleUitkomst> checks = new ArrayList<>();
        for (Controle c : scenario.controles()) {
            BigDecimal printed;
            if (BUNDELGROOTHEDEN.contains(c.figuur().grootheid())) {
                if (bundelingen.size() != 1) {
                    throw new nl.fvw.FvwException("Check '" + c.figuur() + "' names a bundling figure; that needs exactly one"
                            + " bundling in the scenario, there are " + bundelingen.size());
                }
                nl.fvw.bundeling.Bundelingsjaar j = bundelingen.get(0).jaar(c.figuur().jaar());
                printed = switch (c.figuur().grootheid()) {
                    case "overgeheveld" -> scenario.eenheid().fromEuro(Amounts.value(j.overgeheveld()));
                    case "overgangsbudget" -> scenario.eenheid().fromEuro(Amounts.value(j.overgangsbudget()));
                    case "winnaars" -> BigDecimal.valueOf(j.winnaars());
                    default -> BigDecimal.valueOf(j.verliezers());
                };
            } else if (TAAKGROOTHEDEN.contains(c.figuur().grootheid())) {
                if (taken.size() != 1) {
                    throw new nl.fvw.FvwException("Check '" + c.figuur() + "' names a task figure; that needs exactly one task"
                            + " in the scenario, there are " + taken.size());
                }
                printed = scenario.eenheid().fromEuro(Amounts.value(taken.get(0).figuur(c.figuur())));
            } else {
                if (result == null) {
                    throw new nl.fvw.FvwException("Check '" + c.figuur() + "' names a normering figure, but the scenario has"
                            + " no normering inputs");
                }
                Figuur f = result.figuur(c.figuur());
                printed = f instanceof AccresPercentage a ? a.published()
                        : scenario.eenheid().fromEuro(Amounts.value(((Bedrag) f).bedrag()));
            }
            checks.add(new ControleUitkomst(c, printed, c.accepts(printed)));
        }
        Variantvergelijking vergelijking = null;
        if (!scenario.varianten().isEmpty()) {
            List<Variantberekening.Variant> variants = new ArrayList<>();
            variants.add(new Variantberekening.Variant("scenario", engine));
            for (nl.fvw.scenario.Scenario.Variant v : scenario.varianten()) {
                List<RuleFile> vf = ruleFiles(scenario);
                v.regels().stream().map(RuleFile::read).forEach(vf::add);
                FvwEngine ve = v.regels().isEmpty() ? engine : FvwEngine.withAnalystRules(vf);
                variants.add(new Variantberekening.Variant(v.naam(), ve, v.parameters()));
            }
            vergelijking = Variantberekening.vergelijk(scenario.normering(), scenario.vergelijkOp(), variants);
        }
        TreeMap<String, String> hashes = new TreeMap<>(engine.provenance().hashes());
        hashes.putAll(scenario.hashes());
        return new ScenarioResult(scenario, result, taken, bundelingen, checks, vergelijking, Provenance.of(hashes));
    }
}
