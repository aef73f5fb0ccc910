package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import javax.money.MonetaryAmount;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The shortcuts past Moneta's conversions give what Moneta gives, to the scale: the value of an
 * amount, and the value an amount of a decimal would hold.
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
}
