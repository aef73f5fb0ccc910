package nl.fvw.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.fvw.begroting.Mutatietabel;
import nl.fvw.input.InputException;
import nl.fvw.present.MutatietabelTekst;

/**
 * Tables of the begroting as a scenario gives them (../shared/reference/begrotingen/): the
 * aanvullende post of the accres Gemeentefonds at the Voorjaarsnota 2023 (tabel 66, € mln, printed
 * parts of unrounded sums) and the Provinciefonds at the Ontwerpbegroting 2023 (tabel 6, x € 1.000,
 * adding up exactly).
 */
class BegrotingstabelTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            scenario: "Tabellen"
            eenheid: "€ mln"
            stand: Voorjaarsnota 2023
            standen:
              Miljoenennota 2023: {van: 2023, tot: 2027}
              Voorjaarsnota 2023: {van: 2023, tot: 2028}
            fondsen:
              GF: {bron: "MN 2023", tranches_gepubliceerd: {Miljoenennota 2023: {2023: 2674.0}}}
            """;

    private static final String TABEL66 = """
            begrotingstabellen:
              - titel: "Accres Gemeentefonds (aanvullende post), Voorjaarsnota 2023, tabel 66"
                fonds: GF
                post: aanvullende post
                bron: "Voorjaarsnota 2023, tabel 66 (rijksfinancien.nl/voorjaarsnota/2023/1732011)"
                rijen:
                  - {stand: Miljoenennota 2023, bedragen: {2023: 570.1, 2024: 3224.0, 2025: 5600.7, 2026: 5898.9, 2027: 7061.7}}
                  - mutatie: Besluitvorming
                    oorzaak: besluitvorming
                    bedragen: {2027: 150.0, 2028: 300.0}
                    delen:
                      - {mutatie: Bbp-indexatie, bedragen: {2027: 150.0, 2028: 300.0}, bron: "Voorjaarsnota 2023: bbp-systematiek vanaf 2027"}
                  - mutatie: Technisch
                    oorzaak: technisch
                    bedragen: {2023: 16.7, 2024: 388.6, 2025: 839.0, 2026: 957.0, 2027: 1018.5, 2028: 9484.1}
                    delen:
                      - {mutatie: Extrapolatie, bedragen: {2028: 8373.5}}
                      - {mutatie: Loon- en prijsbijstelling, bedragen: {2023: 288.5, 2024: 660.4, 2025: 1110.8, 2026: 1214.2, 2027: 1268.5, 2028: 1360.5}}
                      - {mutatie: Overboekingen met andere begrotingen, bedragen: {2023: -268.9, 2024: -271.9, 2025: -271.9, 2026: -257.2, 2027: -249.9, 2028: -249.9}}
                      - {mutatie: Afrekening BCF, bedragen: {2023: -2.9}}
                  - {stand: Voorjaarsnota 2023, bedragen: {2023: 586.7, 2024: 3612.5, 2025: 6439.7, 2026: 6855.9, 2027: 8230.3, 2028: 9784.1}}
            """;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, text);
        return p;
    }

    private Begrotingstabel read(String text) throws IOException {
        return ScenarioReader.read(write(text)).begrotingstabellen().get(0);
    }

    private InputException fails(String text) throws IOException {
        return ReadFailure.of(write(text));
    }

    @Test
    void tabel66AsPrintedAddsUpWithinItsRounding() throws IOException {
        Begrotingstabel t = read(HEAD + TABEL66);
        assertThat(t.post()).isEqualTo(Begrotingstabel.Post.AANVULLENDE_POST);
        assertThat(t.tabel().kolommen()).containsExactly("2023", "2024", "2025", "2026", "2027", "2028");
        assertThat(t.standen()).extracting(Object::toString).containsExactly("Miljoenennota 2023", "Voorjaarsnota 2023");
        assertThat(t.afwijkingen()).isNotEmpty().allSatisfy(a -> assertThat(a.afronding()).isTrue());
        assertThat(t.afwijkingen()).anySatisfy(a -> {
            assertThat(a.regel()).isEqualTo("Stand Voorjaarsnota 2023");
            assertThat(a.kolom()).isEqualTo("2023");
            assertThat(a.verschil()).isEqualByComparingTo("-0.1");
        });
        Mutatietabel.Rij bbp = t.tabel().rijen().get(2);
        assertThat(bbp.label()).isEqualTo("Bbp-indexatie");
        assertThat(bbp.soort()).isEqualTo(Mutatietabel.Soort.SUBMUTATIE);
        assertThat(bbp.bron()).contains("bbp-systematiek vanaf 2027");
        assertThat(t.tabel().rijen().get(1).oorzaak()).isEqualTo(Mutatietabel.Oorzaak.BESLUITVORMING);
        assertThat(MutatietabelTekst.of(t.tabel())).contains("Accres Gemeentefonds (aanvullende post)").contains("  Extrapolatie")
                .contains("9.784,1");
    }

    /** Printed mutations without the stand they lead to, and a group given by its parts only: fvw derives them, and says so. */
    @Test
    void whatTheSourceLeavesOutIsDerived() throws IOException {
        String zonder = TABEL66.replace("        bedragen: {2023: 16.7, 2024: 388.6, 2025: 839.0, 2026: 957.0, 2027: 1018.5, 2028: 9484.1}\n", "")
                .replace("{stand: Voorjaarsnota 2023, bedragen: {2023: 586.7, 2024: 3612.5, 2025: 6439.7, 2026: 6855.9, 2027: 8230.3, 2028: 9784.1}}",
                        "{stand: Voorjaarsnota 2023}");
        Begrotingstabel t = read(HEAD + zonder);
        Mutatietabel.Rij technisch = t.tabel().rijen().get(3);
        assertThat(technisch.label()).isEqualTo("Technisch");
        assertThat(technisch.afgeleid()).isTrue();
        assertThat(technisch.waarden().get(0)).isEqualByComparingTo("16.7");   // 288,5 − 268,9 − 2,9
        Mutatietabel.Rij vjn = t.tabel().rijen().get(t.tabel().rijen().size() - 1);
        assertThat(vjn.afgeleid()).isTrue();
        assertThat(vjn.waarden().get(0)).isEqualByComparingTo("586.8");       // 570,1 + 16,7
        assertThat(vjn.waarden().get(5)).isEqualByComparingTo("9784.1");      // 300,0 + 9.484,1
        assertThat(t.afwijkingen()).isEmpty();
        // two printed stands and nothing between: the difference is one mutation, not itemised
        String standen = HEAD + """
                begrotingstabellen:
                  - titel: "Alleen standen"
                    fonds: GF
                    bron: "b"
                    rijen:
                      - {stand: Miljoenennota 2023, bedragen: {2023: 570.1}}
                      - {stand: Voorjaarsnota 2023, bedragen: {2023: 586.7}}
                """;
        Mutatietabel.Rij verschil = read(standen).tabel().rijen().get(1);
        assertThat(verschil.label()).isEqualTo("Mutaties (niet uitgesplitst)");
        assertThat(verschil.waarden().get(0)).isEqualByComparingTo("16.6");
    }

    @Test
    void twoPrintedLevelsThatDisagreeBeyondTheRoundingAreRefused() throws IOException {
        String kapot = TABEL66.replace("2023: 586.7, 2024: 3612.5", "2023: 587.7, 2024: 3612.5");
        InputException e = fails(HEAD + kapot);
        assertThat(e.key()).isEqualTo("begrotingstabellen[0].rijen[3]");
        assertThat(e.problem()).startsWith("'Stand Voorjaarsnota 2023' 2023 does not add up: printed 587.7, the sum of its"
                + " printed parts is 586.8 (difference 0.9; the rounding of the parts explains at most 0.15)");
        assertThat(e.getMessage()).contains("s.yaml:");
        String erkend = kapot + """
                    erkende_afwijkingen:
                      - {regel: "Stand Voorjaarsnota 2023", jaar: 2023, reden: "zo gedrukt"}
                """;
        Begrotingstabel t = read(HEAD + erkend);
        assertThat(t.afwijkingen()).anySatisfy(a -> {
            assertThat(a.afronding()).isFalse();
            assertThat(t.erkendeReden(a)).isEqualTo("zo gedrukt");
        });
    }

    @Test
    void aMutationOutsideTheStandsYearsIsRefused() throws IOException {
        InputException e = fails(HEAD + TABEL66.replace("bedragen: {2027: 150.0, 2028: 300.0}\n        delen:",
                "bedragen: {2027: 150.0, 2029: 300.0}\n        delen:"));
        assertThat(e.key()).isEqualTo("begrotingstabellen[0].rijen[1].bedragen.2029");
        assertThat(e.problem()).isEqualTo("the mutation 'Besluitvorming' in 2029 lies outside the years stand Voorjaarsnota"
                + " 2023 prints (2023-2028)");
        InputException jaren = fails(HEAD + TABEL66.replace("    post: aanvullende post\n",
                "    post: aanvullende post\n    jaren: {van: 2023, tot: 2027}\n"));
        assertThat(jaren.problem()).isEqualTo("year 2028 lies outside the years of the table (2023-2027)");
    }

    /** A circulaire stand out of order: the septembercirculaire 2023 appears after the meicirculaire 2023. */
    @Test
    void standsOutOfOrderAreRefused() throws IOException {
        String circulaires = HEAD + """
                begrotingstabellen:
                  - titel: "Circulaires"
                    fonds: GF
                    bron: "b"
                    rijen:
                      - {stand: septembercirculaire 2023, bedragen: {2023: 2}}
                      - {mutatie: "Accres", bedragen: {2023: -1}}
                      - {stand: meicirculaire 2023, bedragen: {2023: 1}}
                """;
        InputException e = fails(circulaires);
        assertThat(e.key()).isEqualTo("begrotingstabellen[0].rijen[2].stand");
        assertThat(e.problem()).isEqualTo("stands out of order: meicirculaire 2023 (published 2023-05-31) follows"
                + " septembercirculaire 2023 (published 2023-09-19); a table runs from the earlier stand to the later");
        InputException scenario = fails(HEAD.replace("standen:\n  Miljoenennota 2023: {van: 2023, tot: 2027}\n"
                + "  Voorjaarsnota 2023: {van: 2023, tot: 2028}\n", "standen: [septembercirculaire 2023, meicirculaire 2023]\n"));
        assertThat(scenario.key()).isEqualTo("standen");
        assertThat(scenario.problem()).contains("stands out of order: meicirculaire 2023 (published 2023-05-31) is listed after"
                + " septembercirculaire 2023");
    }

    @Test
    void aRowIsOneThingAndLinkedFiguresNeedComputedStands() throws IOException {
        InputException twee = fails(HEAD + TABEL66.replace("      - mutatie: Besluitvorming\n",
                "      - mutatie: Besluitvorming\n        stand: Miljoenennota 2023\n"));
        assertThat(twee.problem()).isEqualTo("a row is one of 'stand', 'mutatie' or 'waarvan'; found [stand, mutatie]");
        InputException figuur = fails(HEAD + TABEL66.replace("{mutatie: Afrekening BCF, bedragen: {2023: -2.9}}",
                "{mutatie: Afrekening BCF, bedragen: {2023: -2.9}, figuur: \"GF prijs\"}"));
        assertThat(figuur.problem()).startsWith("'GF prijs' is not a figure a row can be linked to");
        Scenario s = ScenarioReader.read(write(HEAD + TABEL66.replace("{mutatie: Afrekening BCF, bedragen: {2023: -2.9}}",
                "{mutatie: Afrekening BCF, bedragen: {2023: -2.9}, figuur: \"GF afrekening\"}")));
        assertThat(s.controles()).singleElement().satisfies(c -> {
            assertThat(c.naam()).isEqualTo("GF afrekening 2023 stand Voorjaarsnota 2023");
            assertThat(c.gepubliceerd()).isEqualByComparingTo("-2.9");
            assertThat(c.tolerantie()).isEqualByComparingTo(new BigDecimal("0.05"));
            assertThat(c.bron()).contains("regel 'Afrekening BCF'");
        });
    }

    /** A table's unit must be one fvw knows; an unknown one is refused, naming it and the known ones. */
    @Test
    void aTableWithAnUnknownUnitIsRefused() throws IOException {
        InputException e = fails(HEAD + TABEL66.replace("    post: aanvullende post\n", "    post: aanvullende post\n"
                + "    eenheid: \"x € 10\"\n"));
        assertThat(e.problem()).startsWith("'x € 10' is not a known unit; expected one of \"€\", \"x € 1.000\"");
        assertThat(e.key()).isEqualTo("begrotingstabellen[0].eenheid");
    }
}
