package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Laws of the normering arithmetic (normering.md §1-§2). */
class NormeringProperties {
    private static final Stand S = NormeringFixture.MN;

    @Provide
    Arbitrary<List<BigDecimal>> spending() {
        return Arbitraries.bigDecimals().between(new BigDecimal("50000000000"), new BigDecimal("200000000000")).ofScale(0)
                .list().ofMinSize(3).ofMaxSize(9);
    }

    @Provide
    Arbitrary<BigDecimal> grondslag() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1000000000"), new BigDecimal("40000000000")).ofScale(2);
    }

    private static Normeringsuitkomst run(List<BigDecimal> x, MonetaryAmount base) {
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", S, "test", NormeringFixture.series(2000, x));
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(ngru))
                .fonds(NormeringFixture.rolled(Fonds.GEMEENTEFONDS, 2001, base))
                .fonds(NormeringFixture.rolled(Fonds.PROVINCIEFONDS, 2001, Amounts.multiply(base, new BigDecimal("0.07"))))
                .standen(List.of(S)).jaren(BudgetYear.of(2001), BudgetYear.of(2000 + x.size() - 1)).build();
        return NormeringFixture.bereken(in, NormeringFixture.rekenregel("NGRU", 2001, 2000 + x.size() - 1));
    }

    private static BigDecimal niveau(Normeringsuitkomst u, String fonds, int year) {
        return Amounts.value(((Bedrag) u.figuur(FigureName.parse(fonds + " niveau " + year + " stand " + S))).bedrag());
    }

    /** Samen de trap op, samen de trap af: spending that rises and falls back returns the level to its start. */
    @Property(tries = 1_000)
    void trapOpTrapAfReturnsTheLevelToItsStart(@ForAll("spending") List<BigDecimal> x, @ForAll("grondslag") BigDecimal g) {
        List<BigDecimal> back = new ArrayList<>(x);
        back.add(x.get(0));
        Normeringsuitkomst u = run(back, Amounts.eur(g));
        int last = 2000 + back.size() - 1;
        BigDecimal start = g;
        assertThat(niveau(u, "GF", last).subtract(start).abs()).isLessThan(new BigDecimal("1e-20"));
    }

    /** Under the rekenregel each tranche stays: the level rises by exactly that year's tranche. */
    @Property(tries = 1_000)
    void tranchesArePermanent(@ForAll("spending") List<BigDecimal> x, @ForAll("grondslag") BigDecimal g) {
        Normeringsuitkomst u = run(x, Amounts.eur(g));
        for (int y = 2002; y < 2000 + x.size(); y++) {
            BigDecimal step = niveau(u, "GF", y).subtract(niveau(u, "GF", y - 1));
            BigDecimal tranche = Amounts.value(((Tranche) u.figuur(FigureName.parse("GF tranche " + y + " stand " + S)))
                    .bedrag());
            assertThat(step.subtract(tranche).abs()).isLessThan(new BigDecimal("1e-20"));
        }
    }

    /** The tranche is linear in the grondslag. */
    @Property(tries = 1_000)
    void trancheIsLinearInTheGrondslag(@ForAll("spending") List<BigDecimal> x, @ForAll("grondslag") BigDecimal g,
            @ForAll @IntRange(min = 2, max = 50) int k) {
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", S, "test", NormeringFixture.series(2000, x));
        BigDecimal one = tranche(ngru, g, x.size());
        BigDecimal many = tranche(ngru, g.multiply(BigDecimal.valueOf(k)), x.size());
        assertThat(many.subtract(one.multiply(BigDecimal.valueOf(k))).abs()).isLessThan(new BigDecimal("1e-20"));
    }

    private static BigDecimal tranche(Uitgavenaggregaat ngru, BigDecimal g, int n) {
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(ngru))
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, S, NormeringFixture.series(2001,
                        java.util.Collections.nCopies(n - 1, g))))
                .standen(List.of(S)).jaren(BudgetYear.of(2001), BudgetYear.of(2000 + n - 1)).build();
        Normeringsuitkomst u = NormeringFixture.bereken(in, NormeringFixture.rekenregel("NGRU", 2001, 2000 + n - 1));
        return Amounts.value(((Tranche) u.figuur(FigureName.parse("GF tranche " + (2000 + n - 1) + " stand " + S)))
                .bedrag());
    }

    /** Without fund-specific decisions the funds share one %: a single figure without a fund. */
    @Property(tries = 500)
    void withoutFundSpecificDecisionsTheFundsShareOnePercentage(@ForAll("spending") List<BigDecimal> x,
            @ForAll("grondslag") BigDecimal g) {
        Normeringsuitkomst u = run(x, Amounts.eur(g));
        assertThat(u.accressen()).allSatisfy(a -> assertThat(a.fonds()).isNull());
        assertThat(u.accressen()).hasSize(x.size() - 1);
        BigDecimal gf = Amounts.value(((Tranche) u.figuur(FigureName.parse("GF tranche 2001 stand " + S))).bedrag());
        BigDecimal pf = Amounts.value(((Tranche) u.figuur(FigureName.parse("PF tranche 2001 stand " + S))).bedrag());
        assertThat(pf.subtract(gf.multiply(new BigDecimal("0.07"))).abs().setScale(10, RoundingMode.HALF_UP)).isZero();
    }
}
