package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Printed parts add up to the printed total, each within one unit of its exact value. */
class SumPreservingRoundingProperties {
    private static final RoundingStep MLN = new RoundingStep("mln", RoundingUnit.MLN_1DEC, RoundingMode.HALF_UP, "test");

    @Property(tries = 2_000)
    void partsAlwaysSumToTheTotalAndStayWithinOneUnit(
            @ForAll @Size(min = 1, max = 30) List<@BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal> parts) {
        List<BigDecimal> r = SumPreservingRounding.round(parts, MLN);
        BigDecimal sum = r.subList(0, parts.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(r.get(parts.size()));
        for (int i = 0; i < parts.size(); i++) {
            assertThat(r.get(i).subtract(parts.get(i)).abs()).isLessThan(new BigDecimal("100000"));
        }
    }
}
