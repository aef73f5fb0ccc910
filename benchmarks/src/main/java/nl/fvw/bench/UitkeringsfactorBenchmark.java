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

import nl.fvw.money.Amounts;
import nl.fvw.normering.Uitkeringsfactor;

/**
 * The algemene uitkering over 342 gemeenten with 60 maatstaven each (seeded, generated): the
 * uitkeringsbasis per gemeente (Σ eenheden × bedrag per eenheid), the uitkeringsfactor, and the
 * AU per gemeente allocated to the cent so that it adds up to the budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UitkeringsfactorBenchmark {
    private static final int GEMEENTEN = 342;
    private static final int MAATSTAVEN = 60;

    private Map<String, Map<String, BigDecimal>> eenheden;
    private List<MonetaryAmount> inkomsten;
    private Map<String, MonetaryAmount> bedragPerEenheid;
    private MonetaryAmount auBudget;

    @Setup
    public void setUp() {
        Random r = new Random(3_422_026);
        bedragPerEenheid = new TreeMap<>();
        for (int m = 0; m < MAATSTAVEN; m++) {
            bedragPerEenheid.put(String.format("maatstaf%02d", m), Amounts.eur(BigDecimal.valueOf(1 + r.nextInt(90_000), 2)));
        }
        eenheden = new java.util.LinkedHashMap<>();
        inkomsten = new ArrayList<>();
        for (int g = 0; g < GEMEENTEN; g++) {
            long inwoners = Math.max(900, (long) (1_000 * Math.exp(r.nextGaussian() * 1.1 + 3.3)));
            Map<String, BigDecimal> e = new TreeMap<>();
            for (String m : bedragPerEenheid.keySet()) {
                e.put(m, BigDecimal.valueOf((long) (inwoners * r.nextDouble())));
            }
            eenheden.put(String.format("GM%04d", g), e);
            inkomsten.add(Amounts.eur(BigDecimal.valueOf(-inwoners * (20 + r.nextInt(60)))));
        }
        auBudget = Amounts.eur("21000000000.00");
    }

    @Benchmark
    public Object auOver342GemeentenAnd60Maatstaven() {
        Map<String, MonetaryAmount> bases = Uitkeringsfactor.uitkeringsbases(eenheden, bedragPerEenheid);
        List<Uitkeringsfactor.Gemeente> gemeenten = new ArrayList<>(GEMEENTEN);
        int g = 0;
        for (Map.Entry<String, MonetaryAmount> b : bases.entrySet()) {
            gemeenten.add(new Uitkeringsfactor.Gemeente(b.getKey(), b.getValue(), inkomsten.get(g++)));
        }
        return Uitkeringsfactor.bereken(auBudget, gemeenten, false);
    }
}
