package nl.fvw.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import nl.fvw.money.Amounts;

/** An amount in € mln is the exact quotient by 10^6, with as many decimals as it has. */
class ValuesProperties {
    @Property(tries = 500)
    void mlnIsTheExactQuotientByAMillion(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = -3, max = 8) int scale) {
        BigDecimal v = BigDecimal.valueOf(unscaled, scale);
        BigDecimal m = v.divide(new BigDecimal("1000000")).stripTrailingZeros();
        int s = Math.max(0, m.scale());
        assertThat(Values.mln(Amounts.eur(v))).isEqualTo("€ " + DutchNumbers.format(m.setScale(s), s) + " mln");
    }

    /** A cell set in its column as the formatter's %Ns and %-Ns set it. */
    @Property(tries = 500)
    void alignedAsTheFormatterAlignsIt(@ForAll String text, @ForAll @IntRange(min = 1, max = 40) int width) {
        assertThat(Align.right(text, width)).isEqualTo(String.format("%" + width + "s", text));
        assertThat(Align.left(text, width)).isEqualTo(String.format("%-" + width + "s", text));
    }
}
