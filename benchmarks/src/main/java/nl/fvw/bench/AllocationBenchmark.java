package nl.fvw.bench;

import java.math.BigDecimal;
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
import org.openjdk.jmh.infra.Blackhole;

import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingUnit;

/** Sum-preserving allocation of € 32 bn over 342 gemeenten by inwoners (seeded, long-tailed). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AllocationBenchmark {
    private Map<String, BigDecimal> inwoners;
    private MonetaryAmount budget;

    @Setup
    public void setUp() {
        Random r = new Random(342);
        inwoners = new TreeMap<>();
        for (int i = 0; i < 342; i++) {
            long n = (long) (1_000 * Math.exp(r.nextGaussian() * 1.1 + 3.3));
            inwoners.put(String.format("GM%04d", i), BigDecimal.valueOf(Math.max(900, n)));
        }
        budget = Amounts.eur("32000000000.00");
    }

    @Benchmark
    public Object allocate342ToTheCent() {
        return Allocation.split(budget, inwoners, RoundingUnit.CENT);
    }

    /** The same, reading every part as a {@code MonetaryAmount} (which Moneta makes through the amount's text). */
    @Benchmark
    public void allocate342AndReadEveryPart(Blackhole bh) {
        for (MonetaryAmount part : Allocation.split(budget, inwoners, RoundingUnit.CENT).values()) {
            bh.consume(part);
        }
    }
}
