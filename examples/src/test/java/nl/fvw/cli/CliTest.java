package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.fvw.rules.dsl.DslMapping;
import nl.fvw.rules.dsl.DslReference;

class CliTest {
    static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    static final String DEMO = HOME.resolve(DemoCommand.DEMO).toString();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void home() {
        System.setProperty("fvw.home", HOME.toString());
    }

    static Run fvw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** What changed between two stands is one command; both stands must be computed and in order. */
    @Test
    void bijstellingenBetweenTwoStands() {
        String s = HOME.resolve("examples/scenarios/normering-onzekerheid.yaml").toString();
        Run ok = fvw("run", s, "--van", "Voorjaarsnota 2022", "--naar", "Voorjaarsnota 2024");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Gemeentefonds: tranche, bijstelling van Voorjaarsnota 2022 naar Voorjaarsnota 2024")
                .contains("Gemeentefonds: van stand Voorjaarsnota 2022 naar stand Voorjaarsnota 2024");
        Run half = fvw("run", s, "--van", "Voorjaarsnota 2022");
        assertThat(half.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(half.err()).contains("geef --van en --naar samen");
        Run unknown = fvw("run", s, "--van", "meicirculaire 2023", "--naar", "Voorjaarsnota 2024");
        assertThat(unknown.err()).contains("stand meicirculaire 2023 wordt in dit scenario niet gerekend");
        Run reversed = fvw("run", s, "--van", "Voorjaarsnota 2024", "--naar", "Voorjaarsnota 2022");
        assertThat(reversed.err()).contains("komt niet vóór Voorjaarsnota 2022");
    }

    /**
     * Circulaire stands with their own mutations: what changed between the meicirculaire and the septembercirculaire
     * (normering.md §2: each circulaire follows the Rijk's stand before it) is one command, and a table from the one
     * circulaire to the other is checked against fvw's figures.
     */
    @Test
    void whatChangedBetweenTheMeicirculaireAndTheSeptembercirculaire() throws IOException {
        Files.writeString(tmp.resolve("tranches.dslr"), """
            regel "De circulaire drukt de tranche"
              id "CIRC-TRANCHE"
              bron "illustratief"
              vervangt "NRM-REKENREGEL-ARU"
            wanneer
              voor elk fondsjaar
              het jaar ligt tussen 2018 en 2025
            dan
              de tranche is de gepubliceerde tranche
            einde

            regel "De gedrukte tranche bevat het vastgezette volumedeel"
              id "CIRC-VOLUME-IN-TRANCHE"
              bron "illustratief"
              vervangt "NRM-GF-VOLUME-VAST"
            wanneer
              voor elk fondsjaar
              het fonds is het Gemeentefonds
              het jaar ligt tussen 2022 en 2025
            dan
              hef de vastzetting op
            einde
            """);
        Path s = Files.writeString(tmp.resolve("circulaires.yaml"), """
            scenario: "Circulaires 2023 (illustratief)"
            eenheid: "€ mln"
            stand: septembercirculaire 2023
            standen:
              meicirculaire 2023: {van: 2023, tot: 2024, fondsen: [GF]}
              septembercirculaire 2023: {van: 2023, tot: 2024, fondsen: [GF]}
            jaren: {van: 2023, tot: 2024}
            fondsen:
              GF:
                bron: "illustratief"
                niveau_basis: 0
                tranches_gepubliceerd:
                  meicirculaire 2023: {2023: 2800.0, 2024: 3000.0}
                tranchebijstellingen_gepubliceerd:
                  septembercirculaire 2023: {2023: -90.0, 2024: 161.1}
            regels: [tranches.dslr]
            begrotingstabellen:
              - titel: "Accres Gemeentefonds, meicirculaire naar septembercirculaire 2023"
                fonds: GF
                bron: "illustratief"
                rijen:
                  - {stand: meicirculaire 2023, bedragen: {2023: 2800.0, 2024: 5800.0}, figuur: cumulatief}
                  - mutatie: Accres
                    oorzaak: technisch
                    delen:
                      - {mutatie: Bijstelling tranche 2023, bedragen: {2023: -90.0, 2024: -90.0}, figuur: "bijstelling tranche 2023"}
                      - {mutatie: Bijstelling tranche 2024, bedragen: {2024: 161.1}, figuur: "bijstelling tranche 2024"}
                  - {stand: septembercirculaire 2023, figuur: cumulatief}
            """);
        Run r = fvw("run", s.toString(), "--van", "meicirculaire 2023", "--naar", "septembercirculaire 2023");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Gemeentefonds: tranche, bijstelling van meicirculaire 2023 naar septembercirculaire 2023")
                .containsPattern("septembercirculaire 2023 +2\\.710,0 +3\\.161,1")
                .containsPattern("bijstelling +-90,0 +161,1")
                .containsPattern("Stand septembercirculaire 2023 +2\\.410,0 +5\\.571,1");
        Run full = fvw("run", s.toString());
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(full.out()).contains("ok  bijstelling GF tranche 2024 van meicirculaire 2023 naar septembercirculaire 2023")
                .contains("ok  GF cumulatief 2024 stand septembercirculaire 2023 berekend 5.871,10")
                .doesNotContain("  NEE ");
    }

    @Test
    void demoPrintsAnExplainedResultWithItsSource() {
        Run r = fvw("demo");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("2014   GF/PF Miljoenennota 2012                 2,41")
                .contains("ok  accres 2014 stand Miljoenennota 2012")
                .contains("regel:   NRM-REKENREGEL-NGRU")
                .contains("bron:    Miljoenennota 2012, bijlage, tabel 9.1")
                .contains("invoer:  A 2014 = € 145.629 mln  [stand Miljoenennota 2012]")
                .contains("afronding: accres % zoals gepubliceerd")
                .contains("Herkomst: fvw ");
    }

    @Test
    void runWritesJsonThatParses() throws IOException {
        Path out = tmp.resolve("r.json");
        Run r = fvw("run", DEMO, "--format", "json", "--out", out.toString());
        assertThat(r.exit()).isZero();
        String json = Files.readString(out);
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                // reads to the end: valid JSON
            }
        }
        assertThat(json).contains("\"figuur\" : \"accres 2014 stand Miljoenennota 2012\"")
                .contains("\"procent_gedrukt\" : \"2.41\"").contains("\"klopt\" : true");
    }

    /** The jeugd case's signalering: each step against the shipped terms, in the paragraph and the JSON. */
    @Test
    void theSignaleringOfATaskIsJudgedStepByStep() throws IOException {
        Run md = fvw("run", HOME.resolve("examples/scenarios/bekostiging-jeugd-2019.yaml").toString(), "--format", "markdown");
        assertThat(md.exit()).as(md.err()).isZero();
        assertThat(md.out()).contains("**Signalering** (peildatum 30 juni 2021):")
                .contains(", te laat (uiterlijk 30 juni 2019; regel BKS-SIGNALERING-ANALYSE)")
                .contains(", op tijd (uiterlijk 2 september 2021; regel BKS-SIGNALERING-BESLUIT)");
        JsonNode taak = find(runJson("bekostiging-jeugd-2019.yaml").get("taken"), "taak", "Jeugd 2022, afspraak");
        JsonNode stappen = taak.get("signalering").get("stappen");
        assertThat(stappen).hasSize(3);
        assertThat(stappen.get(1).get("status").asText()).isEqualTo("te_laat");
        assertThat(stappen.get(1).get("uiterlijk").asText()).isEqualTo("2021-03-18");
    }

    /** The tasks of the gemeenten against the accres of the Gemeentefonds from the history replay. */
    @Test
    void aPortfolioHoldsTheTasksOfATierAgainstTheAccres() throws IOException {
        String scenario = HOME.resolve("examples/scenarios/portefeuille-gemeenten.yaml").toString();
        Run run = fvw("run", scenario, "--no-explain");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Taken en middelen: gemeenten")
                .contains("| **saldo** | **-137,5** |").contains("| accres van het fonds | — | 190,0 | 1.124,0 |")
                .contains("| waarvan nieuw | 137,5 |").contains("| waarvan gewijzigd | 0,0 |")
                .contains("regel BKS-PORTEFEUILLE-SALDO").contains("regel BKS-PORTEFEUILLE-ACCRES")
                .doesNotContain("BKS-PORTEFEUILLE-ROUTE")
                .contains("- Omgevingswet, transitie gemeenten, ondergrens (eigen middelen): niet gecompenseerd");
        JsonNode p = runJson("portefeuille-gemeenten.yaml").get("portefeuille");
        assertThat(p.get("bestuurslaag").asText()).isEqualTo("gemeenten");
        JsonNode j2022 = find(p.get("jaren"), "jaar", "2022");
        assertThat(new java.math.BigDecimal(j2022.get("saldo").asText()))
                .isEqualByComparingTo(new java.math.BigDecimal(j2022.get("compensatie").get("algemene_uitkering").asText())
                        .add(new java.math.BigDecimal(j2022.get("compensatie").get("decentralisatie_uitkering").asText()))
                        .subtract(new java.math.BigDecimal(j2022.get("claim").asText())));
        Run saldo = fvw("explain", scenario, "saldo 2022");
        assertThat(saldo.out()).startsWith("saldo 2022 (gemeenten) = € -113,475 mln")
                .contains("invoer:  compensatie (algemene uitkering) 2022 = € 1.614 mln");
        Run geenAccres = fvw("explain", scenario, "accres van het fonds 2016");
        assertThat(geenAccres.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(geenAccres.err()).contains("De fondszijde geeft geen accres voor 2016");
        Run md = fvw("run", scenario, "--format", "markdown");
        assertThat(md.out()).startsWith("## Taken en middelen: gemeenten")
                .contains("## Financiële gevolgen: Jeugd 2022, afspraak");
    }

    @Test
    void jsonCarriesEveryFigureTaskAndBundlingAsExactDecimals() throws IOException {
        JsonNode normering = runJson("normering-geschiedenis.yaml");
        JsonNode tranche = find(normering.get("figuren"), "figuur", "GF tranche 2017 stand Startnota 2017 (2017-12-01)");
        assertThat(tranche.get("bedrag").asText()).isEqualTo("190000000");
        assertThat(tranche.get("valuta").asText()).isEqualTo("EUR");
        assertThat(tranche.get("uitleg").get("naam").asText()).isEqualTo(tranche.get("figuur").asText());

        JsonNode taak = runJson("bekostiging-inburgering-2021.yaml").get("taken").get(0);
        assertThat(taak.get("taak").asText()).isEqualTo("Wet inburgering 2021, voor het akkoord");
        assertThat(taak.get("oordeel").asText()).startsWith("onvoldoende bekostigd");
        JsonNode jaar2021 = find(taak.get("jaren"), "jaar", "2021");
        assertThat(new java.math.BigDecimal(jaar2021.get("claim").asText())
                .subtract(new java.math.BigDecimal(jaar2021.get("compensatie").asText())))
                .isEqualByComparingTo(jaar2021.get("gat").asText());

        JsonNode bundeling = runJson("bundeling-regionale-envelop.yaml").get("bundelingen").get(0);
        assertThat(bundeling.get("overgeheveld").get("2026").asText()).isEqualTo("450000000");
    }

    @Test
    void diffNamesEveryChangedFigureWithItsDifferenceAndTheChangedInputs() throws IOException {
        Path before = tmp.resolve("voor.json");
        assertThat(fvw("run", HOME.resolve("examples/scenarios/normering-geschiedenis.yaml").toString(), "--no-explain",
                "--format", "json", "--out", before.toString()).exit()).isZero();
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode after = (com.fasterxml.jackson.databind.node.ObjectNode) m
                .readTree(before.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode tranche = (com.fasterxml.jackson.databind.node.ObjectNode)
                find(after.get("figuren"), "figuur", "GF tranche 2017 stand Startnota 2017 (2017-12-01)");
        tranche.put("bedrag", "190000000.01");
        com.fasterxml.jackson.databind.node.ArrayNode figuren = (com.fasterxml.jackson.databind.node.ArrayNode) after
                .get("figuren");
        String removed = figuren.get(figuren.size() - 1).get("figuur").asText();
        figuren.remove(figuren.size() - 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) after.get("herkomst").get("sha256"))
                .put("scenario:normering-geschiedenis.yaml", "0".repeat(64));
        Path later = tmp.resolve("na.json");
        m.writeValue(later.toFile(), after);

        Run same = fvw("diff", before.toString(), before.toString());
        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("0 cijfers veranderd").doesNotContain("gewijzigd");

        Run d = fvw("diff", before.toString(), later.toString());
        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(d.out()).contains("gewijzigd   GF tranche 2017 stand Startnota 2017 (2017-12-01): 190.000.000,00 EUR"
                + " → 190.000.000,01 EUR  (verschil 0,01 EUR)")
                .contains("vervallen   " + removed + " (was ").contains("2 cijfers veranderd")
                .contains("gewijzigd   scenario:normering-geschiedenis.yaml");
    }

    /** Two real normering runs, one with a changed NGRU: every changed accres is named with its difference (no crash). */
    @Test
    void diffOfTwoNormeringRunsNamesTheChangedAccres() throws IOException {
        Path scenario = HOME.resolve("examples/scenarios/accres-ngru-mn2012.yaml");
        Path changed = tmp.resolve("accres-ngru-mn2012.yaml");
        Files.writeString(changed, Files.readString(scenario).replace("2014: 145629", "2014: 145700"));
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(fvw("run", scenario.toString(), "--format", "json", "--out", a.toString()).exit()).isIn(0, Main.CHECK_FAILED);
        assertThat(fvw("run", changed.toString(), "--format", "json", "--out", b.toString()).exit()).isIn(0, Main.CHECK_FAILED);
        Run d = fvw("diff", a.toString(), b.toString());
        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(d.out()).containsPattern("gewijzigd   accres 2014 stand Miljoenennota 2012: 2,4144 % → 2,4\\d{3} %"
                + "  \\(verschil 0,0\\d{3} %\\)").contains("gewijzigd   accres 2015 stand Miljoenennota 2012")
                .contains("gewijzigd   scenario:accres-ngru-mn2012.yaml");
    }

    /** An --out that names an input is refused (exit 2) and the input is untouched; a failed write leaves nothing. */
    @Test
    void outNeverOverwritesAnInputAndAFailedWriteLeavesNoFile() throws IOException {
        Path scenario = tmp.resolve("s.yaml");
        Files.copy(HOME.resolve("examples/scenarios/accres-ngru-mn2012.yaml"), scenario);
        String before = Files.readString(scenario);
        Run self = fvw("run", scenario.toString(), "--format", "json", "--out", scenario.toString());
        assertThat(self.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(self.err()).contains("--out " + scenario + " is een invoerbestand van dit scenario");
        Path link = tmp.resolve("link.yaml");
        Files.createSymbolicLink(link, scenario);
        assertThat(fvw("explain", scenario.toString(), "accres 2014", "--out", link.toString()).exit())
                .isEqualTo(Main.USAGE_ERROR);
        Path copy = Files.copy(scenario, tmp.resolve("kopie.yaml"));
        assertThat(fvw("run", scenario.toString(), "--out", copy.toString()).err()).contains("heeft de inhoud van een"
                + " invoerbestand");
        assertThat(Files.readString(scenario)).isEqualTo(before);
        Path missingDir = tmp.resolve("bestaat-niet/r.json");
        Run fails = fvw("run", scenario.toString(), "--format", "json", "--out", missingDir.toString());
        assertThat(fails.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(fails.err()).contains("kan niet schrijven");
        Run ok = fvw("run", scenario.toString(), "--format", "json", "--out", tmp.resolve("r.json").toString());
        assertThat(ok.exit()).isZero();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** A scenario's raw DRL neither runs nor validates unasked; asked for, it may still not leave fvw's facts. */
    @Test
    void rawDrlRunsOnlyWhenAllowedAndNeverExitsTheTool() {
        String s = HOME.resolve("examples/src/test/resources/bad-inputs/ruwe-regels-zonder-toestemming.yaml").toString();
        for (String command : List.of("run", "validate")) {
            Run r = fvw(command, s);
            assertThat(r.exit()).as(command).isEqualTo(Main.INPUT_ERROR);
            assertThat(r.err()).contains("ruw-exit.dslr:7: ruwe DRL").contains("--sta-ruwe-regels-toe");
        }
        Run toe = fvw("--sta-ruwe-regels-toe", "run", s);
        assertThat(toe.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(toe.err()).contains("ruw-exit.dslr:7: ruwe DRL gebruikt het type 'System'");
    }

    /** Implausible but valid inputs are visible: an accres beyond ±50 % and a tolerance larger than its figure. */
    @Test
    void implausibleInputsAreWarnedAbout() throws IOException {
        Path s = Files.writeString(tmp.resolve("s.yaml"), """
                scenario: "x"
                eenheid: "€ mln"
                stand: Miljoenennota 2012
                invoer:
                  uitgavenaggregaten:
                    - {naam: NGRU, bron: "x", waarden: {2011: 91965, 2012: 191490}}
                controles:
                  - {figuur: "accres 2012 stand Miljoenennota 2012", gepubliceerd: 2, tolerantie: 500, reden: "x", bron: "x"}
                """);
        Run r = fvw("run", s.toString(), "--no-explain");
        assertThat(r.exit()).as(r.err()).isIn(0, Main.CHECK_FAILED);
        assertThat(r.out()).contains("Waarschuwingen (geldige maar onwaarschijnlijke invoer)")
                .contains("accres 2012 stand Miljoenennota 2012 is 108,22 %: meer dan 50 % groei of krimp")
                .contains("de tolerantie 500 is groter dan het cijfer zelf (2)");
        Path json = tmp.resolve("r.json");
        Run j = fvw("run", s.toString(), "--format", "json", "--out", json.toString());
        assertThat(j.out()).contains("waarschuwing: accres 2012 stand Miljoenennota 2012 is 108,22 %");
        assertThat(Files.readString(json)).contains("\"waarschuwing\" : \"accres 2012 stand Miljoenennota 2012 is 108,22 %");
    }

    /** Wrong use of the command line exits 2, as the README says; the help lists shell. */
    @Test
    void misuseOfTheCommandLineExitsTwo() {
        String s = HOME.resolve("examples/scenarios/normering-onzekerheid.yaml").toString();
        assertThat(fvw().exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(fvw("run", s, "--format", "xlsx").exit()).isEqualTo(Main.USAGE_ERROR);
        Run nul = fvw("sweep", s, "--trekkingen", "0");
        assertThat(nul.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(nul.err()).contains("--trekkingen 0: een Monte Carlo vraagt ten minste één trekking");
        assertThat(fvw("sweep", s, "--threads", "0").exit()).isEqualTo(Main.USAGE_ERROR);
        Run onbekend = fvw("run", s, "--fromat", "json");
        assertThat(onbekend.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(onbekend.err()).startsWith("fvw: onbekende opties: '--fromat', 'json'");
        Run help = fvw("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("  shell     JShell met fvw geïmporteerd").contains("Gebruik: fvw")
                .contains("Toon deze hulp en stop.").doesNotContain("Usage:");
    }

    @Test
    void diffRefusesWhatIsNotAResult() throws IOException {
        Path notJson = Files.writeString(tmp.resolve("kapot.json"), "{\n  \"scenario\": \n");
        Run r = fvw("diff", notJson.toString(), notJson.toString());
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).startsWith("fvw: " + notJson + ":").contains("geen JSON").doesNotContain("at com.");

        Path scenario = HOME.resolve("examples/scenarios/accres-ngru-mn2012.yaml");
        Path asJson = Files.writeString(tmp.resolve("scenario.json"), "{\"naam\": \"x\"}");
        r = fvw("diff", asJson.toString(), scenario.toString());
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains(asJson + ": geen uitkomst van fvw: de sleutel 'scenario' ontbreekt");
    }

    @Test
    void sweepShowsTheSpreadPerFundAndYear() {
        Run r = fvw("sweep", HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Spreiding over 7 varianten").contains("Gemeentefonds: niveau")
                .contains("Provinciefonds: niveau").containsPattern("\\nP50 +[0-9.]+,[0-9]");
        Run none = fvw("sweep", DEMO);
        assertThat(none.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(none.err()).contains("heeft geen monte_carlo, sweep of varianten");
        Run trekkingen = fvw("sweep", HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString(),
                "--trekkingen", "10");
        assertThat(trekkingen.err()).contains("--trekkingen geldt voor een Monte Carlo");
        assertThat(fvw("sweep", HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString(),
                "--threads", "2").err()).contains("--threads geldt voor een Monte Carlo");
        Run nul = fvw("sweep", HOME.resolve("examples/scenarios/normering-onzekerheid.yaml").toString(), "--threads", "0");
        assertThat(nul.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(nul.err()).contains("ten minste één thread");
    }

    /** The shipped Monte Carlo, fewer draws: percentiles of accres and level; the same on one thread as on two. */
    @Test
    void sweepRunsTheMonteCarloOfAScenario() throws IOException {
        String scenario = HOME.resolve("examples/scenarios/normering-onzekerheid.yaml").toString();
        Run r = fvw("sweep", scenario, "--trekkingen", "60", "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Monte Carlo: 60 trekkingen, zaad 20240415, stand Voorjaarsnota 2024")
                .contains("voorspelfout bbp.prijs vanaf 2024: normaal (Irwin-Hall), sd 1 procentpunt per jaar")
                .containsPattern("\\nGF en PF  2026 +[0-9],[0-9]{2} ").containsPattern("\\nPF        2028 +[0-9.]+,[0-9] ");
        assertThat(r.err()).as("no progress bar without a terminal").isEmpty();
        Run csv = fvw("sweep", scenario, "--trekkingen", "60", "--threads", "1", "--format", "csv");
        assertThat(csv.out()).startsWith("\uFEFFfonds;jaar;grootheid;P5;P10;P25;P50;P75;P90;P95\n")
                .contains("\nGF;2028;niveau €;");
        Run twee = fvw("sweep", scenario, "--trekkingen", "60", "--threads", "2", "--format", "csv");
        assertThat(twee.out()).isEqualTo(csv.out());
        Run json = fvw("sweep", scenario, "--trekkingen", "60", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).get("niveau_euro")).hasSize(14);
    }

    @Test
    void theProgressBarSaysHowFarTheDrawsAre() {
        assertThat(SweepCommand.Voortgangsbalk.regel(500, 2000, 1234))
                .isEqualTo("[#######                       ]  25 % 500/2000 trekkingen, 1,2 s");
        assertThat(SweepCommand.Voortgangsbalk.regel(2000, 2000, 20_050)).startsWith("[" + "#".repeat(30) + "] 100 %");
        StringWriter err = new StringWriter();
        SweepCommand.Voortgangsbalk balk = new SweepCommand.Voortgangsbalk(new PrintWriter(err), 4, true);
        balk.toon(1);
        balk.toon(1);
        balk.toon(4);
        balk.klaar();
        assertThat(err.toString()).startsWith("\r[#######").contains("\r[" + "#".repeat(30)).endsWith("\n")
                .containsOnlyOnce(" 25 % ");
    }

    private JsonNode runJson(String scenario) throws IOException {
        Path out = tmp.resolve(scenario + ".json");
        Run r = fvw("run", HOME.resolve("examples/scenarios").resolve(scenario).toString(), "--format", "json", "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    @Test
    void explainShowsOneFigure() {
        Run r = fvw("explain", DEMO, "accres 2013");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("accres 2013 stand Miljoenennota 2012 = 0,86 %").doesNotContain("accres 2014");
        Run json = fvw("explain", DEMO, "accres 2013", "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"NRM-REKENREGEL-NGRU\"");
    }

    @Test
    void badInputIsOneClearMessageWithoutStackTrace() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(DEMO)).replace("stand: Miljoenennota 2012", "stand: Lentenota 2012"));
        Run r = fvw("run", bad.toString());
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("fvw: " + bad + ":").contains("sleutel 'stand'").contains("is geen bekend ijkmoment")
                .doesNotContain("at nl.fvw");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aFileTheParserCannotReadIsSaidInTermsOfTheFile() throws IOException {
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("nan.json", "{\"scenario\": \"x\", \"eenheid\": \"€ mln\", \"invoer\": {\"a\": NaN}}");
        cases.put("open.json", "{\"scenario\": \"x\", \"eenheid\": \"€ mln\"");
        cases.put("diep.yaml", "a: " + "[".repeat(300) + "]".repeat(300) + "\n");
        cases.put("diep.json", "{\"a\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        java.util.Map<String, String> expected = java.util.Map.of(
                "nan.json", "nan.json:1:58: onleesbare JSON: 'NaN' is geen getal; schrijf een getal",
                "open.json", "open.json:1:37: onleesbare JSON: het bestand houdt op midden in een waarde (een haakje of"
                        + " aanhalingsteken niet gesloten)",
                "diep.yaml", "diep.yaml: te groot of te diep genest: dieper genest dan 64 niveaus",
                "diep.json", "diep.json: te groot of te diep genest: dieper genest dan 64 niveaus");
        for (var c : cases.entrySet()) {
            Path f = tmp.resolve(c.getKey());
            Files.writeString(f, c.getValue());
            for (String command : List.of("run", "validate")) {
                Run r = fvw(command, f.toString());
                assertThat(r.exit()).as(command + " " + c.getKey() + ": " + r.err()).isEqualTo(Main.INPUT_ERROR);
                assertThat(r.out()).isEmpty();
                assertThat(r.err().strip()).isEqualTo("fvw: " + tmp.resolve(expected.get(c.getKey())));
            }
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        Run r = fvw("--debug", "run", tmp.resolve("missing.yaml").toString());
        assertThat(r.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains("bestand niet gevonden").contains("at nl.fvw");
    }

    @Test
    void aFigureThatIsNotReproducedFailsTheRun() throws IOException {
        Path off = tmp.resolve("off.yaml");
        Files.writeString(off, Files.readString(Path.of(DEMO)).replace("gepubliceerd: 0.86", "gepubliceerd: 0.96"));
        Run r = fvw("run", off.toString(), "--no-explain");
        assertThat(r.exit()).isEqualTo(Main.CHECK_FAILED);
        assertThat(r.out()).contains("NEE accres 2013").contains("Niet alle gepubliceerde cijfers gereproduceerd");
    }

    @Test
    void wrongUseIsExitCodeTwo() {
        assertThat(fvw("bogus").exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(fvw("run").exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(fvw("run", DEMO, "--format", "xml").exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(fvw("--version").out()).startsWith("fvw 0.");
    }

    @Test
    void taskReportsInMarkdownAndHtml() throws IOException {
        String scenario = HOME.resolve("examples/scenarios/bekostiging-inburgering-2021.yaml").toString();
        Run md = fvw("run", scenario, "--format", "markdown");
        assertThat(md.exit()).isZero();
        assertThat(md.out()).startsWith("## Financiële gevolgen: Wet inburgering 2021, voor het akkoord")
                .contains("| **gat** | **12,2** | **66,6** | **42,3** | **42,3** | **42,3** |")
                .contains("**Oordeel:** onvoldoende bekostigd").contains("structureel onvoldoende bekostigd")
                .contains("## Financiële gevolgen: Wet inburgering 2021, akkoord, ondergrens")
                .contains("| **gat** | **-24,3** | **31,4** | **7,1** | **7,1** | **7,1** |");
        Path html = tmp.resolve("udo.html");
        assertThat(fvw("run", scenario, "--format", "html", "--out", html.toString()).exit()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<strong>claim</strong>")
                .contains("<figure id=\"taak-0\">");
        Run noTasks = fvw("run", DEMO, "--format", "markdown");
        assertThat(noTasks.exit()).isEqualTo(Main.USAGE_ERROR);
        assertThat(noTasks.err()).contains("heeft geen taken");
    }

    @Test
    void bundlingReportAndCsvForDutchExcel() throws IOException {
        String scenario = HOME.resolve("examples/scenarios/bundeling-spuks-naar-au.yaml").toString();
        Run table = fvw("run", scenario, "--no-explain");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("342 ontvangers").contains("Ingroeipad: € 7,50, € 15,00 per inwoner");
        Path csv = tmp.resolve("effecten.csv");
        assertThat(fvw("run", scenario, "--format", "csv", "--out", csv.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("\uFEFFbundeling;jaar;code;naam;inwoners");
        assertThat(lines).hasSize(1 + 342 * 6);
        assertThat(lines.get(1)).matches("Armoede en jeugd in de AU;2026;GM0014;Groningen;242410,017;[-\\d]+,\\d{2};.*");
    }

    @Test
    void validateCompareAndDsl() throws IOException {
        assertThat(fvw("validate", DEMO, HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString())
                .exit()).isZero();
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(DEMO)).replace("eenheid:", "eenhied:"));
        Run v = fvw("validate", bad.toString());
        assertThat(v.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(v.out()).isEmpty();
        assertThat(v.err()).contains("onbekende sleutel (bedoelt u 'eenheid'?)");
        Run c = fvw("compare", HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString());
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("trap-op-trap-af − scenario: uitgavenkader").contains("beslag op het uitgavenkader")
                .contains("opschalingskorting.gemeentefonds = 975 − scenario");
        Run csv = fvw("compare", HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString(),
                "--format", "csv");
        assertThat(csv.out()).startsWith("\uFEFFvariant;fonds;jaar;niveau;verschil met scenario\r\n")
                .contains("\r\ntrap-op-trap-af;GF;2028;36093").contains("\r\nscenario;GF;2028;40064")
                .contains(";PF;2022;2060000000,00;0,00\r\n");
        JsonNode cj = new ObjectMapper().readTree(fvw("compare",
                HOME.resolve("examples/scenarios/normering-varianten-illustratief.yaml").toString(), "--format", "json").out());
        assertThat(cj.get("stand").asText()).isEqualTo("Voorjaarsnota 2024");
        assertThat(cj.get("varianten").get(1).get("naam").asText()).isEqualTo("trap-op-trap-af");
        assertThat(cj.get("varianten").get(0).get("niveaus").get(0).get("verschil").asText()).isEqualTo("0");
        assertThat(fvw("compare", DEMO).err()).contains("noemt geen varianten");
        Run d = fvw("dsl");
        assertThat(d.out()).contains("het accres volgt de groei van de {aggregaat}").contains("voor elke taak")
                .contains("bevriest een deel van het accres");
        assertThat(fvw("dsl", "--format", "markdown").out()).isEqualTo(DslReference.markdown(DslMapping.shipped()));
    }

    /** The shipped example data is exactly what the documented generator writes from its seed. */
    @Test
    void theExampleDataIsReproducible() throws IOException {
        for (var e : Voorbeelddata.files(HOME.resolve("examples/scenarios")).entrySet()) {
            assertThat(Files.readString(HOME.resolve("examples/scenarios/data").resolve(e.getKey()))).as(e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    /** Every shipped scenario reads, runs and reproduces the published figures it names. */
    @Test
    void everyShippedScenarioRunsAndPassesItsChecks() throws IOException {
        try (Stream<Path> files = Files.list(HOME.resolve("examples/scenarios"))) {
            for (Path f : files.filter(p -> (p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    && !p.getFileName().toString().startsWith(".")).toList()) {
                Run r = fvw("run", f.toString(), "--no-explain");
                assertThat(r.exit()).as(f + "\n" + r.err() + r.out()).isZero();
            }
        }
    }
}
