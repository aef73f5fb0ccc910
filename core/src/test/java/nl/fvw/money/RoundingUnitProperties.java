package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The printed decimals of a rounding unit are those of the exact quotient of its quantum by its print unit. */
class RoundingUnitProperties {
    @Property(tries = 500)
    void printDecimalsAreThoseOfTheExactQuotient(@ForAll @IntRange(min = 1, max = 999) int quantumDigits,
            @ForAll @IntRange(min = -6, max = 6) int quantumScale, @ForAll @IntRange(min = 1, max = 8) int unitDigits,
            @ForAll @IntRange(min = -6, max = 6) int unitScale, @ForAll boolean powerOfTen) {
        BigDecimal printUnit = BigDecimal.valueOf(powerOfTen ? 1 : unitDigits, unitScale);
        BigDecimal quantum = BigDecimal.valueOf(quantumDigits, quantumScale).multiply(printUnit);   // divides exactly
        RoundingUnit u = new RoundingUnit("u", quantum, true, printUnit);
        assertThat(u.printDecimals()).isEqualTo(Math.max(0, quantum.divide(printUnit).stripTrailingZeros().scale()));
    }

    @Property(tries = 100)
    void theShippedUnits(@ForAll("shipped") RoundingUnit u) {
        assertThat(u.printDecimals()).isEqualTo(Math.max(0, u.quantum().divide(u.printUnit()).stripTrailingZeros().scale()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<RoundingUnit> shipped() {
        return net.jqwik.api.Arbitraries.of(RoundingUnit.CENT, RoundingUnit.EURO, RoundingUnit.DUIZEND, RoundingUnit.MLN_1DEC,
                RoundingUnit.PROCENT_2DEC, RoundingUnit.DRIE_DECIMALEN);
    }
}
