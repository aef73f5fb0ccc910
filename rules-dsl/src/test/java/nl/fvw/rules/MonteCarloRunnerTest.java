package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Besluiten;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsniveau;
import nl.fvw.normering.Kerncijfers;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.onzekerheid.MonteCarlo;
import nl.fvw.onzekerheid.Spreiding;
import nl.fvw.onzekerheid.Voorspelfout;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.SpreidingTabel;
import nl.fvw.present.Values;
import nl.fvw.scenario.Scenario;
import nl.fvw.scenario.ScenarioReader;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;

/** The shipped Monte Carlo scenario, over one shared engine. */
class MonteCarloRunnerTest {
    private static final Scenario SCENARIO = ScenarioReader.read(Path.of("src/test/resources/normering-2022-2028.yaml"));
    private static final FvwEngine ENGINE = FvwEngine.shipped();

    private static MonteCarlo met(int trekkingen, List<Voorspelfout> fouten) {
        MonteCarlo mc = SCENARIO.monteCarlo();
        return new MonteCarlo(trekkingen, mc.zaad(), mc.stand(), fouten);
    }

    @Test
    void theOutcomeDoesNotDependOnTheNumberOfThreads() {
        MonteCarlo mc = met(120, SCENARIO.monteCarlo().fouten());
        Spreiding een = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), mc, 1, n -> { });
        Spreiding twee = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), mc, 2, n -> { });
        assertThat(SpreidingTabel.text(twee)).isEqualTo(SpreidingTabel.text(een));
        assertThat(SpreidingTabel.csv(twee)).isEqualTo(SpreidingTabel.csv(een));
        assertThat(een.accresCellen()).hasSizeGreaterThan(5);
        assertThat(een.niveauCellen()).hasSize(14);
    }

    /** A run too large to keep is counted in two passes, to every percentile of keeping every draw. */
    @Test
    void aRunTooLargeToKeepGivesTheSamePercentilesInTwoPasses() {
        MonteCarlo mc = met(150, SCENARIO.monteCarlo().fouten());
        Spreiding bewaard = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), mc, 2, n -> { });
        AtomicInteger laatste = new AtomicInteger();
        Spreiding geteld = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), mc, 2, laatste::set, 100);
        for (Spreiding.Cel c : bewaard.accresCellen()) {
            for (int p = 0; p <= 100; p++) {
                assertThat(geteld.accresPercentiel(c, p)).as(c + " p" + p).isEqualTo(bewaard.accresPercentiel(c, p));
            }
        }
        for (Spreiding.Cel c : bewaard.niveauCellen()) {
            for (int p = 0; p <= 100; p++) {
                assertThat(geteld.niveauPercentiel(c, p)).as(c + " p" + p).isEqualTo(bewaard.niveauPercentiel(c, p));
            }
        }
        assertThat(SpreidingTabel.text(geteld)).isEqualTo(SpreidingTabel.text(bewaard));
        assertThat(laatste).hasValue(150);
    }

    /** With every standard deviation zero each draw is the forecast: every percentile is the scenario's own figure. */
    @Test
    void withoutErrorsEveryPercentileIsTheForecastFigure() {
        List<Voorspelfout> nul = SCENARIO.monteCarlo().fouten().stream()
                .map(f -> new Voorspelfout(f.reeks(), f.vanaf(), BigDecimal.ZERO)).toList();
        Spreiding s = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), met(20, nul), 2, n -> { });
        Normeringsuitkomst u = ENGINE.bereken(SCENARIO.normering(), false);
        for (AccresPercentage a : u.accressen()) {
            if (!a.stand().equals(SCENARIO.monteCarlo().stand())) {
                continue;
            }
            Spreiding.Cel cel = new Spreiding.Cel(a.fonds() == null ? "GF en PF" : a.fonds().code(), a.jaar());
            for (int p : new int[] {0, 50, 100}) {
                assertThat(s.accresPercentiel(cel, p)).isEqualByComparingTo(BigDecimal.valueOf(Spreiding.accresEenheden(
                        a.fraction()), 6));
            }
        }
        BigDecimal gf2027 = u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2027), SCENARIO.monteCarlo().stand()).bedrag()
                .getNumber().numberValue(BigDecimal.class);
        assertThat(s.niveauPercentiel(new Spreiding.Cel("GF", BudgetYear.of(2027)), 5))
                .isEqualByComparingTo(BigDecimal.valueOf(Spreiding.centen(gf2027), 2));
    }

    @Test
    void errorsWidenTheSpreadOfLaterYears() {
        Spreiding s = MonteCarloRunner.run(ENGINE, SCENARIO.normering(), met(200, SCENARIO.monteCarlo().fouten()), 2, n -> { });
        Spreiding.Cel gf2022 = new Spreiding.Cel("GF", BudgetYear.of(2022));
        Spreiding.Cel gf2028 = new Spreiding.Cel("GF", BudgetYear.of(2028));
        assertThat(s.niveauPercentiel(gf2022, 95)).isEqualByComparingTo(s.niveauPercentiel(gf2022, 5));
        assertThat(s.niveauPercentiel(gf2028, 95).subtract(s.niveauPercentiel(gf2028, 5)))
                .isGreaterThan(new BigDecimal("1000000000"));
    }

    /** The rules see no amounts: decisions taken once give every draw the figures a fresh evaluation gives. */
    @Test
    void decisionsTakenOnceHoldForEveryDraw() {
        MonteCarlo mc = met(5, SCENARIO.monteCarlo().fouten());
        Besluiten b = ENGINE.beslis(SCENARIO.normering());
        for (int i = 0; i < mc.trekkingen(); i++) {
            Normeringsinvoer draw = mc.trekking(SCENARIO.normering(), i);
            List<String> fresh = figures(ENGINE.bereken(draw, true));
            assertThat(figures(ENGINE.bereken(draw, b, true))).isEqualTo(fresh);
        }
    }

    @Test
    void decisionsForAnotherStructureAreRefused() {
        Besluiten b = ENGINE.beslis(SCENARIO.normering());
        Normeringsinvoer korter = Normeringsinvoer.builder().aggregaten(SCENARIO.normering().aggregaten())
                .standen(SCENARIO.normering().standen()).jaren(BudgetYear.of(2022), BudgetYear.of(2027)).build();
        assertThatThrownBy(() -> ENGINE.bereken(korter, b, false)).isInstanceOf(nl.fvw.FvwException.class)
                .hasMessageContaining("decided for the years 2022-2028").hasMessageContaining("FvwEngine.beslis");
        nl.fvw.param.ParameterSet extra = nl.fvw.param.ParameterSet.of(List.of(new nl.fvw.param.Parameter("extra",
                nl.fvw.param.ParameterKind.GETAL, "", List.of(new nl.fvw.param.ParameterValue(nl.fvw.param.Validity.from(
                        nl.fvw.time.BudgetYear.of(2022)), nl.fvw.time.Stand.parse("Voorjaarsnota 2022"), BigDecimal.ONE, "t",
                        null)))));
        Normeringsinvoer anderParameters = SCENARIO.normering().withParameters(extra);
        assertThatThrownBy(() -> ENGINE.bereken(anderParameters, b, false))
                .hasMessageContaining("decided for the parameters");
    }

    private static List<String> figures(Normeringsuitkomst u) {
        return u.figuren().stream().map(f -> f.name() + "=" + Values.text(f) + "|" + ExplanationText.of(f.explanation())).toList();
    }

    /** A draw's figures are kept in the cells' order, whatever order it gives them in; other cells are refused. */
    @Test
    void aDrawMustGiveTheCellsOfTheFirst() {
        Stand vjn = SCENARIO.monteCarlo().stand();
        Stand ander = Stand.parse("Voorjaarsnota 2022");
        List<Spreiding.Cel> cellen = List.of(new Spreiding.Cel("GF en PF", BudgetYear.of(2024)),
                new Spreiding.Cel("GF", BudgetYear.of(2025)), new Spreiding.Cel("PF", BudgetYear.of(2025)));
        AccresPercentage beide = pct(null, 2024, vjn, "0.031");
        AccresPercentage gf = pct(Fonds.GEMEENTEFONDS, 2025, vjn, "0.0205");
        AccresPercentage pf = pct(Fonds.PROVINCIEFONDS, 2025, vjn, "0.0199999");
        assertThat(MonteCarloRunner.accres(3, List.of(beide, gf, pf), vjn, cellen)).containsExactly(31_000, 20_500, 20_000);
        assertThat(MonteCarloRunner.accres(3, List.of(pf, pct(null, 2024, ander, "0.5"), beide, gf), vjn, cellen))
                .containsExactly(31_000, 20_500, 20_000);
        assertThatThrownBy(() -> MonteCarloRunner.accres(3, List.of(beide, gf), vjn, cellen))
                .hasMessage("Monte Carlo draw 3 computes 2 accres figures where the first draw computes 3");
        assertThatThrownBy(() -> MonteCarloRunner.accres(3, List.of(beide, gf, pct(Fonds.PROVINCIEFONDS, 2026, vjn, "0")),
                vjn, cellen)).hasMessage("Monte Carlo draw 3 computes no accres for PF 2025");
        assertThatThrownBy(() -> MonteCarloRunner.accres(3, List.of(beide, gf, gf), vjn, cellen))
                .hasMessage("Monte Carlo draw 3 computes no accres for PF 2025");

        Besluiten b = ENGINE.beslis(SCENARIO.normering());
        List<Fondsniveau> niveaus = MonteCarloRunner.niveaus(ENGINE.bereken(SCENARIO.normering(), b, vjn, false));
        List<Spreiding.Cel> niveauCellen = niveaus.stream().map(n -> new Spreiding.Cel(n.fonds().code(), n.jaar())).toList();
        Kerncijfers k = ENGINE.kerncijfers(SCENARIO.normering(), b, vjn);
        long[] centen = MonteCarloRunner.niveau(0, k, niveaus, niveauCellen);
        for (int c = 0; c < niveaus.size(); c++) {
            assertThat(centen[c]).isEqualTo(Spreiding.centen(nl.fvw.money.Amounts.value(niveaus.get(c).bedrag())));
        }
        Map<Fonds, SortedMap<BudgetYear, BigDecimal>> zonder = new EnumMap<>(k.niveaus());
        SortedMap<BudgetYear, BigDecimal> pfJaren = new TreeMap<>(zonder.get(Fonds.PROVINCIEFONDS));
        pfJaren.remove(BudgetYear.of(2027));
        zonder.put(Fonds.PROVINCIEFONDS, pfJaren);
        assertThatThrownBy(() -> MonteCarloRunner.niveau(0, new Kerncijfers(vjn, k.accressen(), zonder), niveaus, niveauCellen))
                .hasMessage("Monte Carlo draw 0 computes " + (niveaus.size() - 1) + " niveau figures where the first draw"
                        + " computes " + niveaus.size());
        pfJaren.put(BudgetYear.of(2030), BigDecimal.ONE);
        assertThatThrownBy(() -> MonteCarloRunner.niveau(0, new Kerncijfers(vjn, k.accressen(), zonder), niveaus, niveauCellen))
                .hasMessage("Monte Carlo draw 0 computes no niveau for PF 2027");
    }

    private static AccresPercentage pct(Fonds fonds, int jaar, Stand stand, String fraction) {
        return new AccresPercentage(fonds, BudgetYear.of(jaar), stand, new BigDecimal(fraction), nl.fvw.explain.Explanation.none());
    }

    /** A small heap keeps fewer figures (a third of it), a large one at most BEWAREN. */
    @Test
    void theFiguresKeptFitInAThirdOfTheHeap() {
        assertThat(MonteCarloRunner.bewaren(64L << 20)).isEqualTo((64L << 20) / 24);
        assertThat(MonteCarloRunner.bewaren(96L << 20)).isEqualTo(MonteCarloRunner.BEWAREN);
        assertThat(MonteCarloRunner.bewaren(16L << 30)).isEqualTo(MonteCarloRunner.BEWAREN);
    }

    @Test
    void progressIsReportedUpToTheLastDraw() {
        AtomicInteger last = new AtomicInteger();
        MonteCarloRunner.run(ENGINE, SCENARIO.normering(), met(50, SCENARIO.monteCarlo().fouten()), 2,
                n -> last.accumulateAndGet(n, Math::max));
        assertThat(last.get()).isEqualTo(50);
    }
}
