package nl.fvw.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.money.RoundingStep;

class BudgetTableTest {
    @Test
    void dutchNumbers() {
        assertThat(DutchNumbers.format(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
        assertThat(DutchNumbers.format(new BigDecimal("-137024"), 0)).isEqualTo("-137.024");
        assertThat(DutchNumbers.format(new BigDecimal("0.52"), 2)).isEqualTo("0,52");
        assertThat(DutchNumbers.format(new BigDecimal("999"), 0)).isEqualTo("999");
    }

    /**
     * Printed in € mln with one decimal, every figure rounded on its own and the total the rounded
     * exact total: 570,14 + 16,74 = 586,88 prints 570,1, 16,7 and 586,9, and the table says the
     * parts do not add up (afrondingsverschil), as the Voorjaarsnota's tables do.
     */
    @Test
    void everyFigureIsItsOwnRoundingAndTheTableSaysWhereThePartsDoNotAddUp() {
        BudgetTable t = BudgetTable.of("Voorbeeld", List.of("2023", "2024"), RoundingStep.MLN)
                .row("a", List.of(new BigDecimal("570140000"), new BigDecimal("1000000")))
                .row("b", List.of(new BigDecimal("16740000"), new BigDecimal("2000000")));
        assertThat(t.printedCells()).containsExactly(List.of("570,1", "1,0"), List.of("16,7", "2,0"), List.of("586,9", "3,0"));
        assertThat(t.afrondingsverschillen()).containsExactly("2023");
        String text = t.render();
        assertThat(text).contains("(bedragen in € mln)").contains("Totaal").contains("586,9")
                .contains("Afrondingsverschil: in 2023 tellen");
        assertThat(BudgetTable.of("Sluitend", List.of("2023"), RoundingStep.MLN).row("a", List.of(BigDecimal.ONE)).render())
                .doesNotContain("Afrondingsverschil");
    }

    @Test
    void thousandsTable() {
        BudgetTable t = BudgetTable.of("Stand", List.of("2014", "2015"), RoundingStep.DUIZEND)
                .row("stand OWB 2014", List.of(new BigDecimal("18381232000"), new BigDecimal("16812819000")))
                .row("mutaties", List.of(new BigDecimal("69382000"), new BigDecimal("-137024000")));
        assertThat(t.printedCells().get(2)).containsExactly("18.450.614", "16.675.795");
        assertThat(t.render()).contains("(bedragen x € 1.000)").contains("Totaal");
        assertThatThrownBy(() -> t.row("kort", List.of(BigDecimal.ONE))).hasMessageContaining("has 1 values for 2 columns");
        nl.fvw.time.YearSeries s = nl.fvw.time.YearSeries.of(java.util.Map.of(nl.fvw.time.BudgetYear.of(2014),
                nl.fvw.money.Amounts.duizend("1"), nl.fvw.time.BudgetYear.of(2015), nl.fvw.money.Amounts.duizend("2")));
        assertThat(t.row("reeks", s).printedCells().get(2)).containsExactly("1", "2");
    }
}
