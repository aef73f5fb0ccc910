package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.scenario.ScenarioReader;

/**
 * A per-recipient figure is a check like any other: two gemeenten of 10.000 inwoners share a SPUK of
 * € 10 mln half and half; the new key gives 1 : 3. Gemeente GM0001 loses € 2,5 mln in full, capped
 * by the shipped ingroeipad at € 7,50 per inwoner in the first year: € 75.000, so it receives
 * € 5 mln − € 75.000.
 */
class OntvangerControleTest {
    @TempDir
    Path dir;

    private Path scenario(String controles) throws IOException {
        Files.writeString(dir.resolve("ontvangers.csv"), "code,naam,inwoners_2026,x\nGM0001,a,10000,1\nGM0002,b,10000,3\n");
        Files.writeString(dir.resolve("historisch.csv"), "code,bedrag\nGM0001,1\nGM0002,1\n");
        return Files.writeString(dir.resolve("s.yaml"), """
                scenario: "Per ontvanger"
                eenheid: "€ mln"
                stand: Miljoenennota 2026
                bundelingen:
                  - naam: "b"
                    bron: "test"
                    doel: algemene_uitkering
                    startjaar: 2026
                    tot: 2026
                    efficiencykorting: 0
                    ingroeipad: ja
                    ontvangers: ontvangers.csv
                    spuks:
                      - {naam: "s", bron: "t", budget: {2026: 10}, historisch: historisch.csv}
                    sleutel: {maatstaven: {x: "€ 1"}, historisch: 0}
                controles:
                """ + controles);
    }

    @Test
    void aRecipientsEffectPerInwonerAndPaymentAreChecked() throws IOException {
        ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(scenario("""
                  - {figuur: "herverdeeleffect GM0001 2026", gepubliceerd: -0.075, tolerantie: 0, reden: "€ 7,50 × 10.000", bron: "hand"}
                  - {figuur: "herverdeeleffect per inwoner GM0001 2026", gepubliceerd: -7.50, tolerantie: 0, reden: "de cap", bron: "hand"}
                  - {figuur: "uitkering GM0001 2026", gepubliceerd: "4,925", tolerantie: 0, reden: "5 − 0,075", bron: "hand"}
                """)), false);
        assertThat(r.controles()).hasSize(3).allSatisfy(c -> assertThat(c.klopt()).as(c.controle().naam()).isTrue());
        ScenarioResult mis = ScenarioRunner.run(ScenarioReader.read(scenario("""
                  - {figuur: "uitkering GM0001 2026", gepubliceerd: 5, tolerantie: 0, reden: "zonder ingroeipad", bron: "hand"}
                """)), false);
        assertThat(mis.controles()).singleElement().satisfies(c -> assertThat(c.klopt()).isFalse());
        assertThatThrownBy(() -> ScenarioRunner.run(ScenarioReader.read(scenario("""
                  - {figuur: "uitkering GM0999 2026", gepubliceerd: 5, tolerantie: 0, reden: "r", bron: "b"}
                """)), false)).hasMessageContaining("no recipient with code GM0999 in the bundling in 2026");
    }
}
