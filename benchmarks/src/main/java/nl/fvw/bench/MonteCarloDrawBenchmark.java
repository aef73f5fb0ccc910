package nl.fvw.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Trekkingen;
import nl.fvw.rules.FvwEngine;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * One Monte Carlo draw of examples/scenarios/normering-onzekerheid.yaml as the sweep evaluates it: the
 * draw's input made from the seed and its number (what all draws share prepared once), computed
 * without explanations on the rules' decisions taken once (2 stands × 7 years × 2 funds). Run from
 * the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloDrawBenchmark {
    private FvwEngine engine;
    private Normeringsinvoer input;
    private MonteCarlo monteCarlo;
    private Trekkingen trekkingen;
    private Besluiten besluiten;
    private int draw;

    @Setup
    public void setUp() {
        engine = FvwEngine.shipped();
        Scenario scenario = ScenarioReader.read(Path.of("examples/scenarios/normering-onzekerheid.yaml"));
        input = scenario.normering();
        monteCarlo = scenario.monteCarlo();
        besluiten = engine.beslis(input);
        trekkingen = monteCarlo.trekkingen(input);
    }

    /** The draw's input alone. */
    @Benchmark
    public Object drawInput() {
        return trekkingen.trekking(draw++ & 0xFFFF);
    }

    /** The draw's input and what the sweep keeps of it: the accres and levels at the perturbed stand. */
    @Benchmark
    public Object draw() {
        return engine.kerncijfers(trekkingen.trekking(draw++ & 0xFFFF), besluiten, monteCarlo.stand());
    }

    /** The draw's input and every figure of the perturbed stand. */
    @Benchmark
    public Object drawFigures() {
        return engine.bereken(trekkingen.trekking(draw++ & 0xFFFF), besluiten, monteCarlo.stand(), false);
    }
}
