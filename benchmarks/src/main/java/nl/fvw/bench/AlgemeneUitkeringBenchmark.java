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

import nl.fvw.gemeentefonds.AuKeuzes;
import nl.fvw.gemeentefonds.Circulaire;
import nl.fvw.gemeentefonds.Circulairevergelijking;
import nl.fvw.gemeentefonds.Herindelingen;
import nl.fvw.gemeentefonds.Verdeling;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;

/**
 * The algemene uitkering of the real 342 gemeenten from the meicirculaire 2024 data (49 maatstaven,
 * 12 clusters), explanations off: every gemeente per cluster, exact, to the cent; and two circulaires
 * compared three ways. Run from the repository root (benchmarks/run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlgemeneUitkeringBenchmark {
    private Circulaire mei2024;
    private Circulaire mei2023;
    private Circulaire september2023;

    @Setup
    public void setUp() {
        mei2024 = ScenarioReader.read(Path.of("examples/scenarios/algemene-uitkering-meicirculaire-2024.yaml"))
                .algemeneUitkering().circulaire();
        Scenario twee = ScenarioReader.read(Path.of("examples/scenarios/algemene-uitkering-mei-september-2023.yaml"));
        mei2023 = twee.algemeneUitkering().vorige();
        september2023 = twee.algemeneUitkering().circulaire();
    }

    @Benchmark
    public Object au342GemeentenPerCluster() {
        return Verdeling.bereken(mei2024, AuKeuzes.CIRCULAIRE);
    }

    @Benchmark
    public Object tweeCirculairesDrieEffecten() {
        return Circulairevergelijking.van(mei2023, september2023, AuKeuzes.CIRCULAIRE, Herindelingen.GEEN);
    }
}
