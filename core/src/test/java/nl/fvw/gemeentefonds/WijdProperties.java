package nl.fvw.gemeentefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The 128-bit arithmetic of the kernel agrees with BigInteger and BigDecimal, or refuses. */
class WijdProperties {
    @Property(tries = 2_000)
    void sumsProductsAndQuotientsAreBigDecimals(@ForAll long x, @ForAll @LongRange(min = 1) long f, @ForAll long y,
            @ForAll @LongRange(min = 1, max = 1_000_000_000_000_000_000L) long g, @ForAll @IntRange(min = 0, max = 18) int k,
            @ForAll @IntRange(min = 0, max = 20) int schaal) {
        Wijd w = new Wijd();
        w.plusMaal(x, f);
        w.plusMaal(y, g);
        BigInteger exact = BigInteger.valueOf(x).multiply(BigInteger.valueOf(f))
                .add(BigInteger.valueOf(y).multiply(BigInteger.valueOf(g)));
        assertThat(w.decimaal(schaal)).isEqualTo(new BigDecimal(exact, schaal));
        BigInteger q = new BigDecimal(exact).movePointLeft(k).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (q.bitLength() <= 63 && !q.equals(BigInteger.valueOf(Long.MIN_VALUE))) {
            assertThat(w.gedeeldHalfUp(k)).isEqualTo(q.longValueExact());
        } else {
            assertThatThrownBy(() -> w.gedeeldHalfUp(k)).isInstanceOf(ArithmeticException.class);
        }
        Wijd m = new Wijd();
        m.zet(w);
        BigInteger p = exact.multiply(BigInteger.valueOf(g));
        if (p.bitLength() < 127) {
            m.maal(g);
            assertThat(m.decimaal(0)).isEqualTo(new BigDecimal(p));
        }
    }

    @Example
    void tiesRoundAwayFromZero() {
        Wijd w = new Wijd();
        w.plusMaal(125, 1);
        assertThat(w.gedeeldHalfUp(1)).isEqualTo(13);
        Wijd n = new Wijd();
        n.plusMaal(-125, 1);
        assertThat(n.gedeeldHalfUp(1)).isEqualTo(-13);
        n.nul();
        n.plusMaal(-124, 1);
        assertThat(n.gedeeldHalfUp(1)).isEqualTo(-12);
        assertThatThrownBy(() -> Wijd.tienmacht(19)).isInstanceOf(ArithmeticException.class);
    }
}
