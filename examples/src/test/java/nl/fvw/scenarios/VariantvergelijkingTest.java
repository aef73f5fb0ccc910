package nl.fvw.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Fondsinvoer;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.normering.Variantvergelijking;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.VariantTabellen;
import nl.fvw.rules.FvwEngine;
import nl.fvw.rules.RuleFile;
import nl.fvw.rules.Variantberekening;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.StandSeries;
import nl.fvw.time.YearSeries;

/**
 * The shipped policy against the shipped variants (examples/scenarios/varianten) on one set of
 * test inputs (illustrative figures, not published ones): the layering of decisions by stand, and
 * the comparison that the periodic evaluation of the normering needs.
 */
class VariantvergelijkingTest {
    static final Stand VJN22 = Stand.parse("Voorjaarsnota 2022");
    static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");
    static final Path VARIANTEN = Path.of("scenarios/varianten");

    static FvwEngine tota;
    static FvwEngine bbp;
    static FvwEngine vastVolume;

    @BeforeAll
    static void compile() {
        tota = FvwEngine.builder().regels(List.of(RuleFile.read(VARIANTEN.resolve("trap-op-trap-af.dslr")))).build();
        bbp = FvwEngine.builder().regels(List.of(RuleFile.read(VARIANTEN.resolve("bbp-systematiek.dslr")))).build();
        vastVolume = FvwEngine.builder().regels(List.of(RuleFile.read(VARIANTEN.resolve("vast-volume-lpo.dslr")))).build();
    }

