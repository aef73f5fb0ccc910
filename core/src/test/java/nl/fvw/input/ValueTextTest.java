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

    /** A plain number a Dutch reader may read otherwise is refused, naming both readings; never guessed. */
    @Test
    void anAmbiguousPlainNumberIsRefusedNamingBothReadings() {
        assertThatThrownBy(() -> ValueText.plainNumber("92.280")).isInstanceOf(NumberFormatException.class)
                .hasMessage("'92.280' is ambiguous: 92,280 (a decimal point) or 92280 (a thousands separator); write 92.2800"
                        + " or \"92,280\" for the first, 92280 for the second");
        assertThatThrownBy(() -> ValueText.plainNumber("1.000")).hasMessageContaining("1000 (a thousands separator)");
        assertThatThrownBy(() -> ValueText.plainNumber("-1.234.567")).hasMessageContaining("-1234567 (a thousands");
        assertThatThrownBy(() -> ValueText.plainNumber("1.234,5")).hasMessageContaining("a thousands separator or a decimal"
                + " comma");
        assertThatThrownBy(() -> ValueText.plainNumber("2,5")).hasMessageContaining("a decimal comma");
        assertThat(ValueText.plainNumber("92.28")).isEqualByComparingTo("92.28");
        assertThat(ValueText.plainNumber("0.005")).as("a leading zero is no thousands group").isEqualByComparingTo("0.005");
        assertThat(ValueText.plainNumber("3161.082")).as("four digits before the dot").isEqualByComparingTo("3161.082");
        assertThat(ValueText.plainNumber("92.2800")).isEqualByComparingTo("92.28");
        assertThat(ValueText.dutchNumber("92.280")).as("quoted Dutch: thousands").isEqualByComparingTo("92280");
    }

    /** More significant digits than the arithmetic keeps (34) is refused, not rounded to 1 × 10^101. */
    @Test
    void moreDigitsThanTheArithmeticKeepsIsRefused() {
        assertThatThrownBy(() -> ValueText.plainNumber("1" + "0".repeat(100) + ".5"))
                .hasMessageEndingWith("has 102 significant digits; fvw computes with at most 34");
        assertThatThrownBy(() -> ValueText.plainNumber("1e5000")).hasMessageContaining("significant digits");
        assertThatThrownBy(() -> ValueText.dutchNumber("1" + ".000".repeat(12))).hasMessageContaining("37 significant digits");
        assertThat(ValueText.plainNumber("1" + "0".repeat(33))).isEqualByComparingTo("1e33");
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
