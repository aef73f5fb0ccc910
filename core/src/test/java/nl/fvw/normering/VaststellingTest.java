package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandRates;
import nl.fvw.time.StandSeries;

/**
 * Settlement as normering.md §2a states it: the definitive accres of t is booked at the Voorjaarsnota
 * of t + 1 (the 1e suppletoire begroting), against the accres paid at the last stand of year t. PF
 * 2018: Miljoenennota 2019 (September 2018) 146,7; definitive 124,0, booked −22,7 in 2019
 * (Jaarverslag Provinciefonds 2018: "verwerkt in de 1e suppletoire begroting 2019").
 */
class VaststellingTest {
    private static final RuleRef POLICY = new RuleRef("TST-POLICY", "policy", "test");
    private static final RuleRef RESERVE = new RuleRef("TST-RESERVE", "behoedzaamheidsreserve", "normering.md §2");
    private static final Stand MN19 = Stand.parse("Miljoenennota 2019");
    private static final Stand VJN19 = Stand.parse("Voorjaarsnota 2019");
    private static final Stand FJR18 = Stand.parse("FJR 2018");

    private static BigDecimal mln(Normeringsuitkomst u, String name) {
        return Amounts.value(((Bedrag) u.figuur(FigureName.parse(name))).bedrag()).movePointLeft(6);
    }

    private static List<String> names(Normeringsuitkomst u) {
        return u.figuren().stream().map(f -> f.name().toString()).toList();
    }

    /** The PF 2018-2020 with published tranches: 146,7 at the MN 2019, 124,0 at the VJN 2019, 123,9 at the FJR 2018. */
    private static Normeringsuitkomst pf2018(Afrekenmoment moment) {
        return pf2018(moment, null);
    }

