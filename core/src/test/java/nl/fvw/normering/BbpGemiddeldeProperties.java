package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The mean's quotient without the long division is the long division's, value and scale. */
class BbpGemiddeldeProperties {
    @Property(tries = 3_000)
    void theQuotientIsTheDivisionsToTheScale(@ForAll long unscaled, @ForAll @IntRange(min = 0, max = 3) int width,
            @ForAll @IntRange(min = -8, max = 40) int scale, @ForAll @IntRange(min = 1, max = 70) int n,
            @ForAll @IntRange(min = 0, max = 4) int zeros) {
        BigInteger u = BigInteger.valueOf(unscaled).shiftLeft(20 * width).add(BigInteger.valueOf(width))
                .multiply(BigInteger.TEN.pow(zeros));
        BigDecimal x = new BigDecimal(u, scale);
        assertThat(BbpSystematiek.gedeeld(x, n)).isEqualTo(x.divide(BigDecimal.valueOf(n), BbpSystematiek.MC));
    }

    @Property(tries = 200)
    void zeroOfAnyScale(@ForAll @IntRange(min = -8, max = 40) int scale, @ForAll @IntRange(min = 1, max = 70) int n) {
        BigDecimal x = BigDecimal.ZERO.setScale(scale);
        assertThat(BbpSystematiek.gedeeld(x, n)).isEqualTo(x.divide(BigDecimal.valueOf(n), BbpSystematiek.MC));
    }
}
