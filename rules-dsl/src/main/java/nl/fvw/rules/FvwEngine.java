package nl.fvw.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.runtime.KieSession;

import nl.fvw.FvwException;
import nl.fvw.bekostiging.Signaleringsoverzicht;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakberekening;
import nl.fvw.bekostiging.Taakoverzicht;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsfeit;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.explain.Provenance;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Kerncijfers;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.param.ParameterSet;
import nl.fvw.rules.internal.Besluitgeheugen;
import nl.fvw.rules.internal.Ingroeibesluit;
import nl.fvw.rules.internal.RegelInfo;
import nl.fvw.rules.internal.Regelbasis;
import nl.fvw.rules.internal.RuleCompiler;
import nl.fvw.rules.internal.Uitkomst;
import nl.fvw.time.Stand;

/**
 * The rules and their policy parameters over typed inputs: the normering ({@link #bereken}), the
 * funding of a task ({@link #beoordeel}) and a bundling ({@link #bundel}). The parameters shipped
 * with the rules (the opschalingskorting, the window of the bbp-systematiek) always apply; an
 * input's own parameters layer on top by decision stand. Thread-safe: the rule base is shared and
 * immutable, every evaluation gets its own session.
 *
 * <pre>{@code
 * FvwEngine engine = FvwEngine.shipped();
 * Normeringsuitkomst u = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(ngru)), true);
 * FvwEngine variant = FvwEngine.builder().regels(List.of(RuleFile.read(Path.of("variant.dslr"))))
 *         .cache(RuleCache.in(Path.of("target/fvw-cache"))).build();
 * }</pre>
 */
public final class FvwEngine {
    private final Regelbasis basis;
    private final Besluitvorming besluitvorming;
    private final RuleSources sources;
    private final Set<String> replacedIds;
    private final Provenance provenance;
    private final ParameterSet parameters;
    private final Vuurgrenzen grenzen;
    private final boolean ruweRegelsToe;
    /** Kept for the draws of a Monte Carlo: the shipped parameters with the last input's own on top, its arithmetic. */
    private volatile Layered lastLayered;
    private volatile Normeringsrekening lastRekening;

    private record Layered(ParameterSet own, ParameterSet all) {
    }

