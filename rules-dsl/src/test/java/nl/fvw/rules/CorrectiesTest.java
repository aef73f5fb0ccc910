package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Standbereik;
import nl.fvw.normering.Uitgavenpost;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The ARU from itemised spending: the shipped rules leave the corrections out (Miljoenennota 2012
 * tabel 9.2), and the investment funds only from the Startnota 2022 on (Miljoenennota 2023 bijlage 11).
 */
class CorrectiesTest {
    private static List<Uitgavenpost> items(Stand s) {
        return List.of(
                new Uitgavenpost("ARU", "Netto uitgaven onder het plafond", "UITGAVEN", s, "test", Fixtures.mln(2021, "1000", "1050")),
                new Uitgavenpost("ARU", "EU-afdrachten", "EU-AFDRACHTEN", s, "test", Fixtures.mln(2021, "100", "300")),
                new Uitgavenpost("ARU", "Rente", "RENTE", s, "test", Fixtures.mln(2021, "50", "10")),
                new Uitgavenpost("ARU", "Nationaal Groeifonds", "INVESTERINGSFONDS", s, "test", Fixtures.mln(2021, "0", "100")));
    }

    private static Normeringsuitkomst run(Stand s) {
        Normeringsinvoer in = Normeringsinvoer.builder().posten(items(s)).standen(List.of(s))
                .bereik(s, new Standbereik(BudgetYear.of(2022), BudgetYear.of(2022), Set.of(Fonds.PROVINCIEFONDS)))
                .jaren(BudgetYear.of(2022), BudgetYear.of(2022)).build();
        return FvwEngine.shipped().bereken(in, true);
    }

    /** The GF volume part is fixed at Voorjaarsnota 2022 from the Miljoenennota 2023: without its inputs, no silent figure. */
    @Test
    void aFixingThatCannotBeAppliedIsAnError() {
        Stand mn = Stand.parse("Miljoenennota 2023");
        Normeringsinvoer in = Normeringsinvoer.builder().posten(items(mn)).standen(List.of(mn))
                .jaren(BudgetYear.of(2022), BudgetYear.of(2022)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FvwEngine.shipped().bereken(in, false))
                .hasMessageContaining("NRM-GF-VOLUME-VAST").hasMessageContaining("needs the Gemeentefonds grondslag");
    }

    @Test
    void correctionsAreLeftOutAndInvestmentFundsFromTheStartnota2022() {
        // after the Startnota 2022: only the net spending counts: 1000 → 1050 = 5 %
        Normeringsuitkomst after = run(Stand.parse("Miljoenennota 2023"));
        assertThat(Values.text(after.accres(FigureName.parse("PF accres 2022")))).isEqualTo("5,00 %");
        assertThat(Values.text(after.figuur(FigureName.parse("ARU 2022")))).isEqualTo("€ 1.050 mln");
        String text = ExplanationText.of(after.figuur(FigureName.parse("ARU 2022")).explanation());
        assertThat(text).contains("EU-afdrachten [EU-AFDRACHTEN] — uitgesloten door NRM-CORRECTIE-EU")
                .contains("Nationaal Groeifonds [INVESTERINGSFONDS] — uitgesloten door NRM-INVESTERINGSFONDSEN");
        // before it, the investment fund still counts: 1000 → 1150 = 15 %
        Normeringsuitkomst before = run(Stand.parse("Miljoenennota 2022"));
        assertThat(Values.text(before.accres(FigureName.parse("PF accres 2022")))).isEqualTo("15,00 %");
        assertThat(ExplanationText.of(before.figuur(FigureName.parse("ARU 2022")).explanation()))
                .contains("Nationaal Groeifonds [INVESTERINGSFONDS] = € 100 mln").doesNotContain("NRM-INVESTERINGSFONDSEN");
    }
}
