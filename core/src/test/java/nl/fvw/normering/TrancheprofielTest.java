package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.fvw.FvwException;
import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

/**
 * A tranche is a profile over the years, and later decisions change it (normering.md §2a). The
 * Miljoenennota 2023 prints the GF tranche 2023 as 2.674,0 in 2023-2025 and 1.358,6 / 1.320,1 in
 * 2026 / 2027 (../shared/reference/tranche-2023-miljoenennota-2023.csv): under the Startnota 2022 the
 * normering stops after 2025. The Voorjaarsnota 2024 lets the normering run on.
 */
class TrancheprofielTest {
    private static final RuleRef GEDRUKT = new RuleRef("TST-GEDRUKT", "gedrukte tranche", "test");
    private static final RuleRef STARTNOTA = new RuleRef("TST-LOOPTIJD", "tot en met 2025", "Startnota 2022");
    private static final RuleRef HERSTEL = new RuleRef("TST-HERSTEL", "elk later jaar", "Voorjaarsnota 2024");
    private static final Stand SN22 = Stand.parse("Startnota 2022 (2022-01-14)");
    private static final Stand MN22 = Stand.parse("Miljoenennota 2022");
    private static final Stand VJN22 = Stand.parse("Voorjaarsnota 2022");
    private static final Stand MN23 = Stand.parse("Miljoenennota 2023");
    private static final Stand OWB23 = Stand.parse("Ontwerpbegroting 2023");
    private static final Stand VJN24 = Stand.parse("Voorjaarsnota 2024");

    private static BigDecimal mln(javax.money.MonetaryAmount a) {
        return Amounts.value(a).movePointLeft(6);
    }

