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

import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.rules.FvwEngine;
import nl.fvw.scenario.ScenarioReader;

/**
 * A full normering scenario through the shipped rules: examples/scenarios/normering-varianten-illustratief.yaml
 * (two stands, 2022-2028, both funds, bbp-systematiek, fixings, levels), with explanations on and off.
 * Run from the repository root (benchmarks/run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormeringScenarioBenchmark {
    private FvwEngine engine;
    private Normeringsinvoer input;

    @Setup
    public void setUp() {
        engine = FvwEngine.shipped();
        input = ScenarioReader.read(Path.of("examples/scenarios/normering-varianten-illustratief.yaml")).normering();
    }

    @Benchmark
    public Object fullScenarioExplanationsOff() {
        return engine.bereken(input, false);
    }

    @Benchmark
    public Object fullScenarioExplanationsOn() {
        return engine.bereken(input, true);
    }
}