    private FvwEngine(Regelbasis basis, RuleSources sources, Set<String> replacedIds, Vuurgrenzen grenzen,
            boolean ruweRegelsToe, Besluitgeheugen geheugen) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.grenzen = Objects.requireNonNull(grenzen, "grenzen");
        this.ruweRegelsToe = ruweRegelsToe;
        this.sources = Objects.requireNonNull(sources, "sources");
        this.replacedIds = Set.copyOf(replacedIds);
        TreeMap<String, String> hashes = new TreeMap<>();
        sources.hashes().forEach((name, hash) -> hashes.put("regels:" + name, hash));
        this.provenance = Provenance.of(hashes);
        this.parameters = sources.parameterSet();
        this.besluitvorming = new Besluitvorming(geheugen, provenance.hashes() + "\0" + new java.util.TreeSet<>(this.replacedIds)
                + "\0" + grenzen);
    }

    /**
     * The shipped rules, prebuilt as an executable model in this jar, with their parameters; one
     * instance, shared.
     *
     * @return the engine with the shipped rules
     */
    public static FvwEngine shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * A builder for an engine with analysts' rule files beside the shipped rules.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an engine: the shipped rules, analysts' files, and where compiled rule bases are kept. */
    public static final class Builder {
        private final List<RuleFile> regels = new ArrayList<>();
        private RuleCache cache = RuleCache.inMemory();
        private Vuurgrenzen grenzen = Vuurgrenzen.standaard();
        private boolean ruweRegelsToe;

        private Builder() {
        }

        /**
         * The limits of every rule session of the engine (default {@link Vuurgrenzen#standaard()}).
         *
         * @param g the limits
         * @return this builder
         */
        public Builder grenzen(Vuurgrenzen g) {
            this.grenzen = Objects.requireNonNull(g, "grenzen");
            return this;
        }

        /**
         * Allows rule files with raw DRL ({@code ruwe_regels}); without it such a file is refused. Even
         * allowed, raw DRL may only use fvw's facts and result ({@link RuweRegels}).
         *
         * @param toe true to allow
         * @return this builder
         */
        public Builder staRuweRegelsToe(boolean toe) {
            this.ruweRegelsToe = toe;
            return this;
        }

        /**
         * Analysts' rule files, compiled beside the shipped rules. Each file is checked line by line
         * first ({@link nl.fvw.rules.dsl.LineChecker}); a rule that declares {@code vervangt "ID"}
         * replaces the shipped rule with that id, which then no longer fires.
         *
         * @param files the files
         * @return this builder
         */
        public Builder regels(List<RuleFile> files) {
            regels.addAll(files);
            return this;
        }

        /**
         * Where compiled rule bases are kept, and in a directory also the normering decisions by input
         * structure (default: in memory only, decisions not kept).
         *
         * @param c the cache
         * @return this builder
         */
        public Builder cache(RuleCache c) {
            this.cache = Objects.requireNonNull(c, "cache");
            return this;
        }

        /**
         * The engine: the shipped one when there are no analysts' files, else compiled now or taken
         * from the cache by content hash.
         *
         * @return the engine
         * @throws nl.fvw.rules.dsl.DslException naming file, line and sentence of every problem
         */
        public FvwEngine build() {
            for (RuleFile f : regels) {
                f.checkSize();
                if (f.ruw()) {
                    RuweRegels.controleer(f, ruweRegelsToe);
                }
            }
            Besluitgeheugen geheugen = cache.directory() == null ? null : new Besluitgeheugen(cache.directory().resolve("besluiten"));
            if (regels.isEmpty()) {
                return grenzen.equals(Vuurgrenzen.standaard()) && geheugen == null ? shipped()
                        : new FvwEngine(Regelbasis.shipped(), RuleSources.shipped(), Set.of(), grenzen, ruweRegelsToe, geheugen);
            }
            RuleSources shipped = RuleSources.shipped();
            RuleCompiler.Compiled c = RuleCompiler.compile(shipped.hashes(), shipped::texts, regels.stream()
                    .map(f -> new RuleCompiler.RuleFile(f.name(), f.text(), f.ruw())).toList(), cache.directory());
            return new FvwEngine(c.basis(), shipped.withRules(c.analystTexts()), c.replacedIds(), grenzen,
                    ruweRegelsToe, geheugen);
        }
    }

    /**
     * Whether this engine was built with raw DRL allowed; the engines of a scenario's variants are built alike.
     *
     * @return true when allowed
     */
    public boolean ruweRegelsToegestaan() {
        return ruweRegelsToe;
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
     * The rule and parameter files this engine was built from, with their content hashes.
     *
     * @return the sources
     */
    public RuleSources sources() {
        return sources;
    }

    /**
     * The parameters shipped with the rules.
     *
     * @return the shipped policy parameters
     */
    public ParameterSet parameters() {
        return parameters;
    }

    /**
     * The fvw version and the hashes of the rule and parameter files.
     *
     * @return the provenance of this engine's results
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * The rules decide, then the arithmetic: which method, fixing, settlement, exclusion and korting
     * apply; {@link Normeringsrekening} computes.
     *
     * @param input the aggregates, funds, parameters and stands to compute
     * @param explain false for bulk runs: figures then carry no explanation
     * @return every figure with its explanation and the provenance
     * @throws nl.fvw.FvwException when no rule decides a year, two decisions conflict, or an input is missing
     */
    public Normeringsuitkomst bereken(Normeringsinvoer input, boolean explain) {
        return bereken(input, beslis(input), explain);
    }

    /**
     * Lets the rules decide, once, for an input's structure: which computation, fixing and
     * settlement apply to each fund and year, which items are corrections, which kortingen apply.
     * With a cache directory ({@link Builder#cache}) the decisions are kept there and read back for the
     * same structure under the same rules, limits and build, without the rules firing.
     *
     * @param input the input; its amounts play no part
     * @return the decisions, reusable for every input of the same structure
     */
    public Besluiten beslis(Normeringsinvoer input) {
        Normeringsinvoer in = withPolicy(input);
        return besluitvorming.beslis(in, this::fire);
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
    public Normeringsuitkomst bereken(Normeringsinvoer input, Besluiten besluiten, boolean explain) {
        return new Normeringsrekening(withPolicy(input), besluiten, explain).bereken().withProvenance(provenance);
    }

    /**
     * The figures of one stand under decisions the rules took before: the same figures as
     * {@link #bereken(Normeringsinvoer, Besluiten, boolean)} gives at that stand, without computing
     * what the stand does not read of the others (a Monte Carlo over the forecasts of one stand).
     *
     * @param input an input of the same structure as the one decided for
     * @param besluiten the rules' decisions
     * @param stand one of the input's stands
     * @param explain false for bulk runs: figures then carry no explanation
     * @return the figures at {@code stand}, with the provenance
     * @throws nl.fvw.FvwException when the input's structure differs, the stand is not one of the input's, or a
     *         figure cannot be computed
     */
    public Normeringsuitkomst bereken(Normeringsinvoer input, Besluiten besluiten, Stand stand, boolean explain) {
        return new Normeringsrekening(withPolicy(input), besluiten, explain).bereken(stand).withProvenance(provenance);
    }

    /**
     * The accres % and levels of one stand as the values of the figures {@link #bereken(Normeringsinvoer,
     * Besluiten, Stand, boolean)} gives, without making them (a Monte Carlo draw).
     *
     * @param input an input of the same structure as the one decided for
     * @param besluiten the rules' decisions
     * @param stand one of the input's stands
     * @return the accres % and levels at {@code stand}; throws as {@link #bereken(Normeringsinvoer, Besluiten, boolean)}
     */
    public Kerncijfers kerncijfers(Normeringsinvoer input, Besluiten besluiten, Stand stand) {
        Normeringsrekening r = Normeringsrekening.naast(lastRekening, withPolicy(input), besluiten);
        lastRekening = r;
        return r.kerncijfers(stand);
    }

    /** The input with the shipped parameters under its own. */
    private Normeringsinvoer withPolicy(Normeringsinvoer input) {
        Layered l = lastLayered;
        if (l == null || l.own() != input.parameters()) {
            l = new Layered(input.parameters(), parameters.layer(input.parameters()));
            lastLayered = l;
        }
        return input.withParameters(l.all());
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
        Uitkomst uitkomst = fire(taak.signalering() == null ? List.of(new Taakoverzicht(computed))
                : List.of(new Taakoverzicht(computed), new Signaleringsoverzicht(taak)));
        return Taakoordeel.afronden(computed, uitkomst, provenance);
    }

    /**
     * Lets the rules signal over a tier's whole portfolio of tasks (bekostiging.dslr: saldo, accres, route).
     *
     * @param portefeuille the portfolio, computed by {@link nl.fvw.bekostiging.Portefeuille#van}
     * @return the portfolio with its signals, each with its rule
     */
    public nl.fvw.bekostiging.Portefeuilleuitkomst signaleer(nl.fvw.bekostiging.Portefeuille portefeuille) {
        Uitkomst uitkomst = fire(List.of(new nl.fvw.bekostiging.Portefeuilleoverzicht(portefeuille)));
        List<Taakuitkomst.Signaal> signals = uitkomst.portefeuillesignalen().stream()
                .map(g -> new Taakuitkomst.Signaal(g.tekst(), g.regel().name(), g.regel()))
                .sorted(Comparator.comparing(Taakuitkomst.Signaal::tekst)).toList();
        return new nl.fvw.bekostiging.Portefeuilleuitkomst(portefeuille, signals);
    }

    /**
     * Computes a bundling; the rules decide the ingroeipad (how the effects are capped, for gains
     * or losses only, and how it is paid for); {@link nl.fvw.bundeling.Bundelingsberekening} does the arithmetic.
     *
     * @param bundeling the SPUKs, recipients, key and korting
     * @param explain false for bulk runs: figures then carry no explanation
     * @return per year the transfer, every recipient's effect and the summaries
     * @throws nl.fvw.FvwException when a path has no financing or two rules decide differently
     */
    public Bundelingsuitkomst bundel(Bundeling bundeling, boolean explain) {
        Uitkomst uitkomst = fire(List.of(new Bundelingsfeit(bundeling)));
        return Ingroeibesluit.bereken(bundeling, uitkomst.ingroei(), explain).withProvenance(provenance);
    }

    /**
     * Runs the rules over {@code facts} in a session of its own, shipped rules replaced by analysts' left out,
     * within the engine's {@link Vuurgrenzen}.
     */
    private Uitkomst fire(Iterable<?> facts) {
        RegelInfo.Index regels = basis.regels();
        Uitkomst uitkomst = new Uitkomst(regels);
        KieSession session = basis.kieBase().newKieSession();
        Map<String, Integer> gevuurd = new java.util.HashMap<>();
        try {
            session.setGlobal("uitkomst", uitkomst);
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent e) {
                    gevuurd.merge(regels.ref(e.getMatch().getRule()).id(), 1, Integer::sum);
                }
            });
            for (Object f : facts) {
                session.insert(f);
            }
            grenzen.vuur(session, gevuurd, max -> replacedIds.isEmpty() ? session.fireAllRules(max)
                    : session.fireAllRules(match -> !replacedIds.contains(regels.ref(match.getRule()).id()), max));
        } finally {
            session.dispose();
        }
        return uitkomst;
    }

    private static final class Shipped {
        static final FvwEngine INSTANCE = new FvwEngine(Regelbasis.shipped(), RuleSources.shipped(), Set.of(),
                Vuurgrenzen.standaard(), false, null);
    }
}