    private static YearSeries mln(int first, String... v) {
        Map<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(BudgetYear.of(first + i), Amounts.mln(v[i]));
        }
        return YearSeries.of(m);
    }

    private static Map<BudgetYear, BigDecimal> pct(int first, String... v) {
        Map<BudgetYear, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(BudgetYear.of(first + i), new BigDecimal(v[i]).movePointLeft(2));
        }
        return m;
    }

    static Normeringsinvoer input() {
        Uitgavenaggregaat aru22 = Uitgavenaggregaat.of("ARU", VJN22, "test", mln(2021, "200000", "206000", "212000", "216000",
                "220000", "224000", "228000", "232000"));
        Uitgavenaggregaat aru24 = Uitgavenaggregaat.of("ARU", VJN24, "test", mln(2021, "200000", "209000", "221000", "226000",
                "229000", "233000", "238000", "243000"));
        StandRates lpo = StandRates.empty("lpo", "test").with(VJN22, pct(2022, "2.0", "2.0", "2.0", "2.0", "2.0", "2.0", "2.0"))
                .with(VJN24, pct(2022, "3.5", "5.0", "3.0", "2.5", "2.0", "2.0", "2.0"));
        StandRates volume = StandRates.empty("reële bbp-groei", "test").with(VJN22, pct(2012, "-1.0", "0.0", "1.4", "2.0",
                "2.2", "2.9", "2.4", "2.0", "-3.8", "5.0", "3.6", "1.7", "1.5", "1.5", "1.5"))
                .with(VJN24, pct(2012, "-1.0", "0.0", "1.4", "2.0",
                "2.2", "2.9", "2.4", "2.0", "-3.9", "6.2", "5.0", "0.1", "0.6", "1.5", "1.6"));
        StandRates prijs = StandRates.empty("prijs bbp", "test").with(VJN22, pct(2022, "3.0", "2.5", "2.0", "2.0", "2.0",
                "2.0", "2.0")).with(VJN24, pct(2022, "5.0", "6.0", "3.0", "2.5", "2.0", "2.0", "2.0"));
        StandSeries tranchesGf = StandSeries.empty().with(VJN22, mln(2026, "1000", "1000", "1000"));
        StandSeries tranchesPf = StandSeries.empty().with(VJN22, mln(2026, "70", "70", "70"));
        StandSeries gGf = StandSeries.empty().with(VJN22, mln(2022, "30000", "31000", "32000", "33000", "34000", "35000", "36000"));
        StandSeries gPf = StandSeries.empty().with(VJN22, mln(2022, "2000", "2050", "2100", "2150", "2200", "2250", "2300"));
        return Normeringsinvoer.builder().aggregaten(List.of(aru22, aru24)).lpo(lpo)
                .bbp(volume, prijs, nl.fvw.normering.BbpKeuzes.STANDAARD)
                .fonds(Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test").grondslag(gGf).niveau(Amounts.mln("30000"), null)
                        .gepubliceerdeTranches(tranchesGf).build())
                .fonds(Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").grondslag(gPf).niveau(Amounts.mln("2000"), null)
                        .gepubliceerdeTranches(tranchesPf).build())
                .standen(List.of(VJN22, VJN24)).jaren(BudgetYear.of(2022), BudgetYear.of(2028)).build();
    }

    @Test
    void thePolicyLayersByStand() {
        Normeringsuitkomst r = FvwEngine.shipped().bereken(input(), true);
        // at VJN 2022: ARU for 2022-2025, the Startnota reservation from 2026
        assertThat(r.explain(FigureName.parse("GF tranche 2026 stand Voorjaarsnota 2022")).rule().id())
                .isEqualTo("NRM-STARTNOTA-2026");
        assertThat(r.explain(FigureName.parse("accres 2023 stand Voorjaarsnota 2022")).rule().id())
                .isEqualTo("NRM-REKENREGEL-ARU");
        // at VJN 2024: the bbp-systematiek from 2024 on, for both funds
        assertThat(r.explain(FigureName.parse("accres 2024 stand Voorjaarsnota 2024")).rule().id()).isEqualTo("NRM-BBP-2024");
        assertThat(r.explain(FigureName.parse("accres 2027 stand Voorjaarsnota 2024")).rule().id()).isEqualTo("NRM-BBP-2024");
        // 2023 at VJN 2024: GF volume fixed at VJN 2022, PF the full ARU rule
        assertThat(r.explain(FigureName.parse("GF accres 2023 stand Voorjaarsnota 2024")).rule().id())
                .isEqualTo("NRM-GF-VOLUME-VAST");
        assertThat(r.explain(FigureName.parse("PF accres 2023 stand Voorjaarsnota 2024")).rule().id())
                .isEqualTo("NRM-REKENREGEL-ARU");
        String text = ExplanationText.of(r.explain(FigureName.parse("accres 2024 stand Voorjaarsnota 2024")));
        assertThat(text).contains("overruled: NRM-REKENREGEL-ARU").contains("prijsnacalculatie nee");
    }

    @Test
    void variantsSideBySide() {
        Variantvergelijking v = Variantberekening.vergelijk(input(), VJN24, List.of(
                new Variantberekening.Variant("beleid", FvwEngine.shipped()),
                new Variantberekening.Variant("trap-op-trap-af", tota),
                new Variantberekening.Variant("bbp-systematiek", bbp),
                new Variantberekening.Variant("vast volume + lpo", vastVolume)));
        assertThat(v.varianten()).containsExactly("beleid", "trap-op-trap-af", "bbp-systematiek", "vast volume + lpo");
        BudgetYear y2025 = BudgetYear.of(2025);
        assertThat(Amounts.value(v.verschil("beleid", Fonds.GEMEENTEFONDS, y2025))).isZero();
        MonetaryAmount kader = v.uitgavenkader("trap-op-trap-af", y2025);
        assertThat(v.gesplitst("trap-op-trap-af", y2025)).as("every tranche has its lpo or bbp price").isTrue();
        assertThat(Amounts.value(Amounts.add(kader, v.plafondcorrectie("trap-op-trap-af", y2025)))).isEqualByComparingTo(
                Amounts.value(Amounts.add(v.verschil("trap-op-trap-af", Fonds.GEMEENTEFONDS, y2025),
                        v.verschil("trap-op-trap-af", Fonds.PROVINCIEFONDS, y2025))));
        // the variants really differ from the policy in 2025
        assertThat(Amounts.value(v.verschil("trap-op-trap-af", Fonds.GEMEENTEFONDS, y2025))).isNotZero();
        assertThat(Amounts.value(v.verschil("bbp-systematiek", Fonds.GEMEENTEFONDS, BudgetYear.of(2022)))).isNotZero();
        assertThat(VariantTabellen.text(v)).contains("Gemeentefonds: niveau per variant").contains("trap-op-trap-af − beleid")
                .contains("beslag op het uitgavenkader");
    }

    @Test
    void variantsNeedLevelsAndAKnownStand() {
        assertThatThrownBy(() -> Variantberekening.vergelijk(input(), Stand.parse("Miljoenennota 2030"), List.of(
                new Variantberekening.Variant("beleid", FvwEngine.shipped())))).hasMessageContaining("not among the stands");
        assertThatThrownBy(() -> Variantberekening.vergelijk(input(), VJN24, List.of())).hasMessageContaining("No variants");
    }

    @Test
    void percentilesAreNearestRankOverTheVariantsButTheScenario() {
        BudgetYear y = BudgetYear.of(2026);
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> niveaus = new java.util.LinkedHashMap<>();
        String[] names = {"scenario", "a", "b", "c", "d"};
        long[] levels = {1_000, 10, 40, 20, 30};
        for (int i = 0; i < names.length; i++) {
            niveaus.put(names[i], Map.of(Fonds.GEMEENTEFONDS, Map.of(y, Amounts.eur(levels[i]))));
        }
        Variantvergelijking v = new Variantvergelijking(VJN24, List.of(names), niveaus, Map.of());
        Map<Integer, Long> expected = Map.of(0, 10L, 10, 10L, 25, 10L, 26, 20L, 50, 20L, 75, 30L, 90, 40L, 100, 40L);
        expected.forEach((p, level) -> assertThat(v.percentiel(Fonds.GEMEENTEFONDS, y, p)).as("P" + p)
                .isEqualTo(Amounts.eur(level)));
        assertThat(VariantTabellen.spreiding(v)).contains("Spreiding over 4 varianten").contains("min").contains("P90");
        assertThatThrownBy(() -> v.percentiel(Fonds.GEMEENTEFONDS, y, 101)).hasMessageContaining("between 0 and 100");
        Variantvergelijking alone = new Variantvergelijking(VJN24, List.of("scenario"), Map.of("scenario",
                Map.of(Fonds.GEMEENTEFONDS, Map.of(y, Amounts.eur(1)))), Map.of());
        assertThatThrownBy(() -> alone.percentiel(Fonds.GEMEENTEFONDS, y, 50)).hasMessageContaining("points of a sweep");
    }
}
