package nl.fvw.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakberekening;
import nl.fvw.bekostiging.Taakoverzicht;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsberekening;
import nl.fvw.bundeling.Bundelingsfeit;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Ingroeipad;
import nl.fvw.explain.Provenance;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.FondsJaar;
import nl.fvw.normering.GegevenParameter;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.ExplanationText;
import nl.fvw.rules.internal.RegelInfo;
import nl.fvw.rules.internal.RuleCompiler;
import nl.fvw.rules.internal.RuleSources;
import nl.fvw.rules.internal.ShippedModel;
import nl.fvw.rules.internal.Uitkomst;
import nl.fvw.time.BudgetYear;

/**
 * Evaluates the normering rules over typed inputs. Thread-safe: the rule base is shared and
 * immutable, every evaluation gets its own session.
 *
 * <pre>{@code
 * FvwEngine engine = FvwEngine.shipped();
 * NormeringResult r = engine.evaluate(Normeringsinvoer.vanAggregaten(List.of(ngru)), true);
 * System.out.println(ExplanationText.of(r.explain(FigureName.parse("accres 2013 stand Miljoenennota 2012"))));
 * }</pre>
 */
public final class FvwEngine {
    private final KieBase kieBase;
    private final RuleSources sources;
    private final Set<String> replacedIds;
    private final Provenance provenance;

