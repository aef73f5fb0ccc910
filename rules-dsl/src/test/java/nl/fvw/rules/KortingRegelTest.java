package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.ExplanationText;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** A korting schedule written in a rule: the amount per year comes from the sentence, the years from the conditions. */
class KortingRegelTest {
    private static final Normeringsinvoer INVOER = ScenarioReader
            .read(Path.of("src/test/resources/normering-2022-2028.yaml")).normering();
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");

    @Test
    void aKortingInARuleLowersTheLevelInItsYearsOnlyAndExplainsItself() {
        String rules = """
                regel "Taakstelling Gemeentefonds 2026-2027"
                  id "ANL-TAAKSTELLING"
                  bron "Voorbeeld: taakstelling uit het coalitieakkoord"
                wanneer
                  voor elk fondsjaar
                  het fonds is het Gemeentefonds
                  het jaar ligt tussen 2026 en 2027
                dan
                  trek € 100 mln af van het fonds als korting "taakstelling"
                einde
                """;
        Normeringsuitkomst zonder = FvwEngine.shipped().bereken(INVOER, true);
        Normeringsuitkomst met = FvwEngine.builder().regels(List.of(new RuleFile("taakstelling.dslr", rules))).build()
                .bereken(INVOER, true);
        for (int jaar = 2022; jaar <= 2028; jaar++) {
            BudgetYear y = BudgetYear.of(jaar);
            String verschil = Amounts.value(Amounts.subtract(met.niveau(Fonds.GEMEENTEFONDS, y, VJN24).bedrag(),
                    zonder.niveau(Fonds.GEMEENTEFONDS, y, VJN24).bedrag())).stripTrailingZeros().toPlainString();
            assertThat(verschil).as("GF " + jaar).isEqualTo(jaar == 2026 || jaar == 2027 ? "-100000000" : "0");
            assertThat(met.niveau(Fonds.PROVINCIEFONDS, y, VJN24).bedrag())
                    .isEqualTo(zonder.niveau(Fonds.PROVINCIEFONDS, y, VJN24).bedrag());
        }
        String uitleg = ExplanationText.of(met.figuur(FigureName.parse("GF korting 2026 stand Voorjaarsnota 2024")).explanation());
        assertThat(uitleg).contains("taakstelling 2026").contains("ANL-TAAKSTELLING").contains("€ 100 mln")
                .contains("regel ANL-TAAKSTELLING: Voorbeeld: taakstelling uit het coalitieakkoord");
    }
}
