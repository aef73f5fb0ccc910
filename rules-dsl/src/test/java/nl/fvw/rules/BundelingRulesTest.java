package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Ingroeipad;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** The ingroeipad of a bundling is decided by rules: the shipped herijking path, and an analyst's own. */
class BundelingRulesTest {
    private static Bundeling bundeling(boolean ingefaseerd) {
        List<Ontvanger> o = List.of(
                new Ontvanger("GM0001", "a", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("10000"))),
                        Map.of("x", BigDecimal.ONE)),
                new Ontvanger("GM0002", "b", new TreeMap<>(Map.of(BudgetYear.of(2026), new BigDecimal("10000"))),
                        Map.of("x", new BigDecimal("3"))));
        Spuk s = new Spuk("s", "t", new TreeMap<>(Map.of(BudgetYear.of(2026), Amounts.mln("10"), BudgetYear.of(2027),
                Amounts.mln("10"))), Map.of("GM0001", BigDecimal.ONE, "GM0002", BigDecimal.ONE));
        return new Bundeling("b", "t", Doel.ALGEMENE_UITKERING, BudgetYear.of(2026), BudgetYear.of(2027), BigDecimal.ZERO, null,
                null, List.of(s), o, new Verdeelsleutel(Map.of("x", Amounts.eur("1")), BigDecimal.ZERO), List.of(), ingefaseerd);
    }

    @Test
    void theShippedPathIsTheHerijking() {
        Bundelingsuitkomst u = FvwEngine.shipped().bundel(bundeling(true), true);
        assertThat(u.ingroeipad().stappen()).extracting(a -> Amounts.value(a).stripTrailingZeros().toPlainString())
                .containsExactly("7.5", "15");
        assertThat(u.ingroeipad().financiering()).isEqualTo(Ingroeipad.Financiering.BUDGETNEUTRAAL);
        // GM0001 loses 2,5 mln in full; capped at € 7,50 × 10.000 = € 75.000, then € 225.000
        assertThat(Amounts.value(u.jaren().get(0).effecten().get(0).toegepast())).isEqualByComparingTo("-75000");
        assertThat(Amounts.value(u.jaren().get(1).effecten().get(0).toegepast())).isEqualByComparingTo("-225000");
        assertThat(u.jaren().get(0).explanation().rule().id()).isEqualTo("BND-INGROEIPAD");
        assertThat(FvwEngine.shipped().bundel(bundeling(false), false).ingroeipad()).isNull();
    }

    @Test
    void anAnalystChoosesATransitionBudget() {
        String rules = """
                regel "Ingroeipad met overgangsbudget"
                  id "ANL-INGROEI"
                  bron "Variant: de beperking uit een apart budget"
                  vervangt "BND-INGROEIPAD"
                wanneer
                  voor elke bundeling
                  de bundeling wordt ingefaseerd
                dan
                  beperk het voordeel en het nadeel tot € 10 per inwoner in het eerste jaar en 20 euro per inwoner in elk volgend jaar
                  betaal de beperking uit een apart overgangsbudget
                einde
                """;
        Bundelingsuitkomst u = FvwEngine.builder().regels(List.of(new RuleFile("pad.dslr", rules))).build().bundel(bundeling(true), false);
        assertThat(u.ingroeipad().ookVoordeel()).isTrue();
        // both capped at € 100.000: the allocations are budget-neutral by construction (gain = loss)
        assertThat(Amounts.value(u.jaren().get(0).effecten().get(1).toegepast())).isEqualByComparingTo("100000");
        assertThat(Amounts.value(u.jaren().get(0).overgangsbudget())).isZero();
    }

    @Test
    void aPathWithoutFinancingIsAnError() {
        String rules = """
                regel "Alleen een pad"
                  id "ANL-PAD"
                  bron "test"
                  vervangt "BND-INGROEIPAD"
                wanneer
                  voor elke bundeling
                  de bundeling wordt ingefaseerd
                dan
                  beperk het nadeel tot € 10 per inwoner in het eerste jaar en € 20 per inwoner in elk volgend jaar
                einde
                """;
        FvwEngine e = FvwEngine.builder().regels(List.of(new RuleFile("pad.dslr", rules))).build();
        assertThatThrownBy(() -> e.bundel(bundeling(true), false)).hasMessageContaining("no rule says how the capping is paid for");
    }
}
