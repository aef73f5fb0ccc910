package nl.fvw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Bedrag;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.present.ExplanationText;
import nl.fvw.rules.ScenarioResult;
import nl.fvw.rules.ScenarioRunner;
import nl.fvw.scenario.ScenarioReader;

/**
 * The shipped history replay (examples/scenarios/normering-geschiedenis.yaml): every published
 * figure it names is reproduced within its tolerance, and the Provinciefonds tranches move through
 * the stands by the bijstellingen the fund's budgets print (x € 1.000, so exact to the euro).
 */
class HistoryReplayTest {
    private static final ScenarioResult RESULT = ScenarioRunner
            .run(ScenarioReader.read(Path.of("scenarios/normering-geschiedenis.yaml")), true);

    private static BigDecimal mln(String name) {
        Normeringsuitkomst u = RESULT.normering();
        return Amounts.value(((Bedrag) u.figuur(FigureName.parse(name))).bedrag()).movePointLeft(6);
    }

    @Test
    void everyPublishedFigureIsReproduced() {
        assertThat(RESULT.controles()).hasSizeGreaterThan(50);
        assertThat(RESULT.controles()).allSatisfy(c -> assertThat(c.klopt()).as(c.toString()).isTrue());
        assertThat(RESULT.controles()).extracting(c -> c.controle().figuur().toString()).contains(
                "PF tranche 2019 stand Ontwerpbegroting 2020", "PF afrekening 2019 stand Financieel Jaarverslag Rijk 2018",
                "GF korting 2025 stand Voorjaarsnota 2024", "GF tranche 2023 in 2026 stand Miljoenennota 2023");
    }

    /**
     * Ontwerpbegroting 2019, 1e suppletoire 2019 and Ontwerpbegroting 2020 of the Provinciefonds:
     * 158.093 + 20.949 − 30.391; the Ontwerpbegroting 2020 prints the result as "€ 149 mln".
     */
    @Test
    void theProvinciefondsTranche2019MovesByThePrintedBijstellingen() {
        assertThat(mln("PF tranche 2019 stand Ontwerpbegroting 2019")).isEqualByComparingTo("158.093");
        assertThat(mln("PF tranche 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("179.042");
        assertThat(mln("PF tranche 2019 stand Ontwerpbegroting 2020")).isEqualByComparingTo("148.651");
    }

    /** Tranches 2022 and 2023: each stand is the last printed tranche plus what was printed after it. */
    @Test
    void theProvinciefondsTranches2022And2023() {
        assertThat(mln("PF tranche 2022 stand Voorjaarsnota 2022")).isEqualByComparingTo("213");
        assertThat(mln("PF tranche 2022 stand Ontwerpbegroting 2023")).isEqualByComparingTo("177.761");
        assertThat(mln("PF tranche 2023 stand Voorjaarsnota 2023")).isEqualByComparingTo("277.670");
        assertThat(mln("PF tranche 2023 stand Ontwerpbegroting 2024")).isEqualByComparingTo("234.013");
        assertThat(mln("PF tranche 2024 stand Ontwerpbegroting 2024")).isEqualByComparingTo("375.296");
    }

    /** The 2020-2021 freeze (NRM-VAST-2020-2021) carries the Voorjaarsnota 2020 tranches to the Miljoenennota 2021. */
    @Test
    void theFrozenTranchesAreCarriedAndSaySo() {
        assertThat(mln("PF tranche 2020 stand Miljoenennota 2021")).isEqualByComparingTo("114.585");
        assertThat(mln("PF tranche 2021 stand Miljoenennota 2021")).isEqualByComparingTo("95.0");
        assertThat(ExplanationText.of(RESULT.normering().figuur(
                FigureName.parse("PF tranche 2021 stand Miljoenennota 2021")).explanation())).contains("vastgezet op stand Voorjaarsnota 2020").contains("NRM-VAST-2020-2021");
    }

    /** Gemeentefonds tranches 2023 and 2024 as published, the shipped volume fixing lifted by the replay's own rule. */
    @Test
    void theGemeentefondsTranches2023And2024() {
        assertThat(mln("GF tranche 2023 stand Miljoenennota 2023")).isEqualByComparingTo("2674.0");
        assertThat(mln("GF tranche 2024 stand Miljoenennota 2024")).isEqualByComparingTo("3161.082");
        assertThat(ExplanationText.of(RESULT.normering().figuur(
                FigureName.parse("GF tranche 2024 stand Miljoenennota 2024")).explanation())).contains("HST-TRANCHE-2018-2025").doesNotContain("volumedeel vastgezet");
    }

    /**
     * Every table of ../shared/reference/begrotingen/ that has the begroting's shape is in the
     * replay, adds up within its printed rounding (the one cell the source itself prints wrong
     * acknowledged), and the rows linked to fvw's figures are checks that pass.
     */
    @Test
    void theBegrotingTablesAddUpAndTheirLinkedRowsAreReproduced() {
        assertThat(RESULT.scenario().begrotingstabellen()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(RESULT.scenario().begrotingstabellen()).allSatisfy(b -> assertThat(b.afwijkingen())
                .allSatisfy(a -> assertThat(a.afronding() || b.erkendeReden(a) != null).as(a.toString()).isTrue()));
        assertThat(RESULT.controles()).filteredOn(c -> c.controle().bron().contains(", tabel '")).hasSizeGreaterThanOrEqualTo(29)
                .allSatisfy(c -> assertThat(c.klopt()).as(c.toString()).isTrue());
        assertThat(RESULT.scenario().hiaten()).extracting(h -> h.wat()).contains("PF tranche 2016 en 2017");
    }

    /** The ravijnjaar 2026 in the printed profiles: the PF tranche 2024 counts 375,3 in 2025 and 154,2 in 2026. */
    @Test
    void theRavijnjaarInThePrintedProfiles() {
        assertThat(mln("PF tranche 2024 in 2026 stand Ontwerpbegroting 2024")).isEqualByComparingTo("154.177");
        assertThat(mln("PF tranche 2023 in 2026 stand Ontwerpbegroting 2024")).as("113,903 from the OWB 2023, + 0")
                .isEqualByComparingTo("113.903");
        assertThat(mln("GF tranche 2024 in 2026 stand Miljoenennota 2024")).as("no profile printed: the looptijd ends it")
                .isZero();
    }
}
