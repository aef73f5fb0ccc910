package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.param.Parameter;
import nl.fvw.param.ParameterKind;
import nl.fvw.param.ParameterSet;
import nl.fvw.param.ParameterValue;
import nl.fvw.param.Validity;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;

/**
 * normering.md §2a: under the bbp-systematiek the price part of the accres is the bbp price growth p
 * of year t (not the lpo series), the volume part the rest; the price part is a plafondcorrectie,
 * only the volume part weighs on the uitgavenkader.
 */
class BbpSplitsingTest {
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");
    private static final BudgetYear Y2024 = BudgetYear.of(2024);
    private static final RuleRef BBP = new RuleRef("TST-BBP", "bbp", "test");

    private static Normeringsuitkomst bereken(BbpKeuzes keuzes) {
        Map<BudgetYear, BigDecimal> real = new TreeMap<>();
        for (int y = 2015; y <= 2022; y++) {
            real.put(BudgetYear.of(y), new BigDecimal("0.02"));
        }
        StandRates volume = StandRates.empty("reële bbp-groei", "CEP").with(VJN24, real);
        StandRates prijs = StandRates.empty("prijs bbp", "CEP").with(VJN24, Map.of(Y2024, new BigDecimal("0.03")));
        StandRates lpo = StandRates.empty("lpo", "CEP").with(VJN24, Map.of(Y2024, new BigDecimal("0.045")));
        ParameterSet venster = ParameterSet.of(List.of(venster("bbp-systematiek.volume.van", 9),
                venster("bbp-systematiek.volume.tot", 2)));
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            besluiten.add(new Besluit<>(f, Y2024, null, new Besluit.BbpSystematiek(), BBP));
        }
        Normeringsinvoer in = Normeringsinvoer.builder().bbp(volume, prijs, keuzes).lpo(lpo).parameters(venster)
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, VJN24, NormeringFixture.mln(2024, "30000")))
                .standen(List.of(VJN24)).jaren(Y2024, Y2024).build();
        return NormeringFixture.bereken(in, besluiten);
    }

    private static Parameter venster(String naam, int jaren) {
        return new Parameter(naam, ParameterKind.GETAL, "", List.of(new ParameterValue(Validity.from(BudgetYear.of(1995)),
                VJN24, BigDecimal.valueOf(jaren), "test", null)));
    }

    @Test
    void thePricePartIsTheBbpPriceGrowthAndTheVolumePartTheRest() {
        Tranche t = (Tranche) bereken(BbpKeuzes.STANDAARD).figuur(FigureName.parse("GF tranche 2024 stand Voorjaarsnota 2024"));
        assertThat(t.bedrag()).isEqualTo(Amounts.mln("1500"));
        assertThat(t.prijsDeel()).as("3 % × 30.000, not the lpo 4,5 %").isEqualTo(Amounts.mln("900"));
        assertThat(t.volumeDeel()).isEqualTo(Amounts.mln("600"));
        assertThat(ExplanationText.of(t.explanation())).contains("prijsdeel = prijs bbp 2024 × grondslag")
                .contains("prijs bbp 2024 = 3,00 %").doesNotContain("lpo");
    }

    @Test
    void multipliedTheCrossTermIsInTheVolumePart() {
        Tranche t = (Tranche) bereken(new BbpKeuzes(BbpKeuzes.Middeling.REKENKUNDIG, BbpKeuzes.Combinatie.MULTIPLICATIEF, false))
                .figuur(FigureName.parse("GF tranche 2024 stand Voorjaarsnota 2024"));
        // (1,02 × 1,03 − 1) × 30.000 = 1.518; p × g = 900; the rest 618 = (0,02 + 0,02 × 0,03) × 30.000
        assertThat(t.bedrag()).isEqualTo(Amounts.mln("1518"));
        assertThat(t.prijsDeel()).isEqualTo(Amounts.mln("900"));
        assertThat(t.volumeDeel()).isEqualTo(Amounts.mln("618"));
        assertThat(ExplanationText.of(t.explanation())).contains("kruisterm v·p");
    }

    @Test
    void onlyTheVolumePartWeighsOnTheUitgavenkader() {
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> niveaus = new LinkedHashMap<>();
        Map<String, Map<Fonds, Map<BudgetYear, MonetaryAmount>>> prijs = new LinkedHashMap<>();
        niveaus.put("beleid", Map.of(Fonds.GEMEENTEFONDS, Map.of(Y2024, Amounts.mln("1000"))));
        prijs.put("beleid", Map.of(Fonds.GEMEENTEFONDS, Map.of(Y2024, Amounts.mln("400"))));
        niveaus.put("variant", Map.of(Fonds.GEMEENTEFONDS, Map.of(Y2024, Amounts.mln("1100"))));
        prijs.put("variant", Map.of(Fonds.GEMEENTEFONDS, Map.of(Y2024, Amounts.mln("430"))));
        niveaus.put("ongesplitst", Map.of(Fonds.GEMEENTEFONDS, Map.of(Y2024, Amounts.mln("1100"))));
        prijs.put("ongesplitst", Map.of(Fonds.GEMEENTEFONDS, Map.of()));
        Variantvergelijking v = new Variantvergelijking(VJN24, List.of("beleid", "variant", "ongesplitst"), niveaus, prijs);
        assertThat(v.plafondcorrectie("variant", Y2024)).isEqualTo(Amounts.mln("30"));
        assertThat(v.uitgavenkader("variant", Y2024)).isEqualTo(Amounts.mln("70"));
        assertThat(v.gesplitst("ongesplitst", Y2024)).isFalse();
        assertThat(v.plafondcorrectie("ongesplitst", Y2024)).isNull();
        assertThat(v.uitgavenkader("ongesplitst", Y2024)).as("the whole difference, and the table says so")
                .isEqualTo(Amounts.mln("100"));
        assertThat(nl.fvw.present.VariantTabellen.text(v)).contains("plafondcorrectie (prijsdeel)")
                .contains("het hele verschil telt als beslag in 2024");
    }
}