    /** Published tranches for 2022-2027 and, where asked, the Startnota's looptijd and the Voorjaarsnota 2024's repair. */
    static List<Besluit<?>> besluiten(boolean looptijd, boolean herstel) {
        List<Besluit<?>> out = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2022; y <= 2027; y++) {
                out.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdeTranche(), GEDRUKT));
                if (y <= 2025 && looptijd) {
                    out.add(new Besluit<>(f, BudgetYear.of(y), SN22, new Besluit.Looptijd(BudgetYear.of(2025)), STARTNOTA));
                }
                if (y <= 2025 && herstel) {
                    out.add(new Besluit<>(f, BudgetYear.of(y), VJN24, new Besluit.Looptijd(null), HERSTEL));
                }
            }
        }
        return out;
    }

    /** The GF tranche 2023 with its MN 2023 profile; the other years' tranches 0, so the level shows tranche 2023 alone. */
    private static Normeringsuitkomst mn2023(boolean herstel) {
        StandSeries tranches = StandSeries.empty().with(MN23, NormeringFixture.mln(2023, "2674.0", "0", "0", "0", "0"));
        Trancheprofielen profielen = Trancheprofielen.empty().with(Trancheprofielen.Soort.TRANCHE, MN23, BudgetYear.of(2023),
                NormeringFixture.mln(2023, "2674.0", "2674.0", "2674.0", "1358.6", "1320.1"));
        Fondsinvoer gf = Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "Miljoenennota 2023 bijlage").niveau(Amounts.mln("0"), null)
                .gepubliceerdeTranches(tranches).profielen(profielen).build();
        Standbereik gfOnly = new Standbereik(BudgetYear.of(2023), BudgetYear.of(2027), Set.of(Fonds.GEMEENTEFONDS));
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(gf).standen(List.of(MN23, VJN24))
                .bereik(MN23, gfOnly).bereik(VJN24, gfOnly).jaren(BudgetYear.of(2023), BudgetYear.of(2027)).build();
        return NormeringFixture.berekenZonderVaststelling(in, besluiten(true, herstel));
    }

    @Test
    void theMiljoenennota2023ProfileOfTheGfTranche2023ToThePrintedDecimal() {
        Normeringsuitkomst u = mn2023(false);
        BudgetYear t23 = BudgetYear.of(2023);
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2025), MN23))).isEqualByComparingTo("2674.0");
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2026), MN23))).isEqualByComparingTo("1358.6");
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2027), MN23))).isEqualByComparingTo("1320.1");
        assertThat(mln(u.cumulatief(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), MN23).bedrag())).isEqualByComparingTo("1358.6");
        assertThat(u.figuren()).extracting(f -> f.name().toString()).contains("GF tranche 2023 in 2026 stand Miljoenennota 2023")
                .doesNotContain("GF tranche 2023 in 2025 stand Miljoenennota 2023");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("GF tranche 2023 in 2026 stand Miljoenennota 2023"))
                .explanation())).contains("tranche 2023 in 2026 = € 1.358,6 mln  [stand Miljoenennota 2023]")
                .contains("(profiel)").contains("looptijd = tot en met 2025");
        // without a later decision the profile holds at the Voorjaarsnota 2024 too, its last year carried on
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2027), VJN24))).isEqualByComparingTo("1320.1");
    }

    /** The repair: decided after the profile was printed, the tranche counts for its own amount again; earlier stands stay. */
    @Test
    void aLaterDecisionRedefinesTheLaterYearsAndLeavesEarlierStandsAlone() {
        Normeringsuitkomst u = mn2023(true);
        BudgetYear t23 = BudgetYear.of(2023);
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2026), VJN24))).isEqualByComparingTo("2674.0");
        assertThat(mln(u.trancheIn(Fonds.GEMEENTEFONDS, t23, BudgetYear.of(2026), MN23))).isEqualByComparingTo("1358.6");
        assertThat(mln(u.cumulatief(Fonds.GEMEENTEFONDS, BudgetYear.of(2027), VJN24).bedrag())).isEqualByComparingTo("2674.0");
    }

    /** A tranche printed without profile ends after its looptijd: the ravijnjaar 2026; the repair lifts it. */
    @Test
    void theLooptijdEndsAPlainTrancheAndTheRepairLiftsIt() {
        StandSeries tranches = StandSeries.empty().with(VJN22, NormeringFixture.mln(2022, "900", "0", "0", "0", "0", "0"));
        Fondsinvoer gf = Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test").niveau(Amounts.mln("30000"), null)
                .gepubliceerdeTranches(tranches).build();
        Standbereik gfOnly = new Standbereik(BudgetYear.of(2022), BudgetYear.of(2027), Set.of(Fonds.GEMEENTEFONDS));
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(gf).standen(List.of(VJN22, VJN24)).bereik(VJN22, gfOnly)
                .bereik(VJN24, gfOnly).jaren(BudgetYear.of(2022), BudgetYear.of(2027)).build();
        Normeringsuitkomst u = NormeringFixture.berekenZonderVaststelling(in, besluiten(true, true));
        assertThat(mln(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2025), VJN22).bedrag())).isEqualByComparingTo("30900");
        assertThat(mln(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN22).bedrag())).as("ravijnjaar")
                .isEqualByComparingTo("30000");
        assertThat(mln(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN24).bedrag())).as("repaired")
                .isEqualByComparingTo("30900");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("GF tranche 2022 in 2026 stand Voorjaarsnota 2022"))
                .explanation())).contains("TST-LOOPTIJD").contains("telt niet mee na 2025");
        assertThat(u.niveau(Fonds.GEMEENTEFONDS, BudgetYear.of(2026), VJN22).prijs()).as("an ended tranche adds nothing")
                .isNull();
    }

    /**
     * Ontwerpbegroting 2023 Provinciefonds, tabel 6: the bijstelling of tranche 2022 is −35.239 in
     * 2022-2025 and 0 in 2026-2027. Tranche 2022: 127,0 at the Miljoenennota 2022, +86,0 at the
     * Voorjaarsnota 2022.
     */
    @Test
    void aBijstellingThatChangesLaterYearsDifferently() {
        StandSeries tranches = StandSeries.empty().with(MN22, NormeringFixture.mln(2022, "127.0", "0", "0", "0", "0", "0"));
        StandSeries bijstellingen = StandSeries.empty().with(VJN22, NormeringFixture.mln(2022, "86.0"))
                .with(OWB23, NormeringFixture.mln(2022, "-35.239"));
        Trancheprofielen profielen = Trancheprofielen.empty().with(Trancheprofielen.Soort.BIJSTELLING, OWB23,
                BudgetYear.of(2022), NormeringFixture.mln(2022, "-35.239", "-35.239", "-35.239", "-35.239", "0", "0"));
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test").niveau(Amounts.mln("0"), null)
                .gepubliceerdeTranches(tranches).trancheBijstellingen(bijstellingen).profielen(profielen).build();
        Standbereik pfOnly = new Standbereik(BudgetYear.of(2022), BudgetYear.of(2027), Set.of(Fonds.PROVINCIEFONDS));
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(MN22, VJN22, OWB23)).bereik(MN22, pfOnly)
                .bereik(VJN22, pfOnly).bereik(OWB23, pfOnly).jaren(BudgetYear.of(2022), BudgetYear.of(2027)).build();
        Normeringsuitkomst zonder = NormeringFixture.berekenZonderVaststelling(in, besluiten(false, false));
        BudgetYear t22 = BudgetYear.of(2022);
        assertThat(mln(zonder.tranche(Fonds.PROVINCIEFONDS, t22, OWB23).bedrag())).isEqualByComparingTo("177.761");
        assertThat(mln(zonder.trancheIn(Fonds.PROVINCIEFONDS, t22, BudgetYear.of(2025), OWB23))).isEqualByComparingTo("177.761");
        assertThat(mln(zonder.trancheIn(Fonds.PROVINCIEFONDS, t22, BudgetYear.of(2026), OWB23))).as("127,0 + 86,0 + 0")
                .isEqualByComparingTo("213.0");
        Normeringsuitkomst met = NormeringFixture.berekenZonderVaststelling(in, besluiten(true, false));
        assertThat(mln(met.trancheIn(Fonds.PROVINCIEFONDS, t22, BudgetYear.of(2026), OWB23))).as("the Startnota ends it")
                .isEqualByComparingTo("0");
        assertThat(mln(met.trancheIn(Fonds.PROVINCIEFONDS, t22, BudgetYear.of(2026), MN22))).as("not yet known at MN 2022")
                .isEqualByComparingTo("127.0");
    }

    @Test
    void aProfileStartsWithTheAmountPrintedForItsOwnYear() {
        Trancheprofielen p = Trancheprofielen.empty();
        assertThatThrownBy(() -> p.with(Trancheprofielen.Soort.TRANCHE, MN23, BudgetYear.of(2023),
                NormeringFixture.mln(2024, "1"))).isInstanceOf(FvwException.class)
                .hasMessage("The profile of tranche 2023 at Miljoenennota 2023 starts in 2024; a tranche's profile starts in its"
                        + " own year");
        Trancheprofielen ok = p.with(Trancheprofielen.Soort.TRANCHE, MN23, BudgetYear.of(2023),
                NormeringFixture.mln(2023, "2674.0", "1358.6"));
        assertThatThrownBy(() -> Fondsinvoer.builder(Fonds.GEMEENTEFONDS, "test")
                .gepubliceerdeTranches(StandSeries.empty().with(MN23, NormeringFixture.mln(2023, "2600"))).profielen(ok)
                .build()).hasMessage("The profile of the Gemeentefonds tranche 2023 at Miljoenennota 2023 starts with EUR"
                        + " 2674000000, but the tranche printed there for 2023 is EUR 2600000000");
    }
}
