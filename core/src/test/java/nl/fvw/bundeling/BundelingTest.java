package nl.fvw.bundeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;

class BundelingTest {
    private static final List<Ontvanger> TWEE = List.of(BundelingFixture.ontvanger("GM0001", 10_000, 1),
            BundelingFixture.ontvanger("GM0002", 10_000, 3));
    private static final Map<String, BigDecimal> HIST = Map.of("GM0001", BigDecimal.ONE, "GM0002", BigDecimal.ONE);

    /** Herijking 2023 (bundeling.md): € 7,50, then € 15 a year: ± € 37,50 cumulative over three years. */
    @Test
    void theHerijkingPath() {
        Ingroeipad p = new Ingroeipad(List.of(Amounts.eur("7.50"), Amounts.eur("15")), false,
                Ingroeipad.Financiering.BUDGETNEUTRAAL);
        assertThat(p.cap(0)).isEqualByComparingTo("7.50");
        assertThat(p.cap(2)).isEqualByComparingTo("37.50");
        assertThat(p.cap(4)).isEqualByComparingTo("67.50");
    }

    @Test
    void transferKortingEffectsAndCaps() {
        Bundeling b = BundelingFixture.bundeling(TWEE, HIST, new BigDecimal("0.10"), BigDecimal.ZERO, 3);
        Ingroeipad pad = new Ingroeipad(List.of(Amounts.eur("100"), Amounts.eur("1000")), false,
                Ingroeipad.Financiering.OVERGANGSBUDGET);
        Bundelingsuitkomst u = Bundelingsberekening.bereken(b, pad, null, true);
        Bundelingsjaar y = u.jaren().get(0);
        // 90 mln over 1:3 against 1:1 historic: GM0001 loses 22,5 mln, capped at € 100 × 10.000 = 1 mln
        assertThat(Amounts.value(y.overgeheveld())).isEqualByComparingTo("90000000");
        Herverdeeleffect g1 = y.effecten().get(0);
        assertThat(Amounts.value(g1.volledig())).isEqualByComparingTo("-22500000");
        assertThat(Amounts.value(g1.toegepast())).isEqualByComparingTo("-1000000");
        assertThat(g1.volledigPerInwoner()).isEqualByComparingTo("-2250");
        assertThat(Amounts.value(y.overgangsbudget())).isEqualByComparingTo("21500000");
        assertThat(y.winnaars()).isEqualTo(1);
        assertThat(y.verliezers()).isEqualTo(1);
        assertThat(ExplanationText.of(y.explanation())).contains("overgangsbudget").contains("efficiencykorting");
        // the AU transfer joins the grondslag from 2027, the level from the start
        assertThat(Amounts.value(u.grondslagmutaties().get(BudgetYear.of(2026)))).isZero();
        assertThat(Amounts.value(u.grondslagmutaties().get(BudgetYear.of(2027)))).isEqualByComparingTo("90000000");
        assertThat(Amounts.value(u.overgeheveld().get(BudgetYear.of(2026)))).isEqualByComparingTo("90000000");
    }

    @Test
    void herindelingenMapHistoricRecipients() {
        Spuk s = new Spuk("s", "t", BundelingFixture.budget("10"), Map.of("GM0001", BigDecimal.ONE, "GM0999", BigDecimal.ONE));
        Bundeling b = new Bundeling("b", "t", Doel.DECENTRALISATIE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2026),
                BigDecimal.ZERO, null, null, List.of(s), TWEE, new Verdeelsleutel(Map.of(), BigDecimal.ONE),
                List.of(new Herindeling(BudgetYear.of(2025), List.of("GM0999"), "GM0002")), false);
        Bundelingsjaar y = Bundelingsberekening.bereken(b, null, null, false).jaren().get(0);
        assertThat(Amounts.value(y.effecten().get(1).allocatie())).isEqualByComparingTo("5000000");
        Bundeling missing = new Bundeling("b", "t", Doel.DECENTRALISATIE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2026),
                BigDecimal.ZERO, null, null, List.of(s), TWEE, new Verdeelsleutel(Map.of(), BigDecimal.ONE), List.of(), false);
        assertThatThrownBy(() -> Bundelingsberekening.bereken(missing, null, null, false))
                .hasMessageContaining("historic recipient GM0999 is not a recipient in 2026");
        assertThat(Amounts.value(Bundelingsberekening.bereken(b, null, null, false).grondslagmutaties()
                .get(BudgetYear.of(2026)))).isZero();
    }

    @Test
    void errorPaths() {
        assertThatThrownBy(() -> new Ontvanger("GM1", "x", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("-5"))),
                Map.of())).hasMessageContaining("negative number of inwoners");
        Ontvanger leeg = new Ontvanger("GM0003", "leeg", new TreeMap<>(), Map.of("eenheid", BigDecimal.ONE));
        Bundeling zonderInwoners = BundelingFixture.bundeling(List.of(TWEE.get(0), TWEE.get(1), leeg), HIST, BigDecimal.ZERO,
                BigDecimal.ZERO, 1);
        assertThatThrownBy(() -> Bundelingsberekening.bereken(zonderInwoners, null, null, false))
                .hasMessageContaining("Recipient GM0003 (leeg) has no inwoners for 2026");
        List<Ontvanger> nul = List.of(BundelingFixture.ontvanger("GM0001", 1, 0), BundelingFixture.ontvanger("GM0002", 1, 0));
        assertThatThrownBy(() -> Bundelingsberekening.bereken(BundelingFixture.bundeling(nul, HIST, BigDecimal.ZERO,
                BigDecimal.ZERO, 1), null, null, false)).hasMessageContaining("weights are zero");
        assertThatThrownBy(() -> new Spuk("s", "t", new TreeMap<>(Map.of(BudgetYear.of(2026), Amounts.of(BigDecimal.ONE, "USD"))),
                HIST)).hasMessageContaining("is in USD");
        assertThatThrownBy(() -> new Spuk("s", "t", BundelingFixture.budget("1"), Map.of("GM0001", BigDecimal.ZERO)))
                .hasMessageContaining("sums to zero");
        Spuk later = new Spuk("later", "t", new TreeMap<>(Map.of(BudgetYear.of(2027), Amounts.mln("1"))), HIST);
        assertThatThrownBy(() -> new Bundeling("b", "t", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2027),
                BigDecimal.ZERO, null, null, List.of(later), TWEE, new Verdeelsleutel(Map.of(), BigDecimal.ONE), List.of(),
                false)).hasMessageContaining("before SPUK 'later' exists");
        assertThatThrownBy(() -> BundelingFixture.bundeling(List.of(TWEE.get(0), TWEE.get(0)), HIST, BigDecimal.ZERO,
                BigDecimal.ZERO, 1)).hasMessageContaining("recipient GM0001 appears twice");
        assertThatThrownBy(() -> new Verdeelsleutel(Map.of(), new BigDecimal("1.5"))).hasMessageContaining("between 0 and 1");
    }
}
