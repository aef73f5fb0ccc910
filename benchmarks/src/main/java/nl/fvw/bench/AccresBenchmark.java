package nl.fvw.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.money.MonetaryAmount;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AggregaatJaar;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Groei;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.rules.FvwEngine;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * The accres of the Miljoenennota 2012 NGRU (four years) through the shipped rules, with and
 * without explanations, against the same arithmetic with the decisions built in Java: the
 * engine's overhead as a ratio measured in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccresBenchmark {
    private FvwEngine engine;
    private Normeringsinvoer input;
    private List<AggregaatJaar> years;
    private RuleRef rule;

    @Setup
    public void setUp() {
        Map<BudgetYear, MonetaryAmount> a = new TreeMap<>();
        Map<BudgetYear, MonetaryAmount> b = new TreeMap<>();
        String[] as = {"137926", "139015", "141578", "145629", "146920"};
        String[] bs = {"-45961", "-47525", "-49298", "-51121", "-51901"};
        for (int i = 0; i < as.length; i++) {
            a.put(BudgetYear.of(2011 + i), Amounts.mln(as[i]));
            b.put(BudgetYear.of(2011 + i), Amounts.mln(bs[i]));
        }
        Uitgavenaggregaat ngru = Uitgavenaggregaat.fromParts("NGRU", Stand.parse("Miljoenennota 2012"),
                "Miljoenennota 2012, tabel 9.1", YearSeries.of(a), YearSeries.of(b));
        engine = FvwEngine.shipped();
        input = Normeringsinvoer.vanAggregaten(List.of(ngru));
        years = AggregaatJaar.all(ngru);
        rule = new RuleRef("NRM-ACCRES-NGRU", "direct", "direct");
    }

    @Benchmark
    public Object engineExplanationsOff() {
        return engine.bereken(input, false);
    }

    @Benchmark
    public Object engineExplanationsOn() {
        return engine.bereken(input, true);
    }

    /** The same normering arithmetic with the decisions built in Java instead of fired by the rules. */
    @Benchmark
    public Object directExplanationsOff() {
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2012; y <= 2015; y++) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.TrapOpTrapAf("NGRU"), rule));
            }
        }
        return new Normeringsrekening(input, Besluiten.van(besluiten, input), false).bereken();
    }

    /** Only the growth formula, four years: the floor under any engine. */
    @Benchmark
    public void growthFormulaOnly(Blackhole bh) {
        for (AggregaatJaar j : years) {
            bh.consume(Groei.accres(j, rule, false));
        }
    }
}
