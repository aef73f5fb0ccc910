package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;

/** Laws of meerjarenraming arithmetic. */
class YearSeriesProperties {
    private static final int FIRST = 2020;

    @Provide
    Arbitrary<List<BigDecimal>> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(2)
                .list().ofSize(6);
    }

    private static YearSeries series(List<BigDecimal> values) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(BudgetYear.of(FIRST + i), Amounts.eur(values.get(i)));
        }
        return YearSeries.of(m);
    }

    /** Reading a year gives the map's amount; a year outside the range is absent and refused. */
    @Property(tries = 500)
    void aYearIsReadAsTheMapHoldsIt(@ForAll @IntRange(min = 1, max = 12) int length,
            @ForAll @IntRange(min = 1990, max = 2150) int first) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.eur(1_000L * i - 7));
        }
        YearSeries x = YearSeries.of(m);
        assertThat(x.firstYear()).isEqualTo(BudgetYear.of(first));
        assertThat(x.lastYear()).isEqualTo(BudgetYear.of(first + length - 1));
        for (int j = first - 2; j <= first + length + 1; j++) {
            BudgetYear y = BudgetYear.of(j);
            assertThat(x.contains(y)).isEqualTo(m.containsKey(y));
            if (m.containsKey(y)) {
                assertThat(x.get(y)).isEqualTo(m.get(y));
            } else {
                assertThatThrownBy(() -> x.get(y)).isInstanceOf(FvwException.class)
                        .hasMessage("No amount for year " + y + " in a series covering " + x.firstYear() + "-" + x.lastYear());
            }
        }
    }

    @Property(tries = 2_000)
    void additionIsAssociativeAndCommutative(@ForAll("values") List<BigDecimal> a, @ForAll("values") List<BigDecimal> b,
            @ForAll("values") List<BigDecimal> c) {
        YearSeries x = series(a);
        YearSeries y = series(b);
        YearSeries z = series(c);
        assertThat(x.plus(y).plus(z).sameValues(x.plus(y.plus(z)))).isTrue();
        assertThat(x.plus(y).sameValues(y.plus(x))).isTrue();
        assertThat(x.plus(y).minus(y).sameValues(x)).isTrue();
    }

    @Property(tries = 2_000)
    void cumulateAndDifferenceAreInverse(@ForAll("values") List<BigDecimal> a) {
        YearSeries x = series(a);
        assertThat(x.cumulate().difference().sameValues(x)).isTrue();
        assertThat(x.difference().cumulate().sameValues(x)).isTrue();
    }

    @Property(tries = 2_000)
    void aKasschuifSumsToZeroAndKeepsTheTotal(@ForAll("values") List<BigDecimal> a,
            @ForAll @IntRange(min = 0, max = 5) int from, @ForAll @IntRange(min = 0, max = 5) int to) {
        if (from == to) {
            return;
        }
        Kasschuif k = new Kasschuif(BudgetYear.of(FIRST + from), BudgetYear.of(FIRST + to), Amounts.eur(a.get(0)));
        YearSeries x = series(a);
        YearSeries schuif = k.asSeries(x.firstYear(), x.lastYear(), x.currency());
        assertThat(Amounts.value(schuif.total())).isZero();
        assertThat(Amounts.value(x.apply(k).total())).isEqualByComparingTo(Amounts.value(x.total()));
    }

    @Property(tries = 2_000)
    void scalingDistributesOverAddition(@ForAll("values") List<BigDecimal> a, @ForAll("values") List<BigDecimal> b,
            @ForAll("rates") BigDecimal rate) {
        YearSeries x = series(a);
        YearSeries y = series(b);
        assertThat(x.plus(y).scale(rate).sameValues(x.scale(rate).plus(y.scale(rate)))).isTrue();
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new BigDecimal("-0.5"), new BigDecimal("0.5")).ofScale(6),
                Arbitraries.just(0)).as((r, ignored) -> r);
    }
}
