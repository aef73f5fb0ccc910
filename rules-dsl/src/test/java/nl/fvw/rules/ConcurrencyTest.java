package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.present.Values;
import nl.fvw.time.BudgetYear;

/** One engine shared by 16 threads: 10,000 mixed evaluations give exactly the sequential results. */
class ConcurrencyTest {
    private static final nl.fvw.normering.Normeringsinvoer INVOER = nl.fvw.scenario.ScenarioReader
            .read(java.nio.file.Path.of("src/test/resources/normering-2022-2028.yaml")).normering();

    private static String normering(FvwEngine e) {
        return e.bereken(INVOER, false).figuren().stream()
                .map(f -> f.name() + "=" + Values.text(f)).toList().toString();
    }

    private static String taak(FvwEngine e, int k) {
        TreeMap<BudgetYear, javax.money.MonetaryAmount> b = new TreeMap<>(Map.of(BudgetYear.of(2025), Amounts.mln("10" + k),
                BudgetYear.of(2026), Amounts.mln("11")));
        Taak t = new Taak("t" + k, "b", BudgetYear.of(2025), BudgetYear.of(2025), BudgetYear.of(2026),
                List.of(new Kostencomponent("c", Kostensoort.STRUCTUREEL, new Kostencomponent.Bedragen(b), "b")),
                Indexreeks.geen(), Map.of(Bestuurslaag.GEMEENTEN, new BigDecimal("0.6"), Bestuurslaag.PROVINCIES,
                        new BigDecimal("0.4")), Map.of(), new TreeMap<>(Map.of(BudgetYear.of(2025), Amounts.mln("9"))),
                new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of());
        var u = e.beoordeel(t, false);
        return String.valueOf(u.oordeel()) + u.signalen() + u.jaren().stream().map(j -> Amounts.format(j.gat())).toList();
    }

    private static String bundel(FvwEngine e) {
        List<Ontvanger> o = List.of(
                new Ontvanger("A", "a", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("1000"))), Map.of("x", BigDecimal.ONE)),
                new Ontvanger("B", "b", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("3000"))), Map.of("x", BigDecimal.TEN)));
        Spuk s = new Spuk("s", "t", new TreeMap<>(Map.of(BudgetYear.of(2026), Amounts.mln("1"), BudgetYear.of(2027),
                Amounts.mln("1"))), Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE));
        Bundeling b = new Bundeling("b", "t", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2027),
                new BigDecimal("0.1"), null, null, List.of(s), o, new Verdeelsleutel(Map.of("x", Amounts.eur("1")), BigDecimal.ZERO),
                List.of(), true);
        return e.bundel(b, false).jaren().stream().flatMap(j -> j.effecten().stream())
                .map(h -> h.code() + Amounts.format(h.allocatie())).toList().toString();
    }

    @Test
    void sixteenThreadsGiveTheSequentialResults() throws Exception {
        FvwEngine engine = FvwEngine.shipped();
        List<Supplier<String>> work = List.of(() -> normering(engine), () -> taak(engine, 1), () -> taak(engine, 2),
                () -> bundel(engine), () -> engine.bereken(Normeringsinvoer.vanAggregaten(List.of(Fixtures.ngruFromParts())),
                        true).accressen().toString());
        List<String> sequential = work.stream().map(Supplier::get).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                int k = i % work.size();
                results.add(pool.submit(() -> work.get(k).get().equals(sequential.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
