package nl.fvw.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;

class AmountsTest {
    @Test
    void shortFactoriesInTheBudgetUnits() {
        assertThat(Amounts.value(Amounts.mln("675"))).isEqualByComparingTo("675000000");
        assertThat(Amounts.value(Amounts.duizend("16812819"))).isEqualByComparingTo("16812819000");
        assertThat(Amounts.eur("1.5").getCurrency().getCurrencyCode()).isEqualTo("EUR");
    }

    /** fvw's euro is made, not looked up; it must be the euro any other JSR 354 code gets from Moneta. */
    @Test
    void theEuroIsMonetasEuro() {
        CurrencyUnit moneta = Monetary.getCurrency("EUR");
        assertThat(Amounts.EUR).isEqualTo(moneta);
        assertThat(moneta).isEqualTo(Amounts.EUR);
        assertThat(Amounts.EUR.hashCode()).isEqualTo(moneta.hashCode());
        assertThat(Amounts.EUR.getNumericCode()).isEqualTo(moneta.getNumericCode()).isEqualTo(978);
        assertThat(Amounts.EUR.getDefaultFractionDigits()).isEqualTo(moneta.getDefaultFractionDigits()).isEqualTo(2);
        assertThat(Amounts.EUR.compareTo(moneta)).isZero();
        MonetaryAmount theirs = Money.of(new BigDecimal("0.50"), moneta);
        assertThat(Amounts.value(Amounts.add(Amounts.eur("1"), theirs))).isEqualByComparingTo("1.50");
        assertThat(Amounts.eur("1").add(theirs).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1.50");
        assertThat(theirs.add(Amounts.eur("1")).getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("1.50");
        assertThat(Amounts.of(BigDecimal.ONE, "EUR")).isEqualTo(Money.of(BigDecimal.ONE, moneta, Amounts.MONETARY_CONTEXT));
    }

    @Test
    void arithmeticIsExactAt34Digits() {
        MonetaryAmount a = Amounts.eur("123456789012345678901234.56");
        MonetaryAmount b = Amounts.eur("0.01");
        assertThat(Amounts.value(Amounts.add(a, b))).isEqualByComparingTo("123456789012345678901234.57");
        assertThat(Amounts.value(Amounts.negate(a))).isEqualByComparingTo("-123456789012345678901234.56");
        assertThat(Amounts.negate(a).getContext().getPrecision()).isEqualTo(34);
        assertThat(Amounts.ratio(Amounts.eur("1"), Amounts.eur("3"), "test").precision()).isEqualTo(34);
    }

    @Test
    void mixedCurrenciesNameBothAndTheOperation() {
        MonetaryAmount eur = Amounts.eur("1");
        MonetaryAmount usd = Amounts.of(BigDecimal.ONE, "USD");
        assertThatThrownBy(() -> Amounts.add(eur, usd)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ in addition: EUR/USD");
        assertThatThrownBy(() -> Amounts.subtract(usd, eur)).hasMessage("Currencies differ in subtraction: USD/EUR");
        assertThatThrownBy(() -> Amounts.compare(eur, usd)).hasMessageContaining("comparison");
        assertThatThrownBy(() -> Amounts.requireSameCurrency(Amounts.EUR, usd.getCurrency(), "GF niveau 2024"))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ in GF niveau 2024: EUR/USD");
        assertThatThrownBy(() -> Amounts.requireSameCurrency(Amounts.EUR, usd.getCurrency(), () -> "GF afrekening 2024"))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("Currencies differ in GF afrekening 2024: EUR/USD");
        Amounts.requireSameCurrency(Amounts.EUR, eur.getCurrency(), () -> {
            throw new AssertionError("the text is made only for the message");
        });
    }

    @Test
    void divisionByZeroIsAClearError() {
        assertThatThrownBy(() -> Amounts.ratio(Amounts.eur("1"), Amounts.eur("0"), "growth of NGRU"))
                .isInstanceOf(FvwException.class).hasMessage("Division by zero in growth of NGRU: the divisor is EUR 0");
        assertThatThrownBy(() -> Amounts.ratio(BigDecimal.ONE, new BigDecimal("0.00"), Amounts.EUR, "growth of NGRU"))
                .isInstanceOf(FvwException.class).hasMessage("Division by zero in growth of NGRU: the divisor is EUR 0");
    }

    /** Moneta drops trailing zeros; the value is what counts, presentation picks the decimals. */
    @Test
    void formatShowsTheExactValue() {
        assertThat(Amounts.format(Amounts.eur("100000.00"))).isEqualTo("EUR 100000");
        assertThat(Amounts.format(Amounts.eur("0.10"))).isEqualTo("EUR 0.1");
        assertThat(Amounts.format(Amounts.eur("-1234.56"))).isEqualTo("EUR -1234.56");
    }

    @Test
    void roundingStepsRecordThemselves() {
        RoundingStep step = new RoundingStep("uitkeringsfactor", RoundingUnit.DRIE_DECIMALEN, RoundingMode.HALF_UP,
                "Bfv 2001 art. 1c");
        Explanation.Builder b = Explanation.builder("UF");
        assertThat(b.round(step, new BigDecimal("1.4785"))).isEqualByComparingTo("1.479");
        Explanation e = b.build();
        assertThat(e.roundings()).singleElement().satisfies(r -> {
            assertThat(r.before()).isEqualByComparingTo("1.4785");
            assertThat(r.after()).isEqualByComparingTo("1.479");
            assertThat(r.step().mode()).isEqualTo(RoundingMode.HALF_UP);
            assertThat(r.step().source()).isEqualTo("Bfv 2001 art. 1c");
        });
    }

    @Test
    void moneyRoundingToEachUnit() {
        MonetaryAmount a = Amounts.eur("1234567.891");
        assertThat(Amounts.value(step(RoundingUnit.CENT).round(a))).isEqualByComparingTo("1234567.89");
        assertThat(Amounts.value(step(RoundingUnit.EURO).round(a))).isEqualByComparingTo("1234568");
        assertThat(Amounts.value(step(RoundingUnit.DUIZEND).round(a))).isEqualByComparingTo("1235000");
        assertThat(Amounts.value(step(RoundingUnit.MLN_1DEC).round(a))).isEqualByComparingTo("1200000");
        assertThat(Amounts.value(step(RoundingUnit.MLN_1DEC).round(Amounts.eur("-1250000")))).isEqualByComparingTo("-1300000");
    }

    @Test
    void aRateStepCannotRoundMoney() {
        assertThatThrownBy(() -> step(RoundingUnit.PROCENT_2DEC).round(Amounts.eur("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a money unit");
    }

    @Test
    void unnecessaryIsNotARoundingMode() {
        assertThatThrownBy(() -> new RoundingStep("x", RoundingUnit.CENT, RoundingMode.UNNECESSARY, "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountUnitsConvertAndGuardPrecision() {
        assertThat(AmountUnit.byLabel("x € 1.000")).isEqualTo(AmountUnit.DUIZEND);
        assertThat(AmountUnit.byLabel("€ mln")).isEqualTo(AmountUnit.MLN);
        assertThat(AmountUnit.byLabel("€")).isEqualTo(AmountUnit.EURO);
        assertThat(AmountUnit.byLabel("gulden")).isNull();
        assertThat(AmountUnit.MLN.toEuroOrNull(new BigDecimal("675.1"))).isEqualByComparingTo("675100000");
        assertThat(AmountUnit.MLN.toEuroOrNull(new BigDecimal("0.00000001"))).isEqualByComparingTo("0.01");
        assertThat(AmountUnit.MLN.toEuroOrNull(new BigDecimal("0.000000001"))).isNull();
        assertThat(AmountUnit.EURO.toEuroOrNull(new BigDecimal("1.005"))).isNull();
        assertThat(AmountUnit.DUIZEND.fromEuro(new BigDecimal("16812819000"))).isEqualByComparingTo("16812819");
    }

    private static RoundingStep step(RoundingUnit unit) {
        return new RoundingStep("test", unit, RoundingMode.HALF_UP, "test");
    }
}
