package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

/** The BCF-ruimte is split over the funds without loss (normering.md §5). */
class BcfProperties {
    private static final Stand S = Stand.parse("Miljoenennota 2020");

    @Property(tries = 2_000)
    void theSplitSumsToTheRuimte(@ForAll @BigRange(min = "1000", max = "5000") @Scale(1) BigDecimal plafond,
            @ForAll @BigRange(min = "1", max = "4000") @Scale(1) BigDecimal dGem,
            @ForAll @BigRange(min = "0", max = "800") @Scale(1) BigDecimal dProv,
            @ForAll @BigRange(min = "-0.05", max = "0.08") @Scale(4) BigDecimal gGf,
            @ForAll @BigRange(min = "-0.05", max = "0.08") @Scale(4) BigDecimal gPf) {
        BcfInvoer in = new BcfInvoer(BudgetYear.of(2019), Amounts.mln(plafond.toPlainString()), null,
                StandSeries.empty().with(S, NormeringFixture.mln(2020, dGem.toPlainString())),
                StandSeries.empty().with(S, NormeringFixture.mln(2020, dProv.toPlainString())),
                BcfInvoer.PlafondMaatstaf.GEWOGEN, "test");
        Map<BudgetYear, BcfPlafond.Ruimte> r = BcfPlafond.bereken(in, S, BudgetYear.of(2020),
                (f, y) -> f == Fonds.GEMEENTEFONDS ? gGf : gPf, false);
        BcfPlafond.Ruimte ruimte = r.get(BudgetYear.of(2020));
        assertThat(Amounts.value(ruimte.gf()).add(Amounts.value(ruimte.pf()))).isEqualByComparingTo(Amounts.value(ruimte.totaal()));
        assertThat(Amounts.value(ruimte.totaal())).isEqualByComparingTo(Amounts.value(ruimte.plafond())
                .subtract(dGem.add(dProv).movePointRight(6)).setScale(2, java.math.RoundingMode.HALF_EVEN));
        if (gGf.compareTo(gPf) == 0) {
            // equal % for both funds: the weighted plafond is the plafond × (1 + g), to 34 significant digits
            assertThat(Amounts.value(ruimte.plafond()).subtract(plafond.movePointRight(6).multiply(BigDecimal.ONE.add(gGf)))
                    .abs()).isLessThan(new BigDecimal("1e-20"));
        }
    }
}
