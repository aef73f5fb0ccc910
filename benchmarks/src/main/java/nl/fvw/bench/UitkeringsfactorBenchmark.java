package nl.fvw.bench;

import java.nio.file.Path;
import java.util.List;
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

import nl.fvw.gemeentefonds.AuKeuzes;
import nl.fvw.gemeentefonds.Verdeling;
import nl.fvw.gemeentefonds.Verdelingsuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Uitkeringsfactor;
import nl.fvw.scenario.ScenarioReader;

/**
 * An AU budget over the real 342 gemeenten of the meicirculaire 2024 (their uitkeringsbases and
 * onderdeel A): the uitkeringsfactor it implies and the AU per gemeente allocated to the cent so that
 * it adds up to the budget. Run from the repository root (benchmarks/run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UitkeringsfactorBenchmark {
    private List<Uitkeringsfactor.Gemeente> gemeenten;
    private MonetaryAmount auBudget;

    @Setup
    public void setUp() {
        Verdelingsuitkomst v = Verdeling.bereken(ScenarioReader.read(Path.of(
                "examples/scenarios/algemene-uitkering-meicirculaire-2024.yaml")).algemeneUitkering().circulaire(),
                AuKeuzes.CIRCULAIRE);
        gemeenten = v.alsUitkeringsfactorgemeenten();
        auBudget = Amounts.eur(v.totaal().add(new java.math.BigDecimal("100000000")));
    }

    @Benchmark
    public Object auOver342RealGemeenten() {
        return Uitkeringsfactor.bereken(auBudget, gemeenten, false);
    }
}
