package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.input.InputException;
import nl.fvw.money.Amounts;
import nl.fvw.money.AmountUnit;
import nl.fvw.normering.Fonds;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

class ScenarioReaderTest {
    @TempDir
    Path dir;

    private static final String VALID = """
            scenario: "Test"
            eenheid: "€ mln"
            stand: Miljoenennota 2012
            invoer:
              uitgavenaggregaten:
                - naam: NGRU
                  bron: "MN 2012 tabel 9.1"
                  totaal_netto_uitgaven: {2011: 137926, 2012: 139015}
                  correcties: {2011: -45961, 2012: -47525}
            controles:
              - figuur: "accres 2012"
                gepubliceerd: -0.52
                tolerantie: 0
                reden: "exact"
                bron: "MN 2012"
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private InputException fails(String text) throws IOException {
        return ReadFailure.of(write("s.yaml", text));
    }

    @Test
    void readsAValidScenario() throws IOException {
        Scenario s = ScenarioReader.read(write("s.yaml", VALID));
        assertThat(s.naam()).isEqualTo("Test");
        assertThat(s.eenheid()).isEqualTo(AmountUnit.MLN);
        assertThat(s.normering().aggregaten()).singleElement().satisfies(a -> {
            assertThat(a.hasParts()).isTrue();
            assertThat(Amounts.value(a.waarde(BudgetYear.of(2012)))).isEqualByComparingTo("91490000000");
        });
        assertThat(s.controles()).hasSize(1);
        assertThat(s.hashes()).containsKey("scenario:s.yaml");
    }

    @Test
    void jsonScenariosReadTheSame() throws IOException {
        Scenario s = ScenarioReader.read(write("s.json", """
                {"$schema": "../../docs/schema/scenario.schema.json", "scenario": "Test", "eenheid": "x € 1.000", "stand": "Miljoenennota 2012",
                 "invoer": {"uitgavenaggregaten": [{"naam": "ARU", "bron": "b", "waarden": {"2018": 1000, "2019": 1100}}]}}
                """));
        assertThat(Amounts.value(s.normering().aggregaten().get(0).waarde(BudgetYear.of(2019)))).isEqualByComparingTo("1100000");
    }

    @Test
    void unknownKeyWithLine() throws IOException {
        InputException e = fails(VALID.replace("stand: Miljoenennota 2012", "stand: Miljoenennota 2012\nstnad: x"));
        assertThat(e.getMessage()).startsWith(dir.resolve("s.yaml") + ":4:")
                .contains("key 'stnad': unknown key (did you mean 'stand'?)");
    }

    @Test
    void aMissingYearIsNamed() throws IOException {
        InputException e = fails(VALID.replace("{2011: 137926, 2012: 139015}", "{2011: 137926, 2013: 139015}"));
        assertThat(e.key()).isEqualTo("invoer.uitgavenaggregaten[0].totaal_netto_uitgaven");
        assertThat(e.problem()).contains("year 2012 is missing");
    }

    @Test
    void partsOverDifferentYearsAreAnError() throws IOException {
        InputException e = fails(VALID.replace("{2011: -45961, 2012: -47525}", "{2012: -47525}"));
        assertThat(e.problem()).contains("correcties cover 2012-2012 but totaal_netto_uitgaven cover 2011-2012");
    }

    @Test
    void wrongTypesAndValuesAreErrors() throws IOException {
        assertThat(fails(VALID.replace("naam: NGRU", "naam: BBP")).problem()).contains("expected NGRU or ARU");
        assertThat(fails(VALID.replace("137926", "veel")).problem()).contains("'veel' is not a number");
        assertThat(fails(VALID.replace("137926", "1.123456789")).problem()).contains("too many decimals for the unit € mln");
        assertThat(fails(VALID.replace("2011: 137926", "twintig: 137926")).problem()).contains("'twintig' is not a budget year");
        assertThat(fails(VALID.replace("figuur: \"accres 2012\"", "figuur: \"accres\"")).problem())
                .contains("is not a figure name");
        assertThat(fails(VALID.replace("tolerantie: 0", "tolerantie: -1")).problem()).contains("cannot be negative");
        assertThat(fails(VALID.replace("eenheid: \"€ mln\"", "eenheid: \"€ biljoen\"")).problem()).contains("not a known unit");
        assertThat(fails(VALID + "regels: [variant.drl]\n").problem()).contains("must end in .dslr");
        assertThat(fails(VALID + "regels: [variant.dslr]\n").problem()).contains("file 'variant.dslr' not found");
        assertThat(fails(VALID + "parameters: [p.yaml]\n").problem()).contains("file 'p.yaml' not found");
        assertThat(fails(VALID.replace("scenario: \"Test\"\n", "")).problem()).contains("missing; this key is required");
    }

    @Test
    void bothValuesAndPartsIsAnError() throws IOException {
        InputException e = fails(VALID.replace("bron: \"MN 2012 tabel 9.1\"", "bron: \"MN\"\n      waarden: {2011: 1}"));
        assertThat(e.problem()).contains("either 'waarden' or 'totaal_netto_uitgaven'");
    }

    @Test
    void trancheBijstellingenAreReadAndNeedTheirTranches() throws IOException {
        String fonds = """
                fondsen:
                  PF:
                    bron: "OWB 2020 Provinciefonds"
                    tranches_gepubliceerd: {Miljoenennota 2019: {2019: "158,093"}}
                    tranchebijstellingen_gepubliceerd: {Voorjaarsnota 2019: {2019: "20,949"}, Miljoenennota 2020: {2019: "-30,391"}}
                """;
        Scenario s = ScenarioReader.read(write("s.yaml", VALID + fonds));
        StandSeries b = s.normering().fondsen().get(Fonds.PROVINCIEFONDS).trancheBijstellingen();
        assertThat(b.stands()).hasSize(2);
        assertThat(Amounts.value(b.value(BudgetYear.of(2019), Stand.parse("Miljoenennota 2020"))))
                .isEqualByComparingTo("-30391000");
        InputException e = fails(VALID + fonds.replace("    tranches_gepubliceerd: {Miljoenennota 2019: {2019: \"158,093\"}}\n", ""));
        assertThat(e.key()).isEqualTo("fondsen.PF.tranchebijstellingen_gepubliceerd");
        assertThat(e.problem()).contains("give 'tranches_gepubliceerd' too");
    }

    /** A tranche printed over the years (Miljoenennota 2023 bijlage: GF tranche 2023), and a profile that starts late. */
    @Test
    void trancheProfilesAreReadWithTheirOwnYear() throws IOException {
        String fonds = """
                fondsen:
                  GF:
                    bron: "MN 2023 bijlage"
                    tranches_gepubliceerd:
                      Miljoenennota 2023: {2023: {2023: 2674.0, 2024: 2674.0, 2025: 2674.0, 2026: 1358.6, 2027: 1320.1}, 2024: 10}
                """;
        Scenario s = ScenarioReader.read(write("s.yaml", VALID + fonds));
        nl.fvw.normering.Fondsinvoer gf = s.normering().fondsen().get(Fonds.GEMEENTEFONDS);
        Stand mn23 = Stand.parse("Miljoenennota 2023");
        assertThat(Amounts.value(gf.gepubliceerdeTranches().value(BudgetYear.of(2023), mn23))).isEqualByComparingTo("2674000000");
        assertThat(Amounts.value(gf.gepubliceerdeTranches().value(BudgetYear.of(2024), mn23))).isEqualByComparingTo("10000000");
        assertThat(Amounts.value(gf.profielen().profiel(nl.fvw.normering.Trancheprofielen.Soort.TRANCHE, mn23,
                BudgetYear.of(2023)).get(BudgetYear.of(2026)))).isEqualByComparingTo("1358600000");
        InputException e = fails(VALID + fonds.replace("{2023: {2023: 2674.0, ", "{2023: {"));
        assertThat(e.key()).isEqualTo("fondsen.GF.tranches_gepubliceerd.Miljoenennota 2023.2023");
        assertThat(e.problem()).isEqualTo("the profile of tranche 2023 starts in 2024; a tranche's profile starts in its own"
                + " year (2023)");
        assertThat(e.getMessage()).contains("s.yaml:20:");
    }

    /** A level per stand and a printed BCF-ruimte are inputs (they were "expected a single value" and "unknown key"). */
    @Test
    void aLevelPerStandAndAPrintedBcfRuimte() throws IOException {
        String fonds = """
                fondsen:
                  PF:
                    bron: "OWB Provinciefonds"
                    niveau_basis: {Ontwerpbegroting 2022: 2000, Ontwerpbegroting 2023: {2022: 2100, 2023: 2200}}
                    tranches_gepubliceerd: {Ontwerpbegroting 2022: {2022: 100}}
                    bcf_ruimte_gepubliceerd: {Ontwerpbegroting 2023: {2022: "61,639"}}
                """;
        Scenario s = ScenarioReader.read(write("s.yaml", VALID + fonds));
        nl.fvw.normering.Fondsinvoer pf = s.normering().fondsen().get(Fonds.PROVINCIEFONDS);
        assertThat(Amounts.value(pf.niveauBasis(BudgetYear.of(2023), Stand.parse("Ontwerpbegroting 2023"))))
                .isEqualByComparingTo("2200000000");
        assertThat(Amounts.value(pf.niveauBasis(BudgetYear.of(2030), Stand.parse("Ontwerpbegroting 2022"))))
                .isEqualByComparingTo("2000000000");
        assertThat(Amounts.value(pf.bcfRuimte().value(BudgetYear.of(2022), Stand.parse("Ontwerpbegroting 2023"))))
                .isEqualByComparingTo("61639000");
        InputException both = fails(VALID + fonds + "bcf: {bron: b, basisjaar: 2021, plafond: 3000,"
                + " declaraties_gemeenten: {Ontwerpbegroting 2022: {2022: 1}}, declaraties_provincies: {Ontwerpbegroting 2022: {2022: 1}}}\n");
        assertThat(both.key()).isEqualTo("fondsen.PF.bcf_ruimte_gepubliceerd");
        assertThat(both.problem()).contains("printed here and computed from the plafond");
    }

    @Test
    void parameterFilesAreReadAndHashed() throws IOException {
        write("p.yaml", "eenheid: \"€\"\nparameters:\n  k:\n    soort: getal\n    waarden:\n"
                + "      - { vanaf: 2015, waarde: 1, besloten: Miljoenennota 2015, bron: x }\n");
        Scenario s = ScenarioReader.read(write("s.yaml", VALID + "parameters: [p.yaml]\n"));
        assertThat(s.normering().parameters().has("k")).isTrue();
        assertThat(s.hashes()).containsKey("parameters:p.yaml");
        write("p.yaml", "eenheid: \"€\"\nparameters:\n  k:\n    soort: getal\n    onbekend: 1\n");
        assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("s.yaml"))).hasMessageContaining("p.yaml:5")
                .hasMessageContaining("key 'parameters.k.onbekend': unknown key");
    }
}
