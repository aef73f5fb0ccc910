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
import nl.fvw.rules.RuleCache;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * The shipped history replay, examples/scenarios/normering-geschiedenis.yaml (every stand it
 * holds, both funds, with its own rules for the published figures), with explanations on and off;
 * and the whole run as `fvw run` does it after reading: the normering and every check, including
 * the rows of its begroting tables linked to fvw figures. Run from the repository root (benchmarks/run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HistoryReplayBenchmark {
    private FvwEngine engine;
    private Normeringsinvoer input;
    private Scenario scenario;
    private RuleCache cache;

    @Setup
    public void setUp() {
        scenario = ScenarioReader.read(Path.of("examples/scenarios/normering-geschiedenis.yaml"));
        cache = RuleCache.inMemory();
        engine = ScenarioRunner.engine(scenario, cache);
        input = scenario.normering();
    }

    @Benchmark
    public Object historyReplayExplanationsOff() {
        return engine.bereken(input, false);
    }

    @Benchmark
    public Object replayWithTablesAndChecksExplanationsOff() {
        return ScenarioRunner.run(scenario, engine, false, cache);
    }

    @Benchmark
    public Object historyReplayExplanationsOn() {
        return engine.bereken(input, true);
    }
}
