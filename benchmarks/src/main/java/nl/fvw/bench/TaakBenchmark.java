package nl.fvw.bench;

import java.math.BigDecimal;
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

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakberekening;
import nl.fvw.money.Amounts;
import nl.fvw.rules.FvwEngine;
import nl.fvw.time.BudgetYear;

/** A 10-year task of 20 components over 3 tiers: the arithmetic alone, and with the verdict and signal rules. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaakBenchmark {
    private Taak taak;
    private FvwEngine engine;

    @Setup
    public void setUp() {
        List<Kostencomponent> components = new ArrayList<>();
        Kostensoort[] kinds = {Kostensoort.STRUCTUREEL, Kostensoort.UITVOERING, Kostensoort.INVOERING, Kostensoort.BESPARING};
        for (int c = 0; c < 20; c++) {
            TreeMap<BudgetYear, BigDecimal> volume = new TreeMap<>();
            for (int y = 2025; y <= 2034; y++) {
                volume.put(BudgetYear.of(y), BigDecimal.valueOf(1000L + 37L * c + 11L * (y - 2025)));
            }
            components.add(new Kostencomponent("component " + c, kinds[c % kinds.length],
                    new Kostencomponent.VolumeMaalPrijs(volume, Amounts.eur(BigDecimal.valueOf(150 + c * 13, 0))), "bench"));
        }
        TreeMap<BudgetYear, BigDecimal> rates = new TreeMap<>();
        TreeMap<BudgetYear, MonetaryAmount> comp = new TreeMap<>();
        for (int y = 2025; y <= 2034; y++) {
            rates.put(BudgetYear.of(y), new BigDecimal("0.025"));
            comp.put(BudgetYear.of(y), Amounts.mln("3"));
        }
        taak = new Taak("bench", "bench", BudgetYear.of(2024), BudgetYear.of(2025), BudgetYear.of(2034), components,
                new Indexreeks("prijs", "bench", rates), Map.of(Bestuurslaag.GEMEENTEN, new BigDecimal("0.7"),
                        Bestuurslaag.PROVINCIES, new BigDecimal("0.2"), Bestuurslaag.WATERSCHAPPEN, new BigDecimal("0.1")),
                Map.of(), comp, new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of());
        engine = FvwEngine.shipped();
    }

    @Benchmark
    public Object arithmeticOnly() {
        return Taakberekening.bereken(taak, false);
    }

    @Benchmark
    public Object withVerdictAndSignals() {
        return engine.beoordeel(taak, false);
    }
}
