package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.normering.Besluit;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Ijkmoment;
import nl.fvw.time.Stand;

/**
 * Temporal coverage of the shipped rules, in the style of Catala's tests: for every fund, every year
 * 1995-2030 and every stand of 1995-2031, exactly one method decision applies. A gap (no rule
 * decides) or an overlap (two decisions of the latest stand in force) fails, naming fund, year and stand.
 */
class TemporeleDekkingTest {
    @Test
    void exactlyOneMethodDecisionForEveryFundYearAndStand() {
        Normeringsinvoer in = Normeringsinvoer.builder().standen(List.of(Stand.parse("Voorjaarsnota 2024")))
                .jaren(BudgetYear.of(1995), BudgetYear.of(2030)).build();
        Besluiten besluiten = FvwEngine.shipped().beslis(in);
        List<String> problems = new ArrayList<>();
        for (int year = 1995; year <= 2031; year++) {
            for (Ijkmoment m : Ijkmoment.values()) {
                Stand s = Stand.of(m, year);
                for (Fonds f : Fonds.values()) {
                    for (int y = 1995; y <= 2030; y++) {
                        String problem = check(besluiten, f, BudgetYear.of(y), s);
                        if (problem != null) {
                            problems.add(f.code() + " " + y + " stand " + s + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("gaps and overlaps").isEmpty();
    }

    private static String check(Besluiten besluiten, Fonds f, BudgetYear y, Stand s) {
        List<Besluit<?>> inForce = besluiten.all().stream().filter(b -> b.fonds() == f && b.jaar().equals(y)
                && b.inhoud().soort() == Besluit.Soort.BEREKENING && b.inForceAt(s)).toList();
        if (inForce.isEmpty()) {
            return "no rule decides the method (gap)";
        }
        Stand latest = inForce.stream().map(Besluit::besloten).filter(java.util.Objects::nonNull).max(Stand::compareTo)
                .orElse(null);
        List<Besluit<?>> winners = inForce.stream().filter(b -> java.util.Objects.equals(b.besloten(), latest)).toList();
        if (winners.size() != 1) {
            return "rules " + winners.stream().map(b -> b.regel().id()).toList() + " all decide at "
                    + (latest == null ? "the start" : latest) + " (overlap)";
        }
        return besluiten.berekening(f, y, s) == winners.get(0) ? null : "the layering picks another decision";
    }

    /** The test finds a gap: without the rekenregel on the ARU, the years after 2017 before the Startnota have none. */
    @Test
    void aGapIsFound() {
        String rule = """
                regel "Geen ARU"
                  id "TST-GEEN-ARU"
                  bron "test"
                  vervangt "NRM-REKENREGEL-ARU"
                wanneer
                  voor elk fondsjaar
                  het jaar ligt tussen 2018 en 2019
                dan
                  het accres volgt de groei van de ARU
                einde
                """;
        Normeringsinvoer in = Normeringsinvoer.builder().standen(List.of(Stand.parse("Voorjaarsnota 2024")))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2021)).build();
        Besluiten b = FvwEngine.builder().regels(List.of(new RuleFile("gat.dslr", rule))).build().beslis(in);
        assertThat(check(b, Fonds.GEMEENTEFONDS, BudgetYear.of(2020), Stand.parse("Miljoenennota 2021"))).contains("gap");
        assertThat(check(b, Fonds.GEMEENTEFONDS, BudgetYear.of(2019), Stand.parse("Miljoenennota 2021"))).isNull();
    }
}
