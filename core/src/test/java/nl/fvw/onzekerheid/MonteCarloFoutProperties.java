package nl.fvw.onzekerheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

/** The forecast error computed in longs is the decimal formula's, value and scale, at every z and sd. */
class MonteCarloFoutProperties {
    @Property(tries = 5_000)
    void theErrorInLongsIsTheDecimalFormula(@ForAll @LongRange(min = -6_000_000, max = 6_000_000) long miljoensten,
            @ForAll("sds") BigDecimal sd) {
        BigDecimal decimaal = BigDecimal.valueOf(miljoensten, 6).multiply(sd).setScale(4, RoundingMode.HALF_EVEN)
                .divide(BigDecimal.valueOf(100));
        assertThat(MonteCarlo.fout(miljoensten, sd)).isEqualTo(decimaal);
    }

    /** Half-way cases: z × sd ending in exactly 5 beyond 0,0001, rounded to the even neighbour. */
    @Property(tries = 1_000)
    void halfWayGoesToTheEvenNeighbour(@ForAll @LongRange(min = -1_199_999, max = 1_199_999) long k) {
        long miljoensten = 5 * k;   // sd 0.1: z × sd has one digit beyond 0,0001, a 5 for odd k
        BigDecimal sd = new BigDecimal("0.1");
        BigDecimal decimaal = BigDecimal.valueOf(miljoensten, 6).multiply(sd).setScale(4, RoundingMode.HALF_EVEN)
                .divide(BigDecimal.valueOf(100));
        assertThat(MonteCarlo.fout(miljoensten, sd)).isEqualTo(decimaal);
    }

    /** Standard deviations of 1 to 15 digits at scales −4 to 18 (some beyond what the longs take), and zero. */
    @Provide
    Arbitrary<BigDecimal> sds() {
        Arbitrary<BigDecimal> sd = Arbitraries.integers().between(1, 15).flatMap(digits -> Combinators.combine(
                Arbitraries.longs().between(0, BigDecimal.TEN.pow(digits).longValue() - 1),
                Arbitraries.integers().between(-4, 18)).as((u, scale) -> BigDecimal.valueOf(u, scale)));
        return Arbitraries.frequencyOf(Tuple.of(18, sd), Tuple.of(1,
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("1.5"), BigDecimal.ONE)));
    }
}
