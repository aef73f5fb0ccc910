package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.money.RoundingStep;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.StandSeries;

class NormeringsrekeningTest {
    private static final RuleRef POLICY = new RuleRef("TST-POLICY", "policy", "test");

    private static BigDecimal mln(Normeringsuitkomst u, String name) {
        return Amounts.value(((Bedrag) u.figuur(FigureName.parse(name))).bedrag()).movePointLeft(6);
    }

    /**
     * PF 2018 (normering.md §2, Financieel Jaarverslag Rijk 2018): the definitive PF accres 2018 was
     * € 124 mln, € 22,7 mln below the Miljoenennota 2019 estimate; booked in 2019 as −22,7 incidental
     * and −22,7 structural. Inputs: the two published tranches; derived: the afrekening and how the
     * level moves.
     */
    @Test
    void afrekeningIsIncidentalAndStructuralInTheNextYear() {
        Stand mn = Stand.parse("Miljoenennota 2019");
        Stand fjr = Stand.parse("FJR 2018");
        StandSeries tranches = StandSeries.empty()
                .with(mn, NormeringFixture.mln(2018, "146.7", "150", "150"))
                .with(fjr, NormeringFixture.mln(2018, "124.0"));
        Fondsinvoer pf = new Fondsinvoer(Fonds.PROVINCIEFONDS, null, null, null, null, Amounts.mln("1500"), null, tranches,
                null, null, null, null, "test");
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2018; y <= 2020; y++) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdeTranche(), POLICY));
            }
        }
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(fjr, mn))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2020)).build();
        Normeringsuitkomst u = NormeringFixture.bereken(in, besluiten);
        assertThat(mln(u, "PF afrekening 2019 stand FJR 2018")).isEqualByComparingTo("-22.7");
        assertThat(mln(u, "PF niveau 2018 stand FJR 2018")).isEqualByComparingTo(mln(u, "PF niveau 2018 stand Miljoenennota 2019"));
        assertThat(mln(u, "PF niveau 2019 stand FJR 2018").subtract(mln(u, "PF niveau 2019 stand Miljoenennota 2019")))
                .isEqualByComparingTo("-45.4");
        assertThat(mln(u, "PF niveau 2020 stand FJR 2018").subtract(mln(u, "PF niveau 2020 stand Miljoenennota 2019")))
                .isEqualByComparingTo("-22.7");
        assertThat(mln(u, "PF tranche 2018 stand FJR 2018"))
                .isEqualByComparingTo(mln(u, "PF tranche 2018 stand Miljoenennota 2019").add(
                        mln(u, "PF afrekening 2019 stand FJR 2018")));
        nl.fvw.begroting.Mutatietabel table = Niveaumutaties.tabel(u, Fonds.PROVINCIEFONDS, mn, fjr, nl.fvw.money.RoundingStep.MLN);
        assertThat(nl.fvw.begroting.Mutatiecontrole.check(table)).isEmpty();
        assertThat(table.rijen()).filteredOn(r -> r.label().equals("Afrekening")).singleElement()
                .satisfies(r -> assertThat(r.waarden().get(1)).isEqualByComparingTo("-22.7"));
        assertThat(table.rijen()).filteredOn(r -> r.label().equals("Accres")).singleElement()
                .satisfies(r -> assertThat(r.waarden()).extracting(BigDecimal::toPlainString).containsExactly("0.0", "-22.7", "-22.7"));
        assertThatThrownBy(() -> Niveaumutaties.tabel(u, Fonds.PROVINCIEFONDS, fjr, mn, nl.fvw.money.RoundingStep.MLN))
                .hasMessageContaining("Stands out of order");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF afrekening 2019 stand FJR 2018")).explanation()))
                .contains("definitief (Financieel Jaarverslag Rijk 2018)").contains("betaald (Miljoenennota 2019)")
                .contains("FVW-DEFINITIEF");
        // settlement is a decision of the rules: without one the accres stays as paid and nothing is settled
        Normeringsuitkomst unsettled = NormeringFixture.berekenZonderVaststelling(in, besluiten);
        assertThat(unsettled.figuren()).noneMatch(f -> f.name().grootheid().equals("afrekening"));
        assertThat(mln(unsettled, "PF tranche 2018 stand FJR 2018")).isEqualByComparingTo("124.0");
        assertThat(mln(unsettled, "PF tranche 2019 stand FJR 2018")).isEqualByComparingTo("150");
    }

    /**
     * PF tranche 2019 as the Provinciefonds budgets print it: € 158.093.000 at the Ontwerpbegroting
     * 2019 (Miljoenennota 2019), "aanpassing accres 2019" +€ 20.949.000 at the 1e suppletoire
     * (Voorjaarsnota 2019), −€ 30.391.000 at the Ontwerpbegroting 2020, whose toelichting says "€ 149
     * mln". Each stand's tranche is the last printed tranche plus the bijstellingen printed after it;
     * a tranche printed anew replaces them.
     */
    @Test
    void aTrancheMovesByThePublishedBijstellingen() {
        Stand mn19 = Stand.parse("Miljoenennota 2019");
        Stand vjn19 = Stand.parse("Voorjaarsnota 2019");
        Stand mn20 = Stand.parse("Miljoenennota 2020");
        Stand vjn20 = Stand.parse("Voorjaarsnota 2020");
        Stand mn21 = Stand.parse("Miljoenennota 2021");
        StandSeries tranches = StandSeries.empty().with(mn19, NormeringFixture.mln(2019, "158.093"))
                .with(vjn20, NormeringFixture.mln(2019, "150"));
        StandSeries bijstellingen = StandSeries.empty().with(vjn19, NormeringFixture.mln(2019, "20.949"))
                .with(mn20, NormeringFixture.mln(2019, "-30.391")).with(mn21, NormeringFixture.mln(2019, "1"));
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").gepubliceerdeTranches(tranches)
                .trancheBijstellingen(bijstellingen).build();
        List<Besluit<?>> besluiten = List.of(new Besluit<>(Fonds.PROVINCIEFONDS, BudgetYear.of(2019), null,
                new Besluit.GepubliceerdeTranche(), POLICY));
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(mn19, vjn19, mn20, vjn20, mn21))
                .jaren(BudgetYear.of(2019), BudgetYear.of(2019))
                .bereik(mn19, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2019), java.util.Set.of(Fonds.PROVINCIEFONDS)))
                .bereik(vjn19, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2019), java.util.Set.of(Fonds.PROVINCIEFONDS)))
                .bereik(mn20, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2019), java.util.Set.of(Fonds.PROVINCIEFONDS)))
                .bereik(vjn20, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2019), java.util.Set.of(Fonds.PROVINCIEFONDS)))
                .bereik(mn21, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2019), java.util.Set.of(Fonds.PROVINCIEFONDS)))
                .build();
        // without settlement: the Voorjaarsnota 2020 would book 2019 as definitive and carry it on
        Normeringsuitkomst u = NormeringFixture.berekenZonderVaststelling(in, besluiten);
        assertThat(mln(u, "PF tranche 2019 stand Miljoenennota 2019")).isEqualByComparingTo("158.093");
        assertThat(mln(u, "PF tranche 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("179.042");
        assertThat(mln(u, "PF tranche 2019 stand Miljoenennota 2020")).isEqualByComparingTo("148.651");
        assertThat(mln(u, "PF tranche 2019 stand Voorjaarsnota 2020")).isEqualByComparingTo("150");
        assertThat(mln(u, "PF tranche 2019 stand Miljoenennota 2021")).isEqualByComparingTo("151");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF tranche 2019 stand Miljoenennota 2020")).explanation()))
                .contains("tranche = gepubliceerde tranche + gepubliceerde bijstellingen")
                .contains("tranche 2019 = € 158,093 mln  [stand Miljoenennota 2019]")
                .contains("bijstelling tranche 2019 = € 20,949 mln  [stand Voorjaarsnota 2019]")
                .contains("bijstelling tranche 2019 = € -30,391 mln  [stand Miljoenennota 2020]");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF tranche 2019 stand Voorjaarsnota 2020")).explanation()))
                .contains("tranche zoals gepubliceerd").doesNotContain("bijstelling");
    }

    /** A bijstelling of a tranche not printed at or before its stand is refused, naming fund, year and stands. */
    @Test
    void aBijstellingWithoutItsTrancheIsAnError() {
        Stand mn19 = Stand.parse("Miljoenennota 2019");
        Stand vjn19 = Stand.parse("Voorjaarsnota 2019");
        Stand mn20 = Stand.parse("Miljoenennota 2020");
        Fondsinvoer.Builder pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test");
        StandSeries later = StandSeries.empty().with(mn19, NormeringFixture.mln(2018, "146.7"))
                .with(mn20, NormeringFixture.mln(2019, "148.651"));
        assertThatThrownBy(() -> pf.gepubliceerdeTranches(later)
                .trancheBijstellingen(StandSeries.empty().with(vjn19, NormeringFixture.mln(2019, "20.949"))).build())
                .hasMessage("The bijstelling of the Provinciefonds tranche 2019 at Voorjaarsnota 2019 changes a tranche that"
                        + " is not published at or before that stand; the first tranche 2019 is published at Miljoenennota 2020");
        assertThatThrownBy(() -> pf.gepubliceerdeTranches(later)
                .trancheBijstellingen(StandSeries.empty().with(vjn19, NormeringFixture.mln(2017, "1"))).build())
                .hasMessageEndingWith("no tranche 2017 is published at all");
        assertThatThrownBy(() -> Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test")
                .trancheBijstellingen(StandSeries.empty().with(vjn19, NormeringFixture.mln(2019, "1"))).build())
                .hasMessageContaining("need the tranches they change");
    }

    /** GF volume part fixed at VJN 2022, LPO moving; PF keeps the full rule (Miljoenennota 2024, bijlage 11). */
    @Test
    void volumePartFixedForOneFundOnly() {
        Stand vjn = Stand.parse("Voorjaarsnota 2022");
        Stand mn = Stand.parse("Miljoenennota 2024");
        Uitgavenaggregaat aru22 = Uitgavenaggregaat.of("ARU", vjn, "test", NormeringFixture.mln(2022, "200000", "210000"));
        Uitgavenaggregaat aru24 = Uitgavenaggregaat.of("ARU", mn, "test", NormeringFixture.mln(2022, "200000", "204000"));
        StandRates lpo = StandRates.empty("lpo", "test")
                .with(vjn, Map.of(BudgetYear.of(2023), new BigDecimal("0.02")))
                .with(mn, Map.of(BudgetYear.of(2023), new BigDecimal("0.045")));
        StandSeries g = StandSeries.empty().with(vjn, NormeringFixture.mln(2023, "30000"));
        List<Besluit<?>> besluiten = new ArrayList<>(NormeringFixture.rekenregel("ARU", 2023, 2023));
        besluiten.add(new Besluit<>(Fonds.GEMEENTEFONDS, BudgetYear.of(2023), Stand.parse("Miljoenennota 2023"),
                new Besluit.VolumedeelVast(vjn), POLICY));
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(aru22, aru24)).lpo(lpo)
                .fonds(Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test").grondslag(g).build())
                .fonds(Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").grondslag(g).build())
                .standen(List.of(vjn, mn)).jaren(BudgetYear.of(2023), BudgetYear.of(2023)).build();
        Normeringsuitkomst u = NormeringFixture.bereken(in, besluiten);
        // VJN 2022: growth 5 % → tranche 1.500, lpo 2 % → 600, volume 900
        Tranche atVjn = (Tranche) u.figuur(FigureName.parse("GF tranche 2023 stand Voorjaarsnota 2022"));
        assertThat(Amounts.value(atVjn.volumeDeel()).movePointLeft(6)).isEqualByComparingTo("900");
        // MN 2024: GF = fixed volume 900 + lpo 4,5 % × 30.000 = 1.350 → 2.250; PF full rule: growth 2 % → 600
        assertThat(mln(u, "GF tranche 2023 stand Miljoenennota 2024")).isEqualByComparingTo("2250");
        assertThat(mln(u, "PF tranche 2023 stand Miljoenennota 2024")).isEqualByComparingTo("600");
        assertThat(Values.text(u.figuur(FigureName.parse("GF accres 2023 stand Miljoenennota 2024")))).isEqualTo("7,50 %");
        assertThat(Values.text(u.figuur(FigureName.parse("PF accres 2023 stand Miljoenennota 2024")))).isEqualTo("2,00 %");
        assertThat(Values.text(u.figuur(FigureName.parse("accres 2023 stand Voorjaarsnota 2022")))).isEqualTo("5,00 %");
    }

    /** The accres 2020-2021 fixed at its VJN 2020 level: later stands repeat it, whatever the ARU does. */
    @Test
    void wholeAccresFixedAtAnEarlierStand() {
        Stand vjn = Stand.parse("Voorjaarsnota 2020");
        Stand mn = Stand.parse("Miljoenennota 2021");
        Uitgavenaggregaat a = Uitgavenaggregaat.of("ARU", vjn, "test", NormeringFixture.mln(2019, "100", "103"));
        Uitgavenaggregaat b = Uitgavenaggregaat.of("ARU", mn, "test", NormeringFixture.mln(2019, "100", "95"));
        List<Besluit<?>> besluiten = new ArrayList<>(NormeringFixture.rekenregel("ARU", 2020, 2020));
        for (Fonds f : Fonds.values()) {
            besluiten.add(new Besluit<>(f, BudgetYear.of(2020), vjn, new Besluit.GeheelVast(vjn), POLICY));
        }
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(a, b)).standen(List.of(vjn, mn))
                .jaren(BudgetYear.of(2020), BudgetYear.of(2020)).build();
        Normeringsuitkomst u = NormeringFixture.bereken(in, besluiten);
        assertThat(Values.text(u.figuur(FigureName.parse("accres 2020 stand Miljoenennota 2021")))).isEqualTo("3,00 %");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("accres 2020 stand Miljoenennota 2021")).explanation()))
                .contains("vastgezet op stand Voorjaarsnota 2020").contains("TST-POLICY");
    }

    /** The window of the volume part is a parameter: a rule that applies the bbp-systematiek without it is an error naming both. */
    @Test
    void theBbpWindowIsAParameterThatMustBeGiven() {
        Stand s = Stand.parse("Voorjaarsnota 2024");
        Normeringsinvoer in = Normeringsinvoer.builder().standen(List.of(s)).jaren(BudgetYear.of(2024), BudgetYear.of(2024))
                .build();
        List<Besluit<?>> bbp = List.of(new Besluit<>(Fonds.GEMEENTEFONDS, BudgetYear.of(2024), null,
                new Besluit.BbpSystematiek(), POLICY), new Besluit<>(Fonds.PROVINCIEFONDS, BudgetYear.of(2024), null,
                new Besluit.BbpSystematiek(), POLICY));
        assertThatThrownBy(() -> NormeringFixture.bereken(in, bbp)).hasMessageContaining("Rule TST-POLICY")
                .hasMessageContaining("parameter 'bbp-systematiek.volume.van'");
    }

    /** normering.md §4 with the defaults: v = mean real growth t−9..t−2, p = deflator t, accres = v + p. */
    @Test
    void bbpSystematiek() {
        Stand s = Stand.parse("Voorjaarsnota 2024");
        Map<BudgetYear, BigDecimal> real = new java.util.TreeMap<>();
        for (int y = 2015; y <= 2022; y++) {
            real.put(BudgetYear.of(y), new BigDecimal("0.0" + (y - 2013)));
        }
        StandRates volume = StandRates.empty("reële bbp-groei", "CEP 2024").with(s, real);
        StandRates prijs = StandRates.empty("prijs bbp", "CEP 2024").with(s, Map.of(BudgetYear.of(2024), new BigDecimal("0.03")));
        BbpSystematiek.Uitkomst add = BbpSystematiek.accres(BudgetYear.of(2024), s, volume, prijs, BbpKeuzes.STANDAARD, BbpSystematiek.Venster.VJN_2024, true);
        assertThat(add.volume()).isEqualByComparingTo("0.055");
        assertThat(add.accres()).isEqualByComparingTo("0.085");
        assertThat(Values.text(add.explanation().formula())).contains("middeling rekenkundig, combinatie additief, prijsnacalculatie nee");
        BbpSystematiek.Uitkomst mult = BbpSystematiek.accres(BudgetYear.of(2024), s, volume, prijs,
                new BbpKeuzes(BbpKeuzes.Middeling.MEETKUNDIG, BbpKeuzes.Combinatie.MULTIPLICATIEF, false), BbpSystematiek.Venster.VJN_2024, false);
        assertThat(mult.volume()).isLessThan(add.volume()).isGreaterThan(new BigDecimal("0.054"));
        assertThat(mult.accres().subtract(BigDecimal.ONE.add(mult.volume()).multiply(new BigDecimal("1.03"))
                .subtract(BigDecimal.ONE)).abs()).isLessThan(new BigDecimal("1e-30"));
        assertThatThrownBy(() -> BbpSystematiek.accres(BudgetYear.of(2025), s, volume, prijs, BbpKeuzes.STANDAARD, BbpSystematiek.Venster.VJN_2024, false))
                .hasMessageContaining("reële bbp-groei: no figure for 2023");
    }

    @Test
    void geometricMeanOfEqualRatesIsThatRate() {
        List<BigDecimal> same = java.util.Collections.nCopies(8, new BigDecimal("0.02"));
        assertThat(BbpSystematiek.geometricMean(same).subtract(new BigDecimal("0.02")).abs())
                .isLessThan(new BigDecimal("1e-30"));
    }

    /** Without price settlement, a year that is over keeps the price part of its last stand in that year. */
    @Test
    void priceSettlement() {
        Stand mn = Stand.parse("Miljoenennota 2025");
        Stand fjr = Stand.parse("FJR 2024");
        StandRates prijs = StandRates.empty("prijs bbp", "CEP")
                .with(Stand.parse("Najaarsnota 2024"), Map.of(BudgetYear.of(2024), new BigDecimal("0.03")))
                .with(fjr, Map.of(BudgetYear.of(2024), new BigDecimal("0.05")));
        assertThat(BbpSystematiek.priceStand(BudgetYear.of(2024), fjr, prijs, BbpKeuzes.STANDAARD))
                .isEqualTo(Stand.parse("Najaarsnota 2024"));
        assertThat(BbpSystematiek.priceStand(BudgetYear.of(2024), fjr, prijs,
                new BbpKeuzes(BbpKeuzes.Middeling.REKENKUNDIG, BbpKeuzes.Combinatie.ADDITIEF, true))).isEqualTo(fjr);
        assertThat(BbpSystematiek.priceStand(BudgetYear.of(2025), mn, prijs, BbpKeuzes.STANDAARD)).isEqualTo(mn);
    }

    @Test
    void errorsAreClear() {
        Stand s = NormeringFixture.MN;
        Uitgavenaggregaat zero = Uitgavenaggregaat.of("NGRU", s, "test", NormeringFixture.mln(2000, "0", "5"));
        Normeringsinvoer in = Normeringsinvoer.builder().aggregaten(List.of(zero)).standen(List.of(s))
                .jaren(BudgetYear.of(2001), BudgetYear.of(2001)).build();
        assertThatThrownBy(() -> NormeringFixture.bereken(in, NormeringFixture.rekenregel("NGRU", 2001, 2001)))
                .isInstanceOf(FvwException.class).hasMessageContaining("zero");

        MonetaryAmount usd = Amounts.of(BigDecimal.TEN, "USD");
        assertThatThrownBy(() -> NormeringFixture.rolled(Fonds.GEMEENTEFONDS, 2001, usd))
                .hasMessage("The grondslag basis of the Gemeentefonds is in USD; fvw computes the normering in EUR");

        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", s, "test", NormeringFixture.mln(2000, "100", "101", "102"));
        Normeringsinvoer missing = Normeringsinvoer.builder().aggregaten(List.of(ngru))
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, s, NormeringFixture.mln(2001, "10")))
                .standen(List.of(s)).jaren(BudgetYear.of(2001), BudgetYear.of(2002)).build();
        assertThatThrownBy(() -> NormeringFixture.bereken(missing, NormeringFixture.rekenregel("NGRU", 2001, 2002)))
                .hasMessage("Gemeentefonds: no grondslag for 2002 is known at stand Miljoenennota 2020 (fondsen.GF.grondslag"
                        + " gives Miljoenennota 2020: 2001-2001)");

        assertThatThrownBy(() -> Normeringsinvoer.builder().standen(List.of(s)).jaren(BudgetYear.of(2002),
                BudgetYear.of(2001)).build()).hasMessageContaining("comes before the first year");
        assertThatThrownBy(() -> StandSeries.empty().with(s, NormeringFixture.mln(2001, "1"))
                .bijstelling(BudgetYear.of(2001), s, Stand.parse("Voorjaarsnota 2019"))).hasMessageContaining("out of order");
    }

    @Test
    void conflictingDecisionsAtOneStandAreAnError() {
        List<Besluit<?>> b = new ArrayList<>(NormeringFixture.rekenregel("NGRU", 2001, 2001));
        b.add(new Besluit<>(Fonds.GEMEENTEFONDS, BudgetYear.of(2001), null, new Besluit.TrapOpTrapAf("ARU"), POLICY));
        Normeringsinvoer in = Normeringsinvoer.builder().standen(List.of(Stand.parse("Miljoenennota 2001")))
                .jaren(BudgetYear.of(2001), BudgetYear.of(2001)).build();
        assertThatThrownBy(() -> Besluiten.van(b, in)).hasMessageContaining("decide differently")
                .hasMessageContaining("Gemeentefonds accres 2001");
    }
}
