package nl.fvw;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsberekening;
import nl.fvw.bundeling.Bundelingsjaar;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Allocation;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingUnit;
import nl.fvw.normering.AggregaatJaar;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Groei;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/** Extremes: € 10^15, rates of 34 significant digits, zero and negative growth, 0 % and 100 % korting. */
class ExtremesTest {
    private static final RuleRef R = new RuleRef("T", "t", "t");

    @Test
    void aQuadrillionEuroSplitsExactly() {
        MonetaryAmount total = Amounts.eur("1000000000000000.00");
        Map<String, BigDecimal> w = Map.of("a", new BigDecimal("1"), "b", new BigDecimal("2"), "c", new BigDecimal("4"));
        SortedMap<String, MonetaryAmount> parts = Allocation.split(total, w, RoundingUnit.CENT);
        BigDecimal sum = parts.values().stream().map(Amounts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("1000000000000000.00");
        assertThat(Amounts.value(parts.get("a"))).isEqualByComparingTo("142857142857142.86");
    }

    @Test
    void rateOf34DigitsAndGrowthThatIsZeroOrNegative() {
        Stand s = Stand.parse("Miljoenennota 2024");
        YearSeries x = YearSeries.of(Map.of(BudgetYear.of(2023), Amounts.eur("3"), BudgetYear.of(2024), Amounts.eur("1"),
                BudgetYear.of(2025), Amounts.eur("1")));
        Uitgavenaggregaat a = Uitgavenaggregaat.of("ARU", s, "t", x);
        AccresPercentage fall = Groei.accres(new AggregaatJaar(a, BudgetYear.of(2024)), R, true);
        // −2/3: a rate that needs all 34 digits, and its rounding recorded
        assertThat(fall.fraction().precision()).isEqualTo(34);
        assertThat(fall.fraction()).isEqualByComparingTo("-0.6666666666666666666666666666666667");
        assertThat(fall.explanation().roundings()).singleElement().satisfies(r -> assertThat(r.after()).isEqualByComparingTo("-0.6667"));
        AccresPercentage flat = Groei.accres(new AggregaatJaar(a, BudgetYear.of(2025)), R, true);
        assertThat(flat.fraction()).isZero();
        YearSeries big = YearSeries.of(Map.of(BudgetYear.of(2024), Amounts.eur("1000000000000000")));
        assertThat(Amounts.value(big.scale(fall.fraction()).get(BudgetYear.of(2024)))).isEqualByComparingTo(
                "-666666666666666.6666666666666666667");
    }

    @Test
    void growthFromAZeroBaseIsAnErrorNamingTheYearAndStand() {
        Stand s = Stand.parse("Miljoenennota 2024");
        YearSeries x = YearSeries.of(Map.of(BudgetYear.of(2023), Amounts.eur("0"), BudgetYear.of(2024), Amounts.eur("1")));
        Uitgavenaggregaat a = Uitgavenaggregaat.of("ARU", s, "t", x);
        for (boolean explain : new boolean[] {false, true}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Groei.accres(new AggregaatJaar(a, BudgetYear.of(2024)),
                    R, explain)).isInstanceOf(nl.fvw.FvwException.class)
                    .hasMessage("ARU 2023 (stand Miljoenennota 2024) is zero: growth from a zero base is undefined");
        }
    }

    private static Bundeling bundeling(String korting) {
        List<Ontvanger> o = List.of(
                new Ontvanger("A", "a", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("10"))), Map.of("x", BigDecimal.ONE)),
                new Ontvanger("B", "b", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("10"))), Map.of("x", BigDecimal.TEN)));
        Spuk s = new Spuk("s", "t", new TreeMap<>(Map.of(BudgetYear.of(2026), Amounts.eur("1000000000000000"))),
                Map.of("A", BigDecimal.ONE, "B", BigDecimal.ONE));
        return new Bundeling("b", "t", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2026), new BigDecimal(korting),
                null, null, List.of(s), o, new Verdeelsleutel(Map.of("x", Amounts.eur("1")), BigDecimal.ZERO), List.of(), false);
    }

    @Test
    void zeroAndHundredPercentKorting() {
        Bundelingsjaar none = Bundelingsberekening.bereken(bundeling("0"), null, null, false).jaren().get(0);
        assertThat(Amounts.value(none.overgeheveld())).isEqualByComparingTo("1000000000000000");
        Bundelingsjaar all = Bundelingsberekening.bereken(bundeling("1"), null, null, false).jaren().get(0);
        assertThat(Amounts.value(all.overgeheveld())).isZero();
        assertThat(all.effecten()).allSatisfy(h -> assertThat(Amounts.value(h.allocatie())).isZero());
    }
}