    FvwEngine(KieBase kieBase, RuleSources sources, Set<String> replacedIds) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.replacedIds = Set.copyOf(replacedIds);
        java.util.TreeMap<String, String> hashes = new java.util.TreeMap<>();
        sources.hashes().forEach((name, hash) -> hashes.put("regels:" + name, hash));
        this.provenance = Provenance.of(hashes);
    }

    /**
     * The shipped rules, prebuilt as an executable model in this jar; one instance, shared.
     *
     * @return the engine with the shipped rules
     */
    public static FvwEngine shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * The shipped rules together with analysts' rule files, compiled now (or taken from the cache
     * of compiled rule bases, by content hash). Each file is checked line by line first (see
     * {@link nl.fvw.rules.dsl.LineChecker}); a rule that declares {@code vervangt "ID"} replaces the
     * shipped rule with that id, which then no longer fires.
     *
     * <pre>{@code
     * FvwEngine variant = FvwEngine.withAnalystRules(List.of(RuleFile.read(Path.of("regels/variant.dslr"))));
     * }</pre>
     *
     * @param files the analyst's rule files; none gives {@link #shipped()}
     * @return an engine with both
     * @throws nl.fvw.rules.dsl.DslException naming file, line and sentence of every problem
     */
    public static FvwEngine withAnalystRules(List<RuleFile> files) {
        if (files.isEmpty()) {
            return shipped();
        }
        RuleCompiler.Compiled c = RuleCompiler.compile(RuleSources.shipped(), files);
        return new FvwEngine(c.kieBase(), c.sources(), c.replacedIds());
    }

    /**
     * Ids of shipped rules replaced by analysts' rules in this engine.
     *
     * @return the ids, empty for the shipped rules
     */
    public Set<String> replacedIds() {
        return replacedIds;
    }

    /**
     * The rule files this engine was built from, with their content hashes.
     *
     * @return the sources
     */
    public RuleSources sources() {
        return sources;
    }

    /**
     * Runs the rules over {@code input}: the rules decide which method, fixing, exclusion and
     * korting apply; {@link Normeringsrekening} does the arithmetic.
     *
     * @param input the aggregates, funds, parameters and stands to compute
     * @param explain false for bulk runs: figures then carry no explanation
     * @return every figure with its explanation and the provenance
     * @throws nl.fvw.FvwException when no rule decides a year, two decisions conflict, or an input is missing
     */
    public NormeringResult evaluate(Normeringsinvoer input, boolean explain) {
        return evaluate(input, beslis(input), explain);
    }

    /**
     * Lets the rules decide, once, for an input's structure: which computation and fixing apply to
     * each fund and year, which items are corrections, which kortingen apply.
     *
     * @param input the input; its amounts play no part
     * @return the decisions, reusable for every input of the same structure
     */
    public Besluiten beslis(Normeringsinvoer input) {
        List<Object> facts = new java.util.ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (BudgetYear y = input.eersteJaar(); !y.isAfter(input.laatsteJaar()); y = y.next()) {
                facts.add(new FondsJaar(f, y));
            }
        }
        facts.addAll(input.posten());
        for (String name : input.parameters().all().keySet()) {
            facts.add(new GegevenParameter(name));
        }
        Uitkomst uitkomst = fire(facts);
        return new Besluiten(uitkomst.besluiten(), uitkomst.uitsluitingen(), uitkomst.kortingen(), input);
    }

    /**
     * The arithmetic of the normering under decisions the rules took before (see {@link #beslis}).
     *
     * @param input an input of the same structure as the one decided for
     * @param besluiten the rules' decisions
     * @param explain false for bulk runs: figures then carry no explanation
     * @return every figure with its explanation and the provenance
     * @throws nl.fvw.FvwException when the input's structure differs, or a figure cannot be computed
     */
    public NormeringResult evaluate(Normeringsinvoer input, Besluiten besluiten, boolean explain) {
        Normeringsuitkomst result = new Normeringsrekening(input, besluiten, explain).bereken();
        return new NormeringResult(result, provenance);
    }

    /**
     * Costs a task and lets the rules give the verdict and the signals.
     *
     * @param taak the task, its cost components, split and compensation
     * @param explain false for bulk runs: figures then carry no explanation
     * @return the cost, compensation and gap per year, the verdict and the signals, each with its rule
     * @throws nl.fvw.FvwException when the rules give no verdict or two different ones
     */
    public Taakuitkomst beoordeel(Taak taak, boolean explain) {
        Taakuitkomst computed = Taakberekening.bereken(taak, explain);
        Taakoverzicht fact = new Taakoverzicht(computed);
        Uitkomst uitkomst = fire(List.of(fact));
        List<String> verdicts = uitkomst.oordelen().stream().map(Uitkomst.Gegeven::tekst).distinct().toList();
        if (verdicts.isEmpty()) {
            throw new nl.fvw.FvwException("No rule gives a verdict on task '" + taak.naam() + "'");
        }
        if (verdicts.size() > 1) {
            throw new nl.fvw.FvwException("The rules give task '" + taak.naam() + "' conflicting verdicts: "
                    + uitkomst.oordelen().stream().map(g -> g.regel().id() + " \"" + g.tekst() + "\"").toList());
        }
        String verdict = verdicts.get(0) + " (" + uitkomst.oordelen().get(0).regel().id() + ": "
                + uitkomst.oordelen().get(0).regel().source() + ")";
        List<Taakuitkomst.Signaal> signals = uitkomst.signalen().stream()
                .map(g -> new Taakuitkomst.Signaal(g.tekst(), g.regel().name(), g.regel()))
                .sorted(java.util.Comparator.comparing(Taakuitkomst.Signaal::tekst)).toList();
        return computed.with(verdict, signals);
    }

    /**
     * Computes a bundling; the rules decide the ingroeipad (how the effects are capped, for gains
     * or losses only, and how it is paid for); {@link Bundelingsberekening} does the arithmetic.
     *
     * @param bundeling the SPUKs, recipients, key and korting
     * @param explain false for bulk runs: figures then carry no explanation
     * @return per year the transfer, every recipient's effect and the summaries
     * @throws nl.fvw.FvwException when a path has no financing or two rules decide differently
     */
    public Bundelingsuitkomst bundel(Bundeling bundeling, boolean explain) {
        Bundelingsfeit fact = new Bundelingsfeit(bundeling);
        Uitkomst uitkomst = fire(List.of(fact));
        List<Uitkomst.Ingroei> caps = uitkomst.ingroei().stream().filter(i -> i.financiering() == null).toList();
        List<Uitkomst.Ingroei> pays = uitkomst.ingroei().stream().filter(i -> i.financiering() != null).toList();
        if (caps.size() > 1) {
            throw new nl.fvw.FvwException("The rules give bundling '" + bundeling.naam() + "' more than one ingroeipad: "
                    + caps.stream().map(i -> i.regel().id()).toList());
        }
        if (pays.stream().map(Uitkomst.Ingroei::financiering).distinct().count() > 1) {
            throw new nl.fvw.FvwException("The rules finance the ingroeipad of bundling '" + bundeling.naam()
                    + "' in two ways: " + pays.stream().map(i -> i.regel().id() + " " + i.financiering()).toList());
        }
        if (caps.isEmpty()) {
            if (!pays.isEmpty()) {
                throw new nl.fvw.FvwException("Rule " + pays.get(0).regel().id() + " says how the ingroeipad of bundling '"
                        + bundeling.naam() + "' is paid for, but no rule sets an ingroeipad");
            }
            if (bundeling.ingefaseerd()) {
                throw new nl.fvw.FvwException("Bundling '" + bundeling.naam() + "' is to be phased in, but no rule sets an"
                        + " ingroeipad");
            }
            return Bundelingsberekening.bereken(bundeling, null, null, explain);
        }
        if (pays.isEmpty()) {
            throw new nl.fvw.FvwException("Rule " + caps.get(0).regel().id() + " caps the effects of bundling '"
                    + bundeling.naam() + "', but no rule says how the capping is paid for");
        }
        Uitkomst.Ingroei cap = caps.get(0);
        Ingroeipad pad = new Ingroeipad(List.of(cap.eerste(), cap.volgende()), cap.ookVoordeel(),
                Ingroeipad.Financiering.valueOf(pays.get(0).financiering()));
        return Bundelingsberekening.bereken(bundeling, pad, cap.regel(), explain);
    }

    /** Runs the rules over {@code facts} in a session of its own, shipped rules replaced by analysts' left out. */
    private Uitkomst fire(Iterable<?> facts) {
        Uitkomst uitkomst = new Uitkomst();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("uitkomst", uitkomst);
            for (Object f : facts) {
                session.insert(f);
            }
            if (replacedIds.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> !replacedIds.contains(RegelInfo.van(match.getRule()).id()));
            }
        } finally {
            session.dispose();
        }
        return uitkomst;
    }

    /**
     * The fvw version and the hashes of the rule files.
     *
     * @return the provenance of this engine's results
     */
    public Provenance provenance() {
        return provenance;
    }

    private static final class Shipped {
        static final FvwEngine INSTANCE = load();

        private static FvwEngine load() {
            return new FvwEngine(ShippedModel.kieBase(), RuleSources.shipped(), Set.of());
        }
    }
}
