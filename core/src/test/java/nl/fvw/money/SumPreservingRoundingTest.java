package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;


import org.junit.jupiter.api.Test;

class SumPreservingRoundingTest {
    private static final RoundingStep MLN = new RoundingStep("mln", RoundingUnit.MLN_1DEC, RoundingMode.HALF_UP, "test");

    /**
     * 570,14 + 16,74 = 586,88: rounded one by one that prints 570,1 + 16,7 against a total of
     * 586,9. fvw gives the missing unit to the largest remainder (a tie: the earlier row).
     */
    @Test
    void printedPartsAddUpToThePrintedTotal() {
        List<BigDecimal> r = SumPreservingRounding.round(List.of(new BigDecimal("570140000"), new BigDecimal("16740000")), MLN);
        assertThat(r).containsExactly(new BigDecimal("570200000"), new BigDecimal("16700000"), new BigDecimal("586900000"));
        List<BigDecimal> s = SumPreservingRounding.round(List.of(new BigDecimal("570130000"), new BigDecimal("16740000")), MLN);
        assertThat(s).containsExactly(new BigDecimal("570100000"), new BigDecimal("16800000"), new BigDecimal("586900000"));
    }

    @Test
    void mixedSignsWork() {
        List<BigDecimal> r = SumPreservingRounding.round(List.of(new BigDecimal("-137024400"), new BigDecimal("256116400")),
                MLN);
        assertThat(r.get(0).add(r.get(1))).isEqualByComparingTo(r.get(2));
    }
}
