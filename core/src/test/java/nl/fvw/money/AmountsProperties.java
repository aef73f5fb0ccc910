package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The shortcuts past Moneta's conversions give what Moneta gives, to the scale: the value of an
 * amount, the value an amount of a decimal would hold, and the value of a sum, difference and product
 * of amounts.
 */
class AmountsProperties {
    @Property(tries = 2_000)
    void normalizeIsTheValueOfTheAmount(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long high,
            @ForAll long low, @ForAll @IntRange(min = 0, max = 3) int zeros, @ForAll @IntRange(min = -12, max = 40) int scale,
            @ForAll boolean negative, @ForAll @IntRange(min = 0, max = 2) int width) {
        BigInteger unscaled = BigInteger.valueOf(low);
        if (width > 0) {
            unscaled = unscaled.add(BigInteger.valueOf(high).shiftLeft(64 * width - 1));
        }
        unscaled = unscaled.multiply(BigInteger.TEN.pow(zeros));
        BigDecimal x = new BigDecimal(negative ? unscaled.negate() : unscaled, scale);
        MonetaryAmount amount = Amounts.of(x, Amounts.EUR);
        BigDecimal viaMoneta = amount.getNumber().numberValueExact(BigDecimal.class);
        assertThat(Amounts.normalize(x)).isEqualTo(viaMoneta);
        assertThat(Amounts.value(amount)).isEqualTo(viaMoneta);
    }

    @Property(tries = 200)
    void zeroOfAnyScaleIsZero(@ForAll @IntRange(min = -12, max = 40) int scale) {
        BigDecimal x = BigDecimal.ZERO.setScale(scale);
        assertThat(Amounts.normalize(x)).isEqualTo(Amounts.of(x, Amounts.EUR).getNumber().numberValueExact(BigDecimal.class));
        assertThat(Amounts.zero(Amounts.EUR)).isEqualTo(Amounts.of(x, Amounts.EUR));
    }

    @Property(tries = 2_000)
    void theValueOperationsGiveTheValuesOfTheAmountOperations(@ForAll("decimals") BigDecimal a,
            @ForAll("decimals") BigDecimal b, @ForAll("decimals") BigDecimal factor) {
        MonetaryAmount x = Amounts.of(a, Amounts.EUR);
        MonetaryAmount y = Amounts.of(b, Amounts.EUR);
        BigDecimal va = Amounts.normalize(a);
        BigDecimal vb = Amounts.normalize(b);
        assertThat(Amounts.addValues(va, vb)).isEqualTo(Amounts.value(Amounts.add(x, y)));
        assertThat(Amounts.subtractValues(va, vb)).isEqualTo(Amounts.value(Amounts.subtract(x, y)));
        assertThat(Amounts.multiplyValue(va, factor)).isEqualTo(Amounts.value(Amounts.multiply(x, factor)));
        if (vb.signum() != 0) {
            assertThat(Amounts.ratio(va, vb, Amounts.EUR, "test")).isEqualTo(Amounts.ratio(x, y, "test"));
        }
    }

    /** Decimals of up to 40 digits at scales -6..30, a tenth of them zero of some scale. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(),
                BigInteger.TEN.pow(40));
        Arbitrary<BigDecimal> any = Combinators.combine(unscaled, Arbitraries.integers().between(-6, 30))
                .as(BigDecimal::new);
        Arbitrary<BigDecimal> zero = Arbitraries.integers().between(-6, 30).map(BigDecimal.ZERO::setScale);
        return Arbitraries.frequencyOf(Tuple.of(9, any), Tuple.of(1, zero));
    }
}
