package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.input.InputException;
import nl.fvw.money.Amounts;
import nl.fvw.normering.BbpKeuzes;
import nl.fvw.normering.BcfInvoer;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** The normering part of a scenario file: funds, items, rates, BCF, variants, and every error. */
class ScenarioNormeringTest {
    @TempDir
    Path dir;

    private static final String FULL = """
            scenario: "Volledig"
            eenheid: "€ mln"
            stand: Voorjaarsnota 2024
            standen: [Voorjaarsnota 2022, Voorjaarsnota 2024]
            jaren: {van: 2022, tot: 2024}
            invoer:
              uitgavenposten:
                - {aggregaat: ARU, naam: "Netto uitgaven", soort: UITGAVEN, bron: "b", reeks: {2021: 100, 2022: 103, 2023: 106, 2024: 108}}
                - {aggregaat: ARU, naam: "Klimaatfonds", soort: INVESTERINGSFONDS, bron: "b", reeks: {2021: 1, 2022: 2, 2023: 3, 2024: 4}}
              accres_gepubliceerd: {bron: "MN", standen: {"Voorjaarsnota 2022": {2022: 2.5}}}
              lpo: {bron: "CEP", standen: {"Voorjaarsnota 2022": {2022: 2.0, 2023: 2.0, 2024: 2.0}}}
              bbp:
                middeling: meetkundig
                combinatie: multiplicatief
                prijsnacalculatie: ja
                volume: {bron: "CBS", standen: {"Voorjaarsnota 2024": {2015: 2.0}}}
                prijs: {bron: "CEP", standen: {"Voorjaarsnota 2024": {2024: 3.0}}}
            fondsen:
              GF:
                bron: "begroting B"
                grondslag: {"Voorjaarsnota 2022": {2022: 30000, 2023: 31000, 2024: 32000}}
                niveau_basis: 30000
                taakmutaties: {2022: 10, 2023: 10, 2024: 10}
              Provinciefonds:
                bron: "begroting C"
                grondslag_opbouw: {jaar: 2022, bedrag: 2000, mutaties: {2023: 5}}
            bcf:
              bron: "BCF"
              basisjaar: 2021
              plafond: 3000
              declaraties_gemeenten: {"Voorjaarsnota 2022": {2022: 2700, 2023: 2750, 2024: 2800}}
              declaraties_provincies: {"Voorjaarsnota 2022": {2022: 300, 2023: 300, 2024: 300}}
              plafond_maatstaf: PF
            varianten:
              - naam: alternatief
                regels: [v.dslr]
            vergelijk_op: Voorjaarsnota 2024
            """;

