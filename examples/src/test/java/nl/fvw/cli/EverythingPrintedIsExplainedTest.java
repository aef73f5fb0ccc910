package nl.fvw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.Explanation;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.Figuur;
import nl.fvw.normering.Fonds;
import nl.fvw.rules.Figuuruitleg;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** Every figure a run prints can be explained by the name it is printed under; the stand tables print — only where there is no figure. */
class EverythingPrintedIsExplainedTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @BeforeAll
    static void home() {
        System.setProperty("fvw.home", HOME.toString());
    }

    @Test
    void everyNameOfEveryShippedScenarioHasItsExplanation() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> s = Files.list(HOME.resolve("examples/scenarios"))) {
            scenarios = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int names = 0;
        for (Path p : scenarios) {
            ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(p), true);
            for (FigureName n : Figuuruitleg.namen(r)) {
                Explanation e = Figuuruitleg.of(r, n);
                assertThat(e.isNone()).as(p.getFileName() + ": " + n).isFalse();
                names++;
            }
            for (var c : r.controles()) {
                if (c.controle().van() == null) {
                    assertThat(Figuuruitleg.of(r, c.controle().figuur()).isNone()).as(c.controle().naam()).isFalse();
                }
            }
        }
        assertThat(names).isGreaterThan(500);
    }

    /** The names the issue found refused: a task's gap and a bundling's transfer, and a recipient's effect. */
    @Test
    void explainTakesTaskBundlingAndRecipientNames() {
        String taken = HOME.resolve("examples/scenarios/bekostiging-inburgering-2021.yaml").toString();
        CliTest.Run gat = CliTest.fvw("explain", taken, "gat Wet inburgering 2021, voor het akkoord 2021");
        assertThat(gat.exit()).as(gat.err()).isZero();
        assertThat(gat.out()).startsWith("gat 2021 (Wet inburgering 2021, voor het akkoord) = € 66,63333333 mln")
                .contains("formule: gat = claim − compensatie");
        CliTest.Run zonderTaak = CliTest.fvw("explain", taken, "gat 2021");
        assertThat(zonderTaak.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(zonderTaak.err()).contains("het scenario heeft 3 taken; noem de taak tussen de grootheid en het jaar,"
                + " zoals 'gat Wet inburgering 2021, voor het akkoord 2021'");
        String bundeling = HOME.resolve("examples/scenarios/bundeling-spuks-naar-au.yaml").toString();
        CliTest.Run over = CliTest.fvw("explain", bundeling, "overgeheveld 2027");
        assertThat(over.exit()).as(over.err()).isZero();
        assertThat(over.out()).contains("= € 652,5 mln overgeheveld").contains("efficiencykorting");
        CliTest.Run effect = CliTest.fvw("explain", bundeling, "herverdeeleffect per inwoner GM0014 2027");
        assertThat(effect.exit()).as(effect.err()).isZero();
        assertThat(effect.out()).contains("formule: toegepast effect / inwoners").contains("inwoners GM0014 = ");
        CliTest.Run typo = CliTest.fvw("explain", bundeling, "overgeheveldd 2027");
        assertThat(typo.exit()).isEqualTo(Main.INPUT_ERROR);
        assertThat(typo.err()).contains("geen cijfer 'overgeheveldd 2027'").contains("bedoelt u: overgeheveld 2027");
    }

    @Test
    void anUnknownNameGetsTheNearestKnownNames() {
        ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(HOME.resolve("examples/scenarios/normering-geschiedenis.yaml")),
                true);
        assertThatThrownBy(() -> Figuuruitleg.of(r, FigureName.parse("PF trance 2019 stand Ontwerpbegroting 2020")))
                .isInstanceOf(FvwException.class)
                .hasMessageContaining("bedoelt u: PF tranche 2019 stand Ontwerpbegroting 2020;");
    }

    /** The history's stand tables: "—" exactly where the scenario has no figure of that kind, fund, stand and year. */
    @Test
    void theStandTablesPrintADashExactlyWhereThereIsNoFigure() {
        ScenarioResult r = ScenarioRunner.run(ScenarioReader.read(HOME.resolve("examples/scenarios/normering-geschiedenis.yaml")),
                false);
        String report = Reports.table(r, List.of());
        int cells = 0;
        int dashes = 0;
        for (Fonds f : Fonds.values()) {
            for (String soort : List.of("tranche", "cumulatief", "korting", "niveau", "afrekening")) {
                List<Stand> standen = r.normering().figuren().stream().map(Figuur::name)
                        .filter(n -> soort.equals(n.grootheid()) && f.code().equals(n.fonds())).map(FigureName::stand)
                        .distinct().toList();
                for (Stand s : standen) {
                    for (int y = 2012; y <= 2026; y++) {
                        String cell = OneFigureOnePrintedValueProperties.textCell(report, f.naam() + ": " + soort
                                + " per stand", s.toString(), String.valueOf(y));
                        FigureName naam = new FigureName(f.code(), soort, BudgetYear.of(y), s);
                        boolean figuur = r.normering().figuren().stream().anyMatch(x -> x.name().equals(naam));
                        assertThat(cell.equals("—")).as(f + " " + soort + " " + s + " " + y + ": " + cell).isEqualTo(!figuur);
                        cells++;
                        dashes += figuur ? 0 : 1;
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(300);
        assertThat(dashes).isGreaterThan(100);
    }
}
