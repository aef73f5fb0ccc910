package nl.fvw.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;

/** One reader of Dutch numbers and amounts for scenario files, parameter files and rules. */
class ValueTextTest {
    @Test
    void dutchNumbers() {
        assertThat(ValueText.dutchNumber("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(ValueText.dutchNumber("-0,52")).isEqualByComparingTo("-0.52");
        assertThat(ValueText.dutchNumber("2,5")).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> ValueText.dutchNumber("1,2,3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ValueText.dutchNumber("12.34")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void amountsCarryTheirOwnUnit() {
        assertThat(ValueText.amount("€ 5.701,66")).isEqualTo(Amounts.eur("5701.66"));
        assertThat(ValueText.amount("€ 1,5 mln")).isEqualTo(Amounts.eur("1500000"));
        assertThat(ValueText.amount("€ 2 mld")).isEqualTo(Amounts.eur("2000000000"));
        assertThat(ValueText.amount("€ 300 duizend")).isEqualTo(Amounts.eur("300000"));
        assertThat(ValueText.amount("EUR 7,50")).isEqualTo(Amounts.eur("7.50"));
        assertThat(ValueText.amount("7,50 euro")).isEqualTo(Amounts.eur("7.50"));
        assertThat(ValueText.amount("-€ 7,50")).isEqualTo(Amounts.eur("-7.50"));
        assertThat(ValueText.amount("€ -7,50")).isEqualTo(Amounts.eur("-7.50"));
        assertThat(ValueText.isAmount("1.234,5")).isFalse();
    }

    @Test
    void anAmountThatIsNotOneIsRefusedNamingIt() {
        assertThatThrownBy(() -> ValueText.amount("USD 5")).isInstanceOf(FvwException.class)
                .hasMessage("'USD 5' is in USD; fvw computes in EUR (mixed currencies are not converted)");
        assertThatThrownBy(() -> ValueText.amount("€ 1,001")).hasMessage("'€ 1,001' is more precise than a cent");
        assertThatThrownBy(() -> ValueText.amount("€ 1.2.3")).hasMessageContaining("is not an amount");
        assertThatThrownBy(() -> ValueText.amount("-€ -5")).hasMessage("'-€ -5' has two minus signs");
    }
}
