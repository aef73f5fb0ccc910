package nl.fvw.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.money.Amounts;
import nl.fvw.rules.FvwEngine;
import nl.fvw.time.BudgetYear;

/** 342 recipients × 5 SPUKs × 6 years with the shipped ingroeipad, explanations off. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BundelingBenchmark {
    private Bundeling bundeling;
    private FvwEngine engine;

    @Setup
    public void setUp() {
        Random r = new Random(342);
        List<Ontvanger> ontvangers = new ArrayList<>();
        List<Map<String, BigDecimal>> hist = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            hist.add(new TreeMap<>());
        }
        for (int i = 0; i < 342; i++) {
            String code = String.format("GX%04d", i);
            long inw = 1000 + r.nextInt(300_000);
            ontvangers.add(new Ontvanger(code, code, new TreeMap<>(Map.of(BudgetYear.of(2026), BigDecimal.valueOf(inw))),
                    Map.of("inwoners", BigDecimal.valueOf(inw), "bijstand", BigDecimal.valueOf(inw / 30 + r.nextInt(500)))));
            for (int s = 0; s < 5; s++) {
                hist.get(s).put(code, BigDecimal.valueOf(inw * (50 + r.nextInt(100))));
            }
        }
        List<Spuk> spuks = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            TreeMap<BudgetYear, MonetaryAmount> budget = new TreeMap<>();
            for (int y = 2026; y <= 2031; y++) {
                budget.put(BudgetYear.of(y), Amounts.mln(String.valueOf(100 + 10 * s + y - 2026)));
            }
            spuks.add(new Spuk("spuk " + s, "bench", budget, hist.get(s)));
        }
        bundeling = new Bundeling("bench", "bench", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2031),
                new BigDecimal("0.10"), null, BudgetYear.of(2027), spuks, ontvangers,
                new Verdeelsleutel(Map.of("inwoners", Amounts.eur("10"), "bijstand", Amounts.eur("800")), BigDecimal.ZERO),
                List.of(), true);
        engine = FvwEngine.shipped();
    }

    @Benchmark
    public Object bundleWithIngroeipad() {
        return engine.bundel(bundeling, false);
    }
}