    private static Normeringsuitkomst pf2018(Afrekenmoment moment, String reserve) {
        StandSeries tranches = StandSeries.empty().with(MN19, NormeringFixture.mln(2018, "146.7", "150", "150"))
                .with(VJN19, NormeringFixture.mln(2018, "124.0")).with(FJR18, NormeringFixture.mln(2018, "123.9"));
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").niveau(Amounts.mln("1500"), null)
                .gepubliceerdeTranches(tranches).build();
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (int y = 2018; y <= 2020; y++) {
            for (Fonds f : Fonds.values()) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdeTranche(), POLICY));
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.Vaststelling(moment),
                        NormeringFixture.VASTSTELLING));
                if (reserve != null) {
                    besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.Behoedzaamheidsreserve(
                            new BigDecimal(reserve)), RESERVE));
                }
            }
        }
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(MN19, VJN19, FJR18))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2020)).build();
        return NormeringFixture.berekenZonderVaststelling(in, besluiten);
    }

    /**
     * The draws of a Monte Carlo share the settlements, which only the decisions, stands and ranges decide:
     * an input with the same stands gets the same, one with other stands its own (without the Voorjaarsnota
     * 2019 the afrekening of 2018 is booked at the FJR 2018).
     */
    @Test
    void theSettlementsAreSharedOnlyWithTheSameStandsAndRanges() {
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (int y = 2018; y <= 2020; y++) {
            besluiten.add(new Besluit<>(Fonds.PROVINCIEFONDS, BudgetYear.of(y), null,
                    new Besluit.Vaststelling(Afrekenmoment.VOORJAARSNOTA_VOLGEND_JAAR), NormeringFixture.VASTSTELLING));
        }
        Normeringsinvoer drie = Normeringsinvoer.builder().standen(List.of(MN19, VJN19, FJR18))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2020)).build();
        Normeringsinvoer twee = Normeringsinvoer.builder().standen(List.of(MN19, FJR18))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2020)).build();
        Normeringsinvoer smaller = Normeringsinvoer.builder().standen(List.of(MN19, VJN19, FJR18))
                .bereik(VJN19, new Standbereik(BudgetYear.of(2019), BudgetYear.of(2020), Set.of(Fonds.PROVINCIEFONDS)))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2020)).build();
        Besluiten b = Besluiten.van(besluiten, drie);
        Vaststellingen v = new Vaststellingen(drie, b);
        BudgetYear j2018 = BudgetYear.of(2018);
        assertThat(v.definitief(Fonds.PROVINCIEFONDS, j2018)).isEqualTo(VJN19);
        assertThat(v.betaald(Fonds.PROVINCIEFONDS, j2018)).isEqualTo(MN19);
        assertThat(v.voor(drie.withParameters(drie.parameters()))).isSameAs(v);
        assertThat(v.voor(twee).definitief(Fonds.PROVINCIEFONDS, j2018)).isEqualTo(FJR18);
        assertThat(v.voor(smaller).definitief(Fonds.PROVINCIEFONDS, j2018)).as("the VJN 2019 does not cover 2018")
                .isEqualTo(FJR18);
        assertThat(v.definitief(Fonds.PROVINCIEFONDS, j2018)).isEqualTo(VJN19);
    }

    @Test
    void theAfrekeningIsBookedAtTheVoorjaarsnotaOfTheYearAfter() {
        Normeringsuitkomst u = pf2018(Afrekenmoment.VOORJAARSNOTA_VOLGEND_JAAR);
        assertThat(mln(u, "PF afrekening 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("-22.7");
        assertThat(names(u)).as("not yet at the Miljoenennota").doesNotContain("PF afrekening 2019 stand Miljoenennota 2019");
        assertThat(mln(u, "PF tranche 2018 stand FJR 2018")).as("settled: later stands carry the booked figure")
                .isEqualByComparingTo("124.0");
        assertThat(mln(u, "PF afrekening 2019 stand FJR 2018")).isEqualByComparingTo("-22.7");
        String uitleg = ExplanationText.of(u.figuur(FigureName.parse("PF afrekening 2019 stand Voorjaarsnota 2019"))
                .explanation());
        assertThat(uitleg).startsWith("PF afrekening 2019 stand Voorjaarsnota 2019")
                .contains("definitief (Voorjaarsnota 2019)").contains("betaald (Miljoenennota 2019)")
                .contains("afrekenmoment = de Voorjaarsnota van het jaar daarna");
    }

    /** Paid is the last stand of year t: a stand of t + 1 before the booking never is. */
    @Test
    void paidIsTheLastStandOfTheYearItself() {
        Normeringsuitkomst u = pf2018(Afrekenmoment.FINANCIEEL_JAARVERSLAG);
        assertThat(names(u)).doesNotContain("PF afrekening 2019 stand Voorjaarsnota 2019");
        assertThat(mln(u, "PF afrekening 2019 stand FJR 2018")).as("123,9 − 146,7, not 123,9 − 124,0 (VJN 2019)")
                .isEqualByComparingTo("-22.8");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF afrekening 2019 stand FJR 2018")).explanation()))
                .contains("betaald (Miljoenennota 2019)");
    }

    /** No stand of year t computed: nothing was paid that fvw knows, so nothing is settled. */
    @Test
    void withoutAStandOfTheYearNothingIsSettled() {
        StandSeries tranches = StandSeries.empty().with(VJN19, NormeringFixture.mln(2018, "124.0", "150"));
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").niveau(Amounts.mln("1500"), null)
                .gepubliceerdeTranches(tranches).build();
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (int y = 2018; y <= 2019; y++) {
            for (Fonds f : Fonds.values()) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdeTranche(), POLICY));
            }
        }
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(VJN19))
                .jaren(BudgetYear.of(2018), BudgetYear.of(2019)).build();
        assertThat(NormeringFixture.bereken(in, besluiten).figuren()).noneMatch(f -> f.name().grootheid().equals("afrekening"));
    }

    /** A tranche and a bijstelling of it at the same stand: refused, naming both. */
    @Test
    void aTrancheAndItsBijstellingAtOneStandAreAnError() {
        StandSeries tranches = StandSeries.empty().with(MN19, NormeringFixture.mln(2019, "158.093"));
        StandSeries bijstellingen = StandSeries.empty().with(MN19, NormeringFixture.mln(2019, "20.949"));
        assertThatThrownBy(() -> Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").gepubliceerdeTranches(tranches)
                .trancheBijstellingen(bijstellingen).build()).isInstanceOf(FvwException.class)
                .hasMessage("The Provinciefonds tranche 2019 (EUR 158093000) and a bijstelling of it (EUR 20949000) are"
                        + " both published at Miljoenennota 2019; a stand prints the tranche or its change, not both: give"
                        + " the tranche as it stands after the bijstelling, or the bijstelling at its own stand");
    }

    /** The grondslag input names the stand it was published at; a missing one names the fund and the key. */
    @Test
    void theGrondslagIsCitedAtItsOwnStand() {
        Stand sn = Stand.parse("Startnota 2017 (2017-12-01)");
        Stand mn19 = Stand.parse("Miljoenennota 2019");
        Map<BudgetYear, BigDecimal> pct = new TreeMap<>(Map.of(BudgetYear.of(2018), new BigDecimal("0.05")));
        StandRates published = StandRates.empty("accres % GF", "test").with(sn, pct).with(mn19, pct);
        List<Besluit<?>> besluiten = List.of(new Besluit<>(Fonds.GEMEENTEFONDS, BudgetYear.of(2018), null,
                new Besluit.GepubliceerdPercentage(), POLICY), new Besluit<>(Fonds.PROVINCIEFONDS, BudgetYear.of(2018), null,
                new Besluit.GepubliceerdPercentage(), POLICY));
        Normeringsinvoer in = Normeringsinvoer.builder().gepubliceerdAccres(published)
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, sn, NormeringFixture.mln(2018, "20000")))
                .standen(List.of(sn, mn19)).jaren(BudgetYear.of(2018), BudgetYear.of(2018))
                .bereik(mn19, new Standbereik(BudgetYear.of(2018), BudgetYear.of(2018), Set.of(Fonds.GEMEENTEFONDS)))
                .build();
        Normeringsuitkomst u = NormeringFixture.bereken(in, besluiten);
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("GF tranche 2018 stand Miljoenennota 2019")).explanation()))
                .contains("GF grondslag 2018 = € 20.000 mln  [stand Startnota 2017 (2017-12-01)]");
        Normeringsinvoer late = Normeringsinvoer.builder().gepubliceerdAccres(published)
                .fonds(NormeringFixture.given(Fonds.GEMEENTEFONDS, mn19, NormeringFixture.mln(2018, "20000")))
                .standen(List.of(sn, mn19)).jaren(BudgetYear.of(2018), BudgetYear.of(2018)).build();
        assertThatThrownBy(() -> NormeringFixture.bereken(late, besluiten)).isInstanceOf(FvwException.class)
                .hasMessageContaining("Gemeentefonds: no grondslag for 2018 is known at stand Startnota 2017 (2017-12-01)")
                .hasMessageContaining("fondsen.GF.grondslag gives Miljoenennota 2019: 2018-2018");
    }

    /** The afrekening of 2018 is booked once incidentally (2019) and once structurally (the level from 2019 on). */
    @Test
    void theStructuralCorrectionPerYear() {
        Normeringsuitkomst u = pf2018(Afrekenmoment.VOORJAARSNOTA_VOLGEND_JAAR);
        assertThat(mln(u, "PF structurele correctie 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("-22.7");
        assertThat(mln(u, "PF structurele correctie 2020 stand Voorjaarsnota 2019")).isEqualByComparingTo("-22.7");
        assertThat(names(u)).doesNotContain("PF structurele correctie 2019 stand Miljoenennota 2019");
    }

    /**
     * The historic behoedzaamheidsreserve (normering.md §2): a part of the forecast accres is held
     * back until settlement and paid out with the afrekening. With 10 % held back of the 146,7
     * forecast, 132,03 is paid; the definitive 124,0 settles at −8,03, not −22,7.
     */
    @Test
    void theBehoedzaamheidsreserveIsHeldBackUntilSettlement() {
        Normeringsuitkomst u = pf2018(Afrekenmoment.VOORJAARSNOTA_VOLGEND_JAAR, "0.10");
        assertThat(mln(u, "PF behoedzaamheidsreserve 2018 stand Miljoenennota 2019")).isEqualByComparingTo("14.67");
        assertThat(mln(u, "PF niveau 2018 stand Miljoenennota 2019")).isEqualByComparingTo("1632.03");
        assertThat(mln(u, "PF niveau 2019 stand Miljoenennota 2019")).as("1.500 + 0,9 × (146,7 + 150)")
                .isEqualByComparingTo("1767.03");
        assertThat(mln(u, "PF afrekening 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("-8.03");
        assertThat(mln(u, "PF structurele correctie 2019 stand Voorjaarsnota 2019")).isEqualByComparingTo("-8.03");
        assertThat(names(u)).as("settled: nothing held back any more").doesNotContain(
                "PF behoedzaamheidsreserve 2018 stand Voorjaarsnota 2019");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF afrekening 2019 stand Voorjaarsnota 2019")).explanation()))
                .contains("× (1 − behoedzaamheidsreserve)").contains("behoedzaamheidsreserve 2018 = 10,00 %");
        assertThatThrownBy(() -> new Besluit.Behoedzaamheidsreserve(BigDecimal.ONE))
                .hasMessage("A behoedzaamheidsreserve holds back a part of the accres from 0 up to 100 %, not 100 %");
    }
}
