package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.fvw.money.Amounts;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsinvoer;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterKind;
import nl.fvw.param.ParameterSet;
import nl.fvw.param.ParameterValue;
import nl.fvw.param.Validity;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

/** The policy parameters ship with the rules: the shipped engine applies them without any file, a scenario's layer on top. */
class GeleverdBeleidTest {
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");

    /** A GF with a level in 2024-2026 from published tranches: the opschalingskorting is the only other part. */
    private static Normeringsinvoer invoer(ParameterSet eigen) {
        Fondsinvoer gf = Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test").niveau(Amounts.mln("30000"), null)
                .gepubliceerdeTranches(StandSeries.empty().with(VJN24, Fixtures.mln(2024, "0", "0", "0"))).build();
        return Normeringsinvoer.builder().fonds(gf).parameters(eigen).standen(List.of(VJN24))
                .bereik(VJN24, new nl.fvw.normering.Standbereik(BudgetYear.of(2024), BudgetYear.of(2026),
                        java.util.Set.of(Fonds.GEMEENTEFONDS)))
                .jaren(BudgetYear.of(2024), BudgetYear.of(2026)).build();
    }

    private static final String TRANCHES = """
            regel "Tranche zoals gepubliceerd"
              id "TST-TRANCHE"
              bron "test"
              vervangt "NRM-REKENREGEL-ARU"
            wanneer
              voor elk fondsjaar
              het jaar ligt tussen 2024 en 2025
            dan
              de tranche is de gepubliceerde tranche
            einde

            regel "Tranche zoals gepubliceerd, bbp-jaren"
              id "TST-TRANCHE-BBP"
              bron "test"
              vervangt "NRM-BBP-2024"
            wanneer
              voor elk fondsjaar
              het jaar is 2024 of later
            dan
              de tranche is de gepubliceerde tranche
            einde
            """;

    private static Normeringsuitkomst bereken(ParameterSet eigen) {
        return FvwEngine.builder().regels(List.of(new RuleFile("tranches.dslr", TRANCHES))).build().bereken(invoer(eigen),
                false);
    }

    @Test
    void theShippedEngineAppliesTheOpschalingskortingWithoutAnyParameterFile() {
        assertThat(FvwEngine.shipped().parameters().all()).containsKeys("opschalingskorting.gemeentefonds",
                "opschalingskorting.provinciefonds", "eenmalige-korting.gemeentefonds", "bbp-systematiek.volume.van",
                "bbp-systematiek.volume.tot");
        assertThat(FvwEngine.shipped().provenance().hashes()).containsKey("regels:nl/fvw/regels/normering/opschalingskorting.yaml");
        Normeringsuitkomst u = bereken(ParameterSet.empty());
        assertThat(u.korting(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN24).bedrag()).isEqualTo(shipped(2026));
        assertThat(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN24).bedrag())
                .isEqualTo(Amounts.subtract(Amounts.mln("30000"), shipped(2026)));
    }

    @Test
    void aScenarioParameterLayersOnTopByDecisionStand() {
        ParameterValue hoger = new ParameterValue(Validity.from(BudgetYear.of(2026)), VJN24, new BigDecimal("700000000"),
                "scenario", null);
        ParameterSet eigen = ParameterSet.of(List.of(new Parameter("opschalingskorting.gemeentefonds", ParameterKind.BEDRAG,
                "", List.of(hoger))));
        Normeringsuitkomst u = bereken(eigen);
        assertThat(u.korting(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN24).bedrag()).as("scenario wins at its stand")
                .isEqualTo(Amounts.mln("700"));
        assertThat(u.korting(Fonds.GEMEENTEFONDS, BudgetYear.of(2025), VJN24).bedrag()).as("2025 as shipped")
                .isEqualTo(shipped(2025));
    }

    /** The GF kortingen of a year as the shipped parameters give them at the Voorjaarsnota 2024. */
    private static javax.money.MonetaryAmount shipped(int jaar) {
        javax.money.MonetaryAmount sum = Amounts.zeroEur();
        for (String naam : List.of("opschalingskorting.gemeentefonds", "eenmalige-korting.gemeentefonds")) {
            Parameter p = FvwEngine.shipped().parameters().get(naam);
            if (p.knows(BudgetYear.of(jaar), VJN24)) {
                sum = Amounts.add(sum, p.amountFor(BudgetYear.of(jaar), VJN24));
            }
        }
        return sum;
    }

    @Test
    void aRuleWhoseParameterIsMissingIsAnErrorNamingBoth() {
        String rule = """
                regel "Korting uit een parameter die er niet is"
                  id "TST-KORTING"
                  bron "test"
                wanneer
                  voor elk fondsjaar
                  het fonds is het Gemeentefonds
                  het jaar is 2026 of later
                dan
                  trek de korting "nergens" af van het fonds
                einde
                """;
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("tranches.dslr", TRANCHES),
                new RuleFile("korting.dslr", rule))).build();
        assertThatThrownBy(() -> engine.bereken(invoer(ParameterSet.empty()), false))
                .hasMessageContaining("Rule TST-KORTING").hasMessageContaining("parameter 'nergens' is given");
    }
}
