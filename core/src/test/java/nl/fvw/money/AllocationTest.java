package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;

class AllocationTest {
    private static Map<String, BigDecimal> weights(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        }
        return m;
    }

    @Test
    void splitsByLargestRemainder() {
        Map<String, MonetaryAmount> r = Allocation.split(Amounts.eur("100.00"), weights("a", 1, "b", 1, "c", 1),
                RoundingUnit.CENT);
        assertThat(r.values()).extracting(Amounts::value).containsExactly(new BigDecimal("33.34"),
                new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void tiesGoToTheFirstKeyWhateverTheInputOrder() {
        Map<String, MonetaryAmount> r = Allocation.split(Amounts.eur("0.02"), weights("z", 1, "y", 1, "x", 1),
                RoundingUnit.CENT);
        assertThat(r).containsKeys("x", "y", "z");
        assertThat(Amounts.value(r.get("x"))).isEqualByComparingTo("0.01");
        assertThat(Amounts.value(r.get("y"))).isEqualByComparingTo("0.01");
        assertThat(Amounts.value(r.get("z"))).isEqualByComparingTo("0");
    }

    @Test
    void allocatesInThousands() {
        Map<String, MonetaryAmount> r = Allocation.split(Amounts.eur("10000"), weights("a", 2, "b", 1),
                RoundingUnit.DUIZEND);
        assertThat(r.values()).extracting(Amounts::value).containsExactly(new BigDecimal("7000"), new BigDecimal("3000"));
    }

    @Test
    void zeroWeightsGetZero() {
        Map<String, MonetaryAmount> r = Allocation.split(Amounts.eur("1.00"), weights("a", 0, "b", 3), RoundingUnit.CENT);
        assertThat(Amounts.value(r.get("a"))).isZero();
        assertThat(Amounts.value(r.get("b"))).isEqualByComparingTo("1.00");
    }

    @Test
    void negativeTotalsWork() {
        Map<String, MonetaryAmount> r = Allocation.split(Amounts.eur("-100.00"), weights("a", 1, "b", 1, "c", 1),
                RoundingUnit.CENT);
        assertThat(r.values()).extracting(Amounts::value).containsExactly(new BigDecimal("-33.33"),
                new BigDecimal("-33.33"), new BigDecimal("-33.34"));
    }

    @Test
    void allZeroWeightsAreAClearError() {
        assertThatThrownBy(() -> Allocation.split(Amounts.eur("1"), weights("a", 0, "b", 0), RoundingUnit.CENT))
                .isInstanceOf(FvwException.class).hasMessage("Cannot allocate EUR 1: all 2 weights are zero");
    }

    @Test
    void negativeWeightsAreAClearError() {
        assertThatThrownBy(() -> Allocation.split(Amounts.eur("1"), weights("a", -1, "b", 2), RoundingUnit.CENT))
                .isInstanceOf(FvwException.class).hasMessageContaining("Weight of a is negative (-1)");
    }

    @Test
    void aTotalThatIsNoWholeNumberOfUnitsIsAnError() {
        assertThatThrownBy(() -> Allocation.split(Amounts.eur("1.005"), weights("a", 1), RoundingUnit.CENT))
                .isInstanceOf(FvwException.class).hasMessageContaining("whole units of cent");
    }

    @Test
    void noRecipientsIsAnError() {
        assertThatThrownBy(() -> Allocation.split(Amounts.eur("1"), Map.<String, BigDecimal>of(), RoundingUnit.CENT))
                .hasMessageContaining("no recipients");
    }

    @Test
    void aRateUnitIsRefused() {
        assertThatThrownBy(() -> Allocation.split(Amounts.eur("1"), weights("a", 1), RoundingUnit.DRIE_DECIMALEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
