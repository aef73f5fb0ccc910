package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of {@link Allocation}, each over 10,000 generated cases. */
class AllocationProperties {
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    record Case(BigDecimal total, Map<String, BigDecimal> weights) {
        MonetaryAmount amount() {
            return Amounts.eur(total);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<BigDecimal> totals = Arbitraries.bigDecimals().between(new BigDecimal("-1000000000"),
                new BigDecimal("1000000000")).ofScale(2);
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("900000")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("900000")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100")).ofScale(3));
        Arbitrary<List<BigDecimal>> weights = weight.list().ofMinSize(1).ofMaxSize(40)
                .filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
        return Combinators.combine(totals, weights).as((t, ws) -> {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (int i = 0; i < ws.size(); i++) {
                m.put(String.format("GM%04d", i), ws.get(i));
            }
            return new Case(t, m);
        });
    }

    /** Weights of every size, so that some cases fit in 64 bits and some do not; at least one positive (split refuses all zero). */
    @Provide
    Arbitrary<List<BigDecimal>> anyWeights() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E+17")).ofScale(0),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("1000")).ofScale(6),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E+25")).ofScale(0));
        return weight.list().ofMinSize(1).ofMaxSize(30).filter(l -> l.stream().anyMatch(x -> x.signum() > 0));
    }

    @Property(tries = 2_000)
    void overLongsTheUnitsAreThoseOfTheGeneralArithmetic(@ForAll("anyWeights") List<BigDecimal> weights,
            @ForAll @net.jqwik.api.constraints.LongRange(min = -4_000_000_000_000_000L, max = 4_000_000_000_000_000L)
            long units) {
        BigDecimal[] w = weights.toArray(new BigDecimal[0]);
        int scale = weights.stream().mapToInt(x -> Math.max(0, x.stripTrailingZeros().scale())).max().orElse(0);
        java.math.BigInteger u = java.math.BigInteger.valueOf(units);
        long[] overLongs = Allocation.overLongs(u, w, scale);
        java.math.BigInteger[] general = Allocation.general(u, w, scale);
        net.jqwik.api.statistics.Statistics.collect(overLongs == null ? "general" : "over longs");
        net.jqwik.api.statistics.Statistics.coverage(c -> {
            c.check("over longs").percentage(p -> p > 20);
            c.check("general").percentage(p -> p > 20);
        });
        if (overLongs != null) {
            assertThat(overLongs).hasSize(general.length);
            for (int i = 0; i < general.length; i++) {
                assertThat(overLongs[i]).as("part " + i).isEqualTo(general[i].longValueExact());
            }
        }
    }

    @Property(tries = 10_000)
    void partsSumExactlyToTheTotal(@ForAll("cases") Case c) {
        SortedMap<String, MonetaryAmount> parts = Allocation.split(c.amount(), c.weights(), RoundingUnit.CENT);
        BigDecimal sum = parts.values().stream().map(Amounts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(c.total());
    }

    @Property(tries = 10_000)
    void eachPartIsWithinOneUnitOfItsExactShare(@ForAll("cases") Case c) {
        SortedMap<String, MonetaryAmount> parts = Allocation.split(c.amount(), c.weights(), RoundingUnit.CENT);
        BigDecimal weightSum = c.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        MathContext mc = new MathContext(50);
        c.weights().forEach((k, w) -> {
            BigDecimal exact = c.total().multiply(w).divide(weightSum, mc);
            BigDecimal diff = Amounts.value(parts.get(k)).subtract(exact).abs();
            assertThat(diff).isLessThan(ONE_CENT);
            if (w.signum() == 0) {
                assertThat(Amounts.value(parts.get(k))).isZero();
            }
        });
    }

    @Property(tries = 10_000)
    void theResultDoesNotDependOnInputOrder(@ForAll("cases") Case c, @ForAll long seed) {
        List<String> keys = new ArrayList<>(c.weights().keySet());
        Collections.shuffle(keys, new java.util.Random(seed));
        Map<String, BigDecimal> shuffled = new LinkedHashMap<>();
        keys.forEach(k -> shuffled.put(k, c.weights().get(k)));
        assertThat(Allocation.split(c.amount(), shuffled, RoundingUnit.CENT))
                .isEqualTo(Allocation.split(c.amount(), c.weights(), RoundingUnit.CENT));
    }

    /** Allocating again with the parts as weights returns the parts unchanged. */
    @Property(tries = 10_000)
    void allocationIsIdempotent(@ForAll("cases") Case c) {
        SortedMap<String, MonetaryAmount> parts = Allocation.split(c.amount(), c.weights(), RoundingUnit.CENT);
        if (c.total().signum() == 0) {
            return;
        }
        Map<String, BigDecimal> asWeights = new TreeMap<>();
        parts.forEach((k, v) -> asWeights.put(k, Amounts.value(v).abs()));
        assertThat(Allocation.split(c.amount(), asWeights, RoundingUnit.CENT)).isEqualTo(parts);
    }

    /** Multiplying every weight by the same positive factor changes nothing. */
    @Property(tries = 10_000)
    void scalingTheWeightsChangesNothing(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 100_000) int factor) {
        Map<String, BigDecimal> scaled = new LinkedHashMap<>();
        c.weights().forEach((k, w) -> scaled.put(k, w.multiply(BigDecimal.valueOf(factor))));
        assertThat(Allocation.split(c.amount(), scaled, RoundingUnit.CENT))
                .isEqualTo(Allocation.split(c.amount(), c.weights(), RoundingUnit.CENT));
    }

    /** A negative total is the mirror of the positive one, up to where the leftover units fall. */
    @Property(tries = 10_000)
    void aNegativeTotalSumsExactlyAndStaysWithinOneUnit(@ForAll("cases") Case c) {
        MonetaryAmount negative = Amounts.eur(c.total().abs().negate());
        SortedMap<String, MonetaryAmount> parts = Allocation.split(negative, c.weights(), RoundingUnit.CENT);
        BigDecimal sum = parts.values().stream().map(Amounts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(c.total().abs().negate());
        assertThat(parts.values()).allSatisfy(p -> assertThat(Amounts.value(p).signum()).isLessThanOrEqualTo(0));
    }
}