    private Path write(String text) throws IOException {
        Files.writeString(dir.resolve("v.dslr"), "# leeg\n");
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, text);
        return p;
    }

    private InputException fails(String text) throws IOException {
        return ReadFailure.of(write(text));
    }

    @Test
    void readsEveryPart() throws IOException {
        Scenario s = ScenarioReader.read(write(FULL));
        Normeringsinvoer n = s.normering();
        assertThat(n.standen()).containsExactly(Stand.parse("Voorjaarsnota 2022"), Stand.parse("Voorjaarsnota 2024"));
        assertThat(n.eersteJaar()).isEqualTo(BudgetYear.of(2022));
        assertThat(n.posten()).hasSize(2);
        assertThat(n.gepubliceerdAccres().knownAt(BudgetYear.of(2022), Stand.parse("Voorjaarsnota 2024")))
                .isEqualByComparingTo("0.025");
        assertThat(n.bbpKeuzes()).isEqualTo(new BbpKeuzes(BbpKeuzes.Middeling.MEETKUNDIG,
                BbpKeuzes.Combinatie.MULTIPLICATIEF, true));
        assertThat(n.fondsen()).containsOnlyKeys(Fonds.GEMEENTEFONDS, Fonds.PROVINCIEFONDS);
        assertThat(Amounts.value(n.fondsen().get(Fonds.PROVINCIEFONDS).grondslagBasis())).isEqualByComparingTo("2000000000");
        assertThat(n.bcf().plafondMaatstaf()).isEqualTo(BcfInvoer.PlafondMaatstaf.PF);
        assertThat(s.varianten()).singleElement().satisfies(v -> assertThat(v.naam()).isEqualTo("alternatief"));
        assertThat(s.vergelijkOp()).isEqualTo(Stand.parse("Voorjaarsnota 2024"));
        assertThat(s.hashes()).containsKey("variant:v.dslr");
    }

    @Test
    void aSweepBecomesOneVariantPerValue() throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "eenheid: \"€ mln\"\nparameters:\n  korting:\n    soort: bedrag\n    waarden:\n"
                + "      - {vanaf: 2022, waarde: 10, besloten: Voorjaarsnota 2022, bron: x}\n");
        String base = FULL + "parameters: [p.yaml]\n";
        Scenario s = ScenarioReader.read(write(base + "sweep: {parameter: korting, van: 0, tot: 20, stap: 10}\n"));
        assertThat(s.varianten()).extracting(Scenario.Variant::naam).containsExactly("alternatief");
        List<Scenario.Variant> points = s.sweep().varianten(s.normering().parameters());
        assertThat(points).extracting(Scenario.Variant::naam).containsExactly("korting = 0", "korting = 10", "korting = 20");
        var swept = points.get(2).parameters().get("korting");
        assertThat(swept.amountFor(BudgetYear.of(2030), Stand.parse("Voorjaarsnota 2022")))
                .satisfies(a -> assertThat(Amounts.value(a)).isEqualByComparingTo("20000000"));
        Scenario misspelt = ScenarioReader.read(write(base + "sweep: {parameter: kortnig, waarden: [1]}\n"));
        assertThatThrownBy(() -> misspelt.sweep().varianten(misspelt.normering().parameters()))
                .isInstanceOf(nl.fvw.input.InputException.class).hasMessageContaining("sweep.parameter")
                .hasMessageContaining("did you mean 'korting'?").hasMessageContaining("a sweep varies a parameter");
        assertThat(fails(base + "sweep: {parameter: korting, van: 0, tot: 20, stap: 0}\n").problem())
                .contains("step of a sweep must be positive");
    }

    @Test
    void everyErrorNamesItsKey() throws IOException {
        assertThat(fails(FULL.replace("  GF:\n", "  XF:\n")).problem()).contains("'XF' is not a fund");
        assertThat(fails(FULL.replace("soort: INVESTERINGSFONDS", "soort: FONDS")).problem())
                .contains("'FONDS' is not a kind of spending item");
        assertThat(fails(FULL.replace("middeling: meetkundig", "middeling: mediaan")).problem()).contains("not a mean");
        assertThat(fails(FULL.replace("combinatie: multiplicatief", "combinatie: x")).problem()).contains("not a combination");
        assertThat(fails(FULL.replace("prijsnacalculatie: ja", "prijsnacalculatie: soms")).problem()).contains("not ja or nee");
        assertThat(fails(FULL.replace("plafond_maatstaf: PF", "plafond_maatstaf: BCF")).problem()).contains("not a plafond maatstaf");
        assertThat(fails(FULL.replace("    niveau_basis: 30000\n", "")).problem())
                .contains("taakmutaties need 'niveau_basis'");
        assertThat(fails(FULL.replace("vergelijk_op: Voorjaarsnota 2024", "vergelijk_op: Miljoenennota 2030")).problem())
                .contains("not among the stands computed");
        assertThat(fails(FULL.replace("jaren: {van: 2022, tot: 2024}", "jaren: {van: 2024, tot: 2022}")).problem())
                .contains("comes before");
        assertThat(fails(FULL.replace("jaren: {van: 2022, tot: 2024}\n", "")).problem()).contains("missing 'jaren'");
        assertThat(fails(FULL.replace("grondslag_opbouw: {jaar: 2022, bedrag: 2000, mutaties: {2023: 5}}",
                "grondslag_opbouw: {jaar: 2022, bedrag: 2000}\n    grondslag: {\"Voorjaarsnota 2022\": {2022: 1}}")).problem())
                .contains("either 'grondslag' or 'grondslag_opbouw'");
        assertThat(fails(FULL.replace("{2022: 2.5}", "{twintig: 2.5}")).problem()).contains("not a budget year");
        assertThat(fails(FULL.replace("\"Voorjaarsnota 2022\": {2022: 2.5}", "\"Lentenota 2022\": {2022: 2.5}")).problem())
                .contains("not a known ijkmoment");
        InputException unknown = fails(FULL.replace("    bron: \"begroting B\"\n", "    bron: \"begroting B\"\n    grondslg: 1\n"));
        assertThat(unknown.problem()).contains("unknown key (did you mean 'grondslag'?)");
        assertThat(unknown.key()).isEqualTo("fondsen.GF.grondslg");
        String twice = FULL.replace("  - naam: alternatief\n    regels: [v.dslr]\n",
                "  - naam: alternatief\n    regels: [v.dslr]\n  - naam: alternatief\n    regels: [v.dslr]\n");
        assertThat(fails(twice).problem()).contains("variant 'alternatief' is named twice");
        assertThat(fails(FULL.replace("    grondslag: {\"Voorjaarsnota 2022\": {2022: 30000, 2023: 31000, 2024: 32000}}",
                "    grondslag: {}")).problem()).contains("no stands");
    }
}
