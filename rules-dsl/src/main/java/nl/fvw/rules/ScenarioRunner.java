package nl.fvw.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.FvwException;
import nl.fvw.bekostiging.Portefeuille;
import nl.fvw.bekostiging.Portefeuilleuitkomst;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bekostiging.Taakuitleg;
import nl.fvw.bundeling.Bundelingsjaar;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Bundelingsuitleg;
import nl.fvw.bundeling.Herverdeeleffect;
import nl.fvw.explain.Figuur;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Provenance;
import nl.fvw.gemeentefonds.Circulairevergelijking;
import nl.fvw.gemeentefonds.Verdeling;
import nl.fvw.gemeentefonds.Verdelingsinvoer;
import nl.fvw.gemeentefonds.Verdelingsuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Tranche;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.scenario.Controle;
import nl.fvw.scenario.Portefeuilleinvoer;
import nl.fvw.scenario.Scenario;
import nl.fvw.time.BudgetYear;

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

    /**
     * The engine for a scenario: the shipped rules with the scenario's own rule files (and raw files,
     * where it names them).
     *
     * @param scenario the scenario
     * @param cache where compiled rule bases are kept
     * @return the engine, compiled or from the cache
     */
    public static FvwEngine engine(Scenario scenario, RuleCache cache) {
        return engine(scenario, cache, false);
    }

    /**
     * The engine for a scenario, raw DRL allowed or not ({@link RuweRegels}).
     *
     * @param scenario the scenario
     * @param cache where compiled rule bases are kept
     * @param ruweRegelsToe whether the user allowed the raw DRL of the scenario's {@code ruwe_regels}
     * @return the engine, compiled or from the cache
     */
    public static FvwEngine engine(Scenario scenario, RuleCache cache, boolean ruweRegelsToe) {
        return FvwEngine.builder().regels(ruleFiles(scenario)).cache(cache).staRuweRegelsToe(ruweRegelsToe).build();
    }

    private static List<RuleFile> ruleFiles(Scenario scenario) {
        List<RuleFile> files = new ArrayList<>(scenario.regels().stream().map(RuleFile::read).toList());
        scenario.ruweRegels().stream().map(p -> RuleFile.read(p).alsRuw()).forEach(files::add);
        return files;
    }

    /**
     * Runs a scenario with compiled rule bases kept in memory only.
     *
     * @param scenario the scenario, as read
     * @param explain false for bulk runs: figures then carry no explanation
     * @return every result with its provenance
     */
    public static ScenarioResult run(Scenario scenario, boolean explain) {
        return run(scenario, explain, RuleCache.inMemory());
    }

    /**
     * Runs everything a scenario holds: its normering (with its own rules), tasks, bundlings, the
     * checks against published figures and the variants and sweep points.
     *
     * <pre>{@code
     * ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(Path.of("scenario.yaml")), true, RuleCache.inMemory());
     * if (!r.allChecksPass()) { ... }
     * }</pre>
     *
     * @param scenario the scenario, as read
     * @param explain false for bulk runs: figures then carry no explanation
     * @param cache where compiled rule bases are kept
     * @return every result with its provenance
     */
    public static ScenarioResult run(Scenario scenario, boolean explain, RuleCache cache) {
        return run(scenario, engine(scenario, cache), explain, cache);
    }

    /**
     * Runs everything a scenario holds with its engine already built, as a tool that runs one
     * scenario again and again does (the engine reads and hashes the rule files once).
     *
     * @param scenario the scenario, as read
     * @param engine the scenario's engine, from {@link #engine}
     * @param explain false for bulk runs: figures then carry no explanation
     * @param cache where the rule bases of variants are kept
     * @return every result with its provenance
     */
    public static ScenarioResult run(Scenario scenario, FvwEngine engine, boolean explain, RuleCache cache) {
        List<Variantberekening.Variant> variants = variants(scenario, engine, cache);
        Normeringsuitkomst result = scenario.normering() == null ? null : engine.bereken(scenario.normering(), explain);
        List<Taakuitkomst> taken = scenario.taken().stream().map(t -> engine.beoordeel(t, explain)).toList();
        List<Bundelingsuitkomst> bundelingen = scenario.bundelingen().stream().map(b -> engine.bundel(b, explain)).toList();
        List<ControleUitkomst> checks = new ArrayList<>();
        for (int i = 0; i < scenario.controles().size(); i++) {
            Controle c = scenario.controles().get(i);
            BigDecimal printed;
            try {
                printed = printed(scenario, c, result, taken, bundelingen);
            } catch (FvwException e) {
                throw new FvwException(scenario.file() + ": key 'controles[" + i + "]': " + e.getMessage());
            }
            checks.add(new ControleUitkomst(c, printed, c.accepts(printed)));
        }
        Variantvergelijking vergelijking = variants.size() < 2 ? null
                : Variantberekening.vergelijk(scenario.normering(), scenario.vergelijkOp(), variants);
        TreeMap<String, String> hashes = new TreeMap<>(engine.provenance().hashes());
        hashes.putAll(scenario.hashes());
        Verdelingsinvoer au = scenario.algemeneUitkering();
        Verdelingsuitkomst verdeling = au == null ? null : Verdeling.bereken(au.circulaire(), au.keuzes());
        Circulairevergelijking circulaires = au == null || au.vorige() == null ? null
                : Circulairevergelijking.van(au.vorige(), au.circulaire(), au.keuzes(), au.herindelingen());
        return new ScenarioResult(scenario, result, taken, bundelingen, checks, vergelijking, verdeling, circulaires,
                portefeuille(scenario, engine, explain, cache), Provenance.of(hashes), Waarschuwingen.van(scenario, result, taken));
    }

    /**
     * A tier's tasks against the accres of its fund: the fund side's normering computed with its own rules, and for
     * each year the tranche at the latest stand up to the portfolio's own stand.
     */
    private static Portefeuilleuitkomst portefeuille(Scenario scenario, FvwEngine engine, boolean explain, RuleCache cache) {
        Portefeuilleinvoer p = scenario.portefeuille();
        if (p == null) {
            return null;
        }
        List<Taakuitkomst> taken = p.taken().stream().map(t -> engine.beoordeel(t, explain)).toList();
        TreeMap<BudgetYear, Tranche> laatste = new TreeMap<>();
        String bron = "geen fondszijde: het scenario noemt geen normering voor het accres";
        if (p.fondszijde() != null) {
            Normeringsuitkomst fonds = engine(p.fondszijde(), cache).bereken(p.fondszijde().normering(), false);
            for (Tranche t : fonds.tranches()) {
                if (t.fonds() == p.fonds() && !scenario.stand().isBefore(t.stand())) {
                    laatste.merge(t.jaar(), t, (a, b) -> b.stand().isBefore(a.stand()) ? a : b);
                }
            }
            bron = "de tranches van het " + p.fonds().naam() + " in " + p.fondszijde().file().getFileName()
                    + ", per jaar op de laatste stand tot en met " + scenario.stand();
        }
        TreeMap<BudgetYear, MonetaryAmount> accres = new TreeMap<>();
        laatste.forEach((y, t) -> accres.put(y, t.bedrag()));
        return engine.signaleer(Portefeuille.van(p.laag(), taken, accres, bron));
    }

    /**
     * The scenario and its variants and sweep points, each with its engine; the scenario alone when
     * it names none. Every rule file compiles, and a sweep's parameter exists, before anything is computed.
     *
     * @param scenario the scenario
     * @param engine the scenario's own engine
     * @param cache where compiled rule bases are kept
     * @return the variants, the scenario first
     */
    public static List<Variantberekening.Variant> variants(Scenario scenario, FvwEngine engine, RuleCache cache) {
        List<Variantberekening.Variant> variants = new ArrayList<>();
        variants.add(new Variantberekening.Variant("scenario", engine));
        for (Scenario.Variant v : scenario.varianten()) {
            List<RuleFile> vf = ruleFiles(scenario);
            v.regels().stream().map(RuleFile::read).forEach(vf::add);
            FvwEngine ve = v.regels().isEmpty() ? engine : FvwEngine.builder().regels(vf).cache(cache)
                    .staRuweRegelsToe(engine.ruweRegelsToegestaan()).build();
            variants.add(new Variantberekening.Variant(v.naam(), ve, v.parameters()));
        }
        if (scenario.sweep() != null) {
            for (Scenario.Variant point : scenario.sweep().varianten(engine.parameters()
                    .layer(scenario.normering().parameters()))) {
                variants.add(new Variantberekening.Variant(point.naam(), engine, point.parameters()));
            }
        }
        return variants;
    }

    /** The computed figure a check names, as printed: an accres % with two decimals, an amount in the scenario's unit. */
    private static BigDecimal printed(Scenario scenario, Controle c, Normeringsuitkomst result, List<Taakuitkomst> taken,
            List<Bundelingsuitkomst> bundelingen) {
        if (Bundelingsuitleg.GROOTHEDEN.contains(c.figuur().grootheid())) {
            if (bundelingen.size() != 1) {
                throw new FvwException("Check '" + c.figuur() + "' names a bundling figure; that needs exactly one"
                        + " bundling in the scenario, there are " + bundelingen.size());
            }
            Bundelingsjaar j = bundelingen.get(0).jaar(c.figuur().jaar());
            return switch (c.figuur().grootheid()) {
                case "overgeheveld" -> scenario.eenheid().fromEuro(Amounts.value(j.overgeheveld()));
                case "overgangsbudget" -> scenario.eenheid().fromEuro(Amounts.value(j.overgangsbudget()));
                case "winnaars" -> BigDecimal.valueOf(j.winnaars());
                default -> BigDecimal.valueOf(j.verliezers());
            };
        }
        Bundelingsuitleg.Ontvangerfiguur ontvanger = Bundelingsuitleg.ontvangerfiguur(c.figuur());
        if (ontvanger != null) {
            if (bundelingen.size() != 1) {
                throw new FvwException("Check '" + c.naam() + "' names a recipient's figure of a bundling; that needs exactly"
                        + " one bundling in the scenario, there are " + bundelingen.size());
            }
            Herverdeeleffect e;
            try {
                e = Bundelingsuitleg.effect(bundelingen.get(0).jaar(c.figuur().jaar()), ontvanger.code());
            } catch (FvwException x) {
                throw new FvwException("Check '" + c.naam() + "': " + x.getMessage());
            }
            return switch (ontvanger.grootheid()) {
                case "herverdeeleffect per inwoner" -> e.toegepastPerInwoner();
                case "herverdeeleffect" -> scenario.eenheid().fromEuro(Amounts.value(e.toegepast()));
                default -> scenario.eenheid().fromEuro(Amounts.value(e.allocatie()));
            };
        }
        Taakuitleg.Keuze taak = Taakuitleg.kies(taken, c.figuur());
        if (taak != null) {
            return scenario.eenheid().fromEuro(Amounts.value(taak.taak().figuur(taak.naam())));
        }
        if (result == null) {
            throw new FvwException("Check '" + c.figuur() + "' names a normering figure, but the scenario has"
                    + " no normering inputs");
        }
        BigDecimal naar = normering(scenario, result, c.figuur());
        if (c.van() == null) {
            return naar;
        }
        FigureName eerder = new FigureName(c.figuur().fonds(), c.figuur().grootheid(), c.figuur().jaar(), c.van());
        return naar.subtract(normering(scenario, result, eerder));
    }

    /** A normering figure as printed: an accres % with two decimals, an amount in the scenario's unit. */
    private static BigDecimal normering(Scenario scenario, Normeringsuitkomst result, FigureName name) {
        Figuur f = result.figuur(name);
        return f instanceof AccresPercentage a ? a.published()
                : scenario.eenheid().fromEuro(Amounts.value(((Bedrag) f).bedrag()));
    }
}
