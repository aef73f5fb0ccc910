package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

class BcfTest {
    private static final Stand MN = Stand.parse("Miljoenennota 2017");
    private static final Stand FJR = Stand.parse("FJR 2016");

    private static BigDecimal mln(Normeringsuitkomst u, String name) {
        return Amounts.value(((Bedrag) u.figuur(FigureName.parse(name))).bedrag()).movePointLeft(6);
    }

    static Normeringsuitkomst run(BcfInvoer.PlafondMaatstaf maatstaf) {
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", MN, "test", NormeringFixture.mln(2015, "100000", "102000", "103020"));
        BcfInvoer bcf = new BcfInvoer(BudgetYear.of(2015), Amounts.mln("3000"), null,
                StandSeries.empty().with(MN, NormeringFixture.mln(2016, "2700", "2750")).with(FJR, NormeringFixture.mln(2016, "2650")),
                StandSeries.empty().with(MN, NormeringFixture.mln(2016, "300", "300")).with(FJR, NormeringFixture.mln(2016, "330")),
                maatstaf, "test");
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(ngru)).bcf(bcf)
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, MN, NormeringFixture.mln(2016, "20000", "20400")).toBuilder()
                        .niveau(Amounts.mln("20000"), null).build())
                .standen(List.of(MN, FJR)).jaren(BudgetYear.of(2016), BudgetYear.of(2017)).build();
        return NormeringFixture.bereken(in, NormeringFixture.rekenregel("NGRU", 2016, 2017));
    }

    @Test
    void ruimteSplitAndSettlement() {
        Normeringsuitkomst u = run(BcfInvoer.PlafondMaatstaf.GEWOGEN);
        // plafond 2016 = 3000 × 1,02 = 3060; provisional ruimte = 3060 − 3000 = 60, 90 % to the GF (2700/3000)
        assertThat(mln(u, "bcf-ruimte 2016 stand Miljoenennota 2017")).isEqualByComparingTo("60");
        assertThat(mln(u, "GF bcf-ruimte 2016 stand Miljoenennota 2017")).isEqualByComparingTo("54");
        assertThat(mln(u, "PF bcf-ruimte 2016 stand Miljoenennota 2017")).isEqualByComparingTo("6");
        // definitive: declaraties 2650 + 330 = 2980 → ruimte 80; GF share 2650/2980
        assertThat(mln(u, "bcf-ruimte 2016 stand FJR 2016")).isEqualByComparingTo("80");
        BigDecimal gfDef = mln(u, "GF bcf-ruimte 2016 stand FJR 2016");
        assertThat(gfDef.add(mln(u, "PF bcf-ruimte 2016 stand FJR 2016"))).isEqualByComparingTo("80");
        assertThat(mln(u, "GF bcf-afrekening 2017 stand FJR 2016")).isEqualByComparingTo(gfDef.subtract(new BigDecimal("54")));
        // plafond 2017 = 3060 × 1,01; ruimte 2017 = 3090,6 − 3050 = 40,6
        assertThat(mln(u, "bcf-ruimte 2017 stand Miljoenennota 2017")).isEqualByComparingTo("40.6");
        // the GF level holds the provisional ruimte in 2016 and the settlement in 2017, also at the FJR
        assertThat(mln(u, "GF niveau 2016 stand FJR 2016").subtract(mln(u, "GF niveau 2016 stand Miljoenennota 2017")))
                .isEqualByComparingTo("0");
        assertThat(ExplanationText.of(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2016), MN).explanation())).contains("BCF-ruimte 2016");
        assertThat(Values.text(u.figuur(FigureName.parse("bcf-ruimte 2016 stand Miljoenennota 2017")).explanation().formula()))
                .contains("[maatstaf: gewogen]");
    }

    @Test
    void theMaatstafMattersOnlyWhenTheFundsDiffer() {
        assertThat(mln(run(BcfInvoer.PlafondMaatstaf.GF), "bcf-ruimte 2016 stand Miljoenennota 2017"))
                .isEqualByComparingTo(mln(run(BcfInvoer.PlafondMaatstaf.PF), "bcf-ruimte 2016 stand Miljoenennota 2017"));
    }

    /**
     * 2022: the GF volume part was fixed, the PF's not, and the BCF accres volume part with it for
     * the GF share only (jaarverslag 2022 IX). With the weighted maatstaf the GF share of the
     * plafond moves with the GF %, the PF share with the PF %.
     */
    @Test
    void theWeightedPlafondMovesEachShareWithItsFund() {
        BcfInvoer in = new BcfInvoer(BudgetYear.of(2021), Amounts.mln("1000"), null,
                StandSeries.empty().with(MN, NormeringFixture.mln(2022, "900")),
                StandSeries.empty().with(MN, NormeringFixture.mln(2022, "100")), BcfInvoer.PlafondMaatstaf.GEWOGEN, "test");
        java.util.function.BiFunction<Fonds, BudgetYear, BigDecimal> pct = (f, y) -> f == Fonds.GEMEENTEFONDS
                ? new BigDecimal("0.03") : new BigDecimal("0.05");
        BigDecimal weighted = Amounts.value(BcfPlafond.bereken(in, MN, BudgetYear.of(2022), pct, false)
                .get(BudgetYear.of(2022)).plafond());
        // 1000 × (0,9 × 1,03 + 0,1 × 1,05) = 1032
        assertThat(weighted.movePointLeft(6)).isEqualByComparingTo("1032");
        BcfInvoer gf = new BcfInvoer(in.basisjaar(), in.basisplafond(), null, in.declaratiesGemeenten(),
                in.declaratiesProvincies(), BcfInvoer.PlafondMaatstaf.GF, "test");
        assertThat(Amounts.value(BcfPlafond.bereken(gf, MN, BudgetYear.of(2022), pct, false).get(BudgetYear.of(2022))
                .plafond()).movePointLeft(6)).isEqualByComparingTo("1030");
    }

    /**
     * Two published sources agree: ../shared/reference/bcf-ruimte.csv books the 2022 PF
     * settlement of 27,2 at the Voorjaarsnota 2023, and table 67 of that Voorjaarsnota prints
     * "Afrekening BCF" 27,2 in 2023.
     */
    @Test
    void publishedSettlementMatchesTheMutationTable() throws IOException {
        Path ref = Path.of("src/test/resources/reference");
        String settlement = Files.readAllLines(ref.resolve("bcf-ruimte.csv")).stream()
                .filter(l -> l.startsWith("2022,PF,settlement")).findFirst().orElseThrow().split(",")[3];
        String table = Files.readAllLines(ref.resolve("vjn-2023-accres-provinciefonds.csv")).stream()
                .filter(l -> l.contains(",Afrekening BCF,")).findFirst().orElseThrow().split(",")[2];
        assertThat(new BigDecimal(settlement)).isEqualByComparingTo(new BigDecimal(table));
        // and 2018: definitive total 44,5 of which PF 5,5 leaves the GF 39,0; against the forecast 121 the total settles −76,5
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        for (String l : Files.readAllLines(ref.resolve("bcf-ruimte.csv"))) {
            String[] c = l.split(",");
            if (c.length >= 4 && c[0].equals("2018")) {
                m.put(c[1] + c[2], new BigDecimal(c[3]));
            }
        }
        assertThat(m.get("totaldefinitive").subtract(m.get("PFdefinitive"))).isEqualByComparingTo("39.0");
        assertThat(m.get("totaldefinitive").subtract(new BigDecimal("121"))).isEqualByComparingTo("-76.5");
    }
}
