package nl.fvw.bundeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Besluit;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsinvoer;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Tranche;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/**
 * A transfer to the algemene uitkering raises the grondslag of later tranches (bundeling.md): with
 * 5 % accres, the 2028 tranche grows by 5 % of what joined the grondslag in 2027.
 */
class BundelingNormeringTest {
    @Test
    void anAuTransferRaisesLaterTranches() {
        Stand s = Stand.parse("Miljoenennota 2026");
        Bundeling b = BundelingFixture.bundeling(List.of(BundelingFixture.ontvanger("GM0001", 1000, 1)),
                Map.of("GM0001", BigDecimal.ONE), new BigDecimal("0.10"), BigDecimal.ZERO, 3);
        Bundelingsuitkomst u = Bundelingsberekening.bereken(b, null, null, false);
        Fondsinvoer gf = new Fondsinvoer(Fonds.GEMEENTEFONDS, null, BudgetYear.of(2026), Amounts.mln("30000"), null,
                Amounts.mln("30000"), null, null, null, null, null, null, "test");
        YearSeries aru = YearSeries.of(Map.of(BudgetYear.of(2025), Amounts.mln("100"), BudgetYear.of(2026), Amounts.mln("105"),
                BudgetYear.of(2027), Amounts.mln("110.25"), BudgetYear.of(2028), Amounts.mln("115.7625")));
        List<Besluit<?>> d = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2026; y <= 2028; y++) {
                d.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.TrapOpTrapAf("ARU"), new RuleRef("T", "t", "t")));
            }
        }
        java.util.function.Function<Fondsinvoer, Normeringsuitkomst> run = f -> {
            Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(Uitgavenaggregaat.of("ARU", s, "t", aru)))
                    .fonds(f).standen(List.of(s)).jaren(BudgetYear.of(2026), BudgetYear.of(2028)).build();
            return new Normeringsrekening(in, Besluiten.van(d, in), false).bereken();
        };
        Normeringsuitkomst zonder = run.apply(gf);
        Normeringsuitkomst met = run.apply(gf.withBundeling(u));
        BigDecimal t2027 = tranche(met, 2027).subtract(tranche(zonder, 2027));
        BigDecimal t2028 = tranche(met, 2028).subtract(tranche(zonder, 2028));
        assertThat(t2027).isEqualByComparingTo("4500000");   // 5 % of the 90 mln joined in 2027
        assertThat(t2028).isEqualByComparingTo("4725000");   // and it keeps growing with the accres
        BigDecimal niveau2026 = Amounts.value(met.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), s).bedrag())
                .subtract(Amounts.value(zonder.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), s).bedrag()));
        assertThat(niveau2026).isEqualByComparingTo("90000000");
        assertThatThrownBy(() -> Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "t").grondslag(nl.fvw.time.StandSeries.empty())
                .build().withBundeling(u)).hasMessageContaining("needs its niveau basis and a rolled-forward grondslag");
    }

    private static BigDecimal tranche(Normeringsuitkomst u, int y) {
        return Amounts.value(((Tranche) u.figuur(FigureName.parse("GF tranche " + y + " stand Miljoenennota 2026"))).bedrag());
    }
}
