package nl.fvw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.fvw.FvwException;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Kerncijfers;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsrekening;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.RuleCache;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/**
 * The figures of one stand, computed alone (as a Monte Carlo does per draw), are the figures the
 * whole computation gives at that stand: names, values and explanations, for every stand of every
 * shipped normering scenario, its own rules included.
 */
class StandberekeningTest {
    static Stream<Path> normeringScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .filter(p -> ScenarioReader.read(p).normering() != null).toList().stream();
        }
    }

    /** A scenario's engine with its own rules, its input and the rules' decisions on it. */
    private record Rekening(FvwEngine engine, Normeringsinvoer invoer, Besluiten besluiten) {
        static Rekening van(Path path) {
            Scenario scenario = ScenarioReader.read(path);
            FvwEngine engine = ScenarioRunner.engine(scenario, RuleCache.inMemory());
            return new Rekening(engine, scenario.normering(), engine.beslis(scenario.normering()));
        }
    }

    @ParameterizedTest
    @MethodSource("normeringScenarios")
    void aStandAloneGivesTheFiguresOfTheWholeAtThatStand(Path path) {
        Rekening r = Rekening.van(path);
        FvwEngine engine = r.engine();
        Normeringsinvoer invoer = r.invoer();
        Besluiten besluiten = r.besluiten();
        Normeringsuitkomst geheel = engine.bereken(invoer, besluiten, true);
        assertThat(invoer.standen()).isNotEmpty();
        for (Stand s : invoer.standen()) {
            List<String> alleen = figures(engine.bereken(invoer, besluiten, s, true));
            List<String> erin = geheel.figuren().stream().filter(f -> s.equals(f.name().stand()))
                    .map(StandberekeningTest::figure).toList();
            assertThat(alleen).as(path + " stand " + s).isNotEmpty().isEqualTo(erin);
        }
    }

    /** The values alone are the values of the figures, to the scale: every accres % and every level. */
    @ParameterizedTest
    @MethodSource("normeringScenarios")
    void theKerncijfersAreTheValuesOfTheFigures(Path path) {
        Rekening r = Rekening.van(path);
        FvwEngine engine = r.engine();
        Normeringsinvoer invoer = r.invoer();
        Besluiten besluiten = r.besluiten();
        for (Stand s : invoer.standen()) {
            Normeringsuitkomst u = engine.bereken(invoer, besluiten, s, false);
            Kerncijfers k = engine.kerncijfers(invoer, besluiten, s);
            assertThat(k.accressen().stream().map(a -> a.name() + "=" + a.fraction()).sorted().toList())
                    .as(path + " stand " + s).isEqualTo(u.accressen().stream().map(a -> a.name() + "=" + a.fraction()).sorted()
                            .toList());
            List<String> niveaus = new java.util.ArrayList<>();
            k.niveaus().forEach((f, jaren) -> jaren.forEach((y, v) -> niveaus.add(f.code() + " niveau " + y + "=" + v)));
            assertThat(niveaus).as(path + " stand " + s).isEqualTo(u.bedragen().stream()
                    .filter(b -> b instanceof Fondsniveau).map(b -> (Fondsniveau) b)
                    .map(n -> n.fonds().code() + " niveau " + n.jaar() + "=" + Amounts.value(n.bedrag())).toList());
        }
    }

    /**
     * The draws of a Monte Carlo share what only the parameters decide (the kortingen) with the draw before:
     * the points of a sweep over the opschalingskorting, one after another on one engine, each give the
     * levels they give alone, and the points differ, so a korting shared across other parameters would show.
     */
    @org.junit.jupiter.api.Test
    void aComputationSharesTheKortingenOnlyWithTheSameParameters() {
        Scenario scenario = ScenarioReader.read(Path.of("scenarios/normering-varianten-illustratief.yaml"));
        FvwEngine engine = FvwEngine.shipped();
        List<Scenario.Variant> punten = scenario.sweep().varianten(engine.parameters().layer(scenario.normering().parameters()));
        Stand s = scenario.vergelijkOp();
        Normeringsinvoer eigen = scenario.normering();
        Besluiten besluiten = engine.beslis(eigen.withParameters(eigen.parameters().override(punten.get(0).parameters())));
        List<Object> niveaus = new java.util.ArrayList<>();
        for (int ronde = 0; ronde < 2; ronde++) {
            for (Scenario.Variant punt : punten) {
                Normeringsinvoer invoer = eigen.withParameters(eigen.parameters().override(punt.parameters()));
                Object gedeeld = engine.kerncijfers(invoer, besluiten, s).niveaus();
                assertThat(gedeeld).as(punt.naam()).isEqualTo(new Normeringsrekening(invoer.withParameters(
                        engine.parameters().layer(invoer.parameters())), besluiten, false).kerncijfers(s).niveaus());
                niveaus.add(gedeeld);
            }
        }
        assertThat(niveaus.subList(0, punten.size())).doesNotHaveDuplicates();
    }

    /**
     * A draw takes over the accres and tranches of the stands before the one it perturbs from the draw before
     * (Normeringsrekening.naast): draws that perturb the forecasts from 2022 of the Voorjaarsnota 2024 and
     * of the Voorjaarsnota 2022 (whose accres the later stand reads), one after another on one engine,
     * each give the accres and levels at the Voorjaarsnota 2024 that they give alone, and differ from each other.
     */
    @org.junit.jupiter.api.Test
    void aDrawSharesOnlyTheStandsBeforeTheOneItPerturbs() {
        Scenario scenario = ScenarioReader.read(Path.of("scenarios/normering-onzekerheid.yaml"));
        FvwEngine engine = FvwEngine.shipped();
        Normeringsinvoer invoer = scenario.normering();
        Besluiten besluiten = engine.beslis(invoer);
        Stand laat = scenario.monteCarlo().stand();
        List<nl.fvw.onzekerheid.Trekkingen> trekkingen = invoer.standen().stream().map(s -> new nl.fvw.onzekerheid.MonteCarlo(
                40, scenario.monteCarlo().zaad(), s, scenario.monteCarlo().fouten().stream().map(f -> new Voorspelfout(
                        f.reeks(), BudgetYear.of(2022), f.sd())).toList()).trekkingen(invoer)).toList();
        List<Kerncijfers> gezien = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            for (nl.fvw.onzekerheid.Trekkingen t : trekkingen) {
                Normeringsinvoer trekking = t.trekking(i);
                Kerncijfers gedeeld = engine.kerncijfers(trekking, besluiten, laat);
                assertThat(gedeeld).as("draw " + i).isEqualTo(new Normeringsrekening(trekking.withParameters(
                        engine.parameters().layer(trekking.parameters())), besluiten, false).kerncijfers(laat));
                gezien.add(gedeeld);
            }
        }
        assertThat(gezien).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("normeringScenarios")
    void aStandThatIsNotTheInputsIsRefused(Path path) {
        Scenario scenario = ScenarioReader.read(path);
        FvwEngine engine = FvwEngine.shipped();
        Normeringsinvoer invoer = scenario.normering();
        Stand elders = Stand.parse("Voorjaarsnota 1999");
        assertThatThrownBy(() -> engine.bereken(invoer, engine.beslis(invoer), elders, false))
                .isInstanceOf(FvwException.class).hasMessageContaining("Voorjaarsnota 1999")
                .hasMessageContaining("not one of the stands");
        assertThatThrownBy(() -> engine.kerncijfers(invoer, engine.beslis(invoer), elders))
                .isInstanceOf(FvwException.class).hasMessageContaining("Voorjaarsnota 1999")
                .hasMessageContaining("not one of the stands");
    }

    private static List<String> figures(Normeringsuitkomst u) {
        return u.figuren().stream().map(StandberekeningTest::figure).toList();
    }

    private static String figure(nl.fvw.explain.Figuur f) {
        return f.name() + "=" + Values.text(f) + "|" + ExplanationText.of(f.explanation());
    }
}
