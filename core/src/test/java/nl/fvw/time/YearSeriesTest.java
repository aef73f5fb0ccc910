package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.money.CurrencyMismatchException;

class YearSeriesTest {
    static YearSeries mln(int first, String... values) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.mln(values[i]));
        }
        return YearSeries.of(m);
    }

    /** VNG, accressen 2018-2022 (stand Startnota 2017): the cumulative level of the printed tranches. */
    @Test
    void cumulatedTranchesGiveTheLevel() {
        YearSeries tranches = mln(2017, "190", "1124", "1063", "1139", "937", "1170");
        assertThat(tranches.cumulate().sameValues(mln(2017, "190", "1314", "2377", "3516", "4453", "5623"))).isTrue();
        assertThat(tranches.cumulate().difference()).isEqualTo(tranches);
    }

    @Test
    void arithmetic() {
        YearSeries a = mln(2024, "10", "20");
        YearSeries b = mln(2024, "1", "2");
        assertThat(a.plus(b).sameValues(mln(2024, "11", "22"))).isTrue();
        assertThat(a.minus(b).sameValues(mln(2024, "9", "18"))).isTrue();
        assertThat(a.scale(new BigDecimal("0.0242")).sameValues(mln(2024, "0.242", "0.484"))).isTrue();
        assertThat(Amounts.value(a.total())).isEqualByComparingTo("30000000");
    }

    @Test
    void kasschuifMovesMoneyAndSumsToZero() {
        YearSeries a = mln(2024, "10", "20", "30");
        Kasschuif k = new Kasschuif(BudgetYear.of(2024), BudgetYear.of(2026), Amounts.mln("5"));
        YearSeries moved = a.apply(k);
        assertThat(moved.sameValues(mln(2024, "5", "20", "35"))).isTrue();
        assertThat(Amounts.value(moved.total())).isEqualByComparingTo(Amounts.value(a.total()));
        assertThatThrownBy(() -> new Kasschuif(BudgetYear.of(2024), BudgetYear.of(2024), Amounts.mln("1")))
                .hasMessageContaining("two different years");
        assertThatThrownBy(() -> a.apply(new Kasschuif(BudgetYear.of(2024), BudgetYear.of(2030), Amounts.mln("1"))))
                .hasMessageContaining("year 2030 is outside the series 2024-2026");
    }

    @Test
    void aMissingYearIsAnErrorThatNamesIt() {
        Map<BudgetYear, MonetaryAmount> gap = Map.of(BudgetYear.of(2024), Amounts.mln("1"), BudgetYear.of(2026),
                Amounts.mln("1"));
        assertThatThrownBy(() -> YearSeries.of(gap)).isInstanceOf(FvwException.class)
                .hasMessage("Year series 2024-2026 is missing year 2025");
        assertThatThrownBy(() -> mln(2024, "1", "2").plus(mln(2024, "1", "2", "3")))
                .hasMessageContaining("needs the same years").hasMessageContaining("year 2026");
        assertThatThrownBy(() -> mln(2024, "1").get(BudgetYear.of(2030))).hasMessage(
                "No amount for year 2030 in a series covering 2024-2024");
    }

    @Test
    void mixedCurrenciesAreRejected() {
        Map<BudgetYear, MonetaryAmount> m = Map.of(BudgetYear.of(2024), Amounts.mln("1"), BudgetYear.of(2025),
                Amounts.of(BigDecimal.ONE, "USD"));
        assertThatThrownBy(() -> YearSeries.of(m)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ in year series (year 2025): EUR/USD");
    }

    @Test
    void standSeriesKnowsWhatWasKnownWhen() {
        Stand mn = Stand.parse("Miljoenennota 2024");
        Stand vjn = Stand.parse("Voorjaarsnota 2024");
        Stand njn = Stand.parse("Najaarsnota 2024");
        StandSeries s = StandSeries.empty().with(mn, mln(2024, "100", "110", "120"))
                .with(vjn, mln(2025, "115", "125", "130"));
        assertThat(Amounts.value(s.knownAt(BudgetYear.of(2024), njn))).isEqualByComparingTo("100000000");
        assertThat(Amounts.value(s.knownAt(BudgetYear.of(2025), njn))).isEqualByComparingTo("115000000");
        assertThat(Amounts.value(s.bijstelling(BudgetYear.of(2025), mn, vjn))).isEqualByComparingTo("5000000");
        assertThat(s.asKnownAt(vjn).sameValues(mln(2024, "100", "115", "125", "130"))).isTrue();
        assertThat(s.asKnownAt(mn).sameValues(mln(2024, "100", "110", "120"))).isTrue();
        assertThatThrownBy(() -> s.bijstelling(BudgetYear.of(2025), vjn, mn)).hasMessageContaining("Stands out of order");
        assertThatThrownBy(() -> s.asKnownAt(Stand.parse("Miljoenennota 2023"))).hasMessageContaining("No figures are known");
        assertThatThrownBy(() -> s.with(mn, mln(2024, "1"))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> s.value(BudgetYear.of(2030), mn)).hasMessageContaining("has no figure for 2030");
    }
}
