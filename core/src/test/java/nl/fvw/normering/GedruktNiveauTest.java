package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.fvw.explain.FigureName;
import nl.fvw.explain.RuleRef;
import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.StandSeries;

/**
 * A fund's level with a basis per stand, and the BCF-ruimte as printed (Ontwerpbegroting 2023
 * Provinciefonds, tabel 6: "ruimte onder plafond BCF 2022" 61.639 in 2022, x € 1.000).
 */
class GedruktNiveauTest {
    private static final RuleRef GEDRUKT = new RuleRef("TST-GEDRUKT", "gedrukte tranche", "test");
    private static final Stand OWB22 = Stand.parse("Ontwerpbegroting 2022");
    private static final Stand OWB23 = Stand.parse("Ontwerpbegroting 2023");

    private static BigDecimal mln(javax.money.MonetaryAmount a) {
        return Amounts.value(a).movePointLeft(6);
    }

    private static Normeringsuitkomst bereken(Fondsinvoer pf) {
        Standbereik pfOnly = new Standbereik(BudgetYear.of(2022), BudgetYear.of(2023), Set.of(Fonds.PROVINCIEFONDS));
        Normeringsinvoer in = Normeringsinvoer.builder().fonds(pf).standen(List.of(OWB22, OWB23)).bereik(OWB22, pfOnly)
                .bereik(OWB23, pfOnly).jaren(BudgetYear.of(2022), BudgetYear.of(2023)).build();
        List<Besluit<?>> besluiten = new ArrayList<>();
        for (Fonds f : Fonds.values()) {
            for (int y = 2022; y <= 2023; y++) {
                besluiten.add(new Besluit<>(f, BudgetYear.of(y), null, new Besluit.GepubliceerdeTranche(), GEDRUKT));
            }
        }
        return NormeringFixture.berekenZonderVaststelling(in, besluiten);
    }

    @Test
    void aBasisPerStandAndAPrintedBcfRuimte() {
        Niveaubasis basis = Niveaubasis.empty().with(OWB22, Amounts.mln("2000"))
                .with(OWB23, NormeringFixture.mln(2022, "2100", "2200"));
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "OWB Provinciefonds").niveau(basis, null)
                .gepubliceerdeTranches(StandSeries.empty().with(OWB22, NormeringFixture.mln(2022, "100", "0"))
                        .with(OWB23, NormeringFixture.mln(2022, "100", "256.570")))
                .bcfRuimte(StandSeries.empty().with(OWB23, NormeringFixture.mln(2022, "61.639"))).build();
        Normeringsuitkomst u = bereken(pf);
        assertThat(mln(u.niveau(Fonds.PROVINCIEFONDS, BudgetYear.of(2022), OWB22).bedrag())).isEqualByComparingTo("2100");
        assertThat(mln(u.niveau(Fonds.PROVINCIEFONDS, BudgetYear.of(2022), OWB23).bedrag())).as("2.100 + 100 + 61,639")
                .isEqualByComparingTo("2261.639");
        assertThat(mln(u.niveau(Fonds.PROVINCIEFONDS, BudgetYear.of(2023), OWB23).bedrag())).as("2.200 + 100 + 256,57")
                .isEqualByComparingTo("2556.570");
        assertThat(mln(u.bcfRuimte(Fonds.PROVINCIEFONDS, BudgetYear.of(2022), OWB23).bedrag())).isEqualByComparingTo("61.639");
        assertThat(ExplanationText.of(u.figuur(FigureName.parse("PF niveau 2022 stand Ontwerpbegroting 2023")).explanation()))
                .contains("basis = € 2.100 mln  [stand Ontwerpbegroting 2023]")
                .contains("BCF-ruimte 2022 (incidenteel, zoals gedrukt) = € 61,639 mln  [stand Ontwerpbegroting 2023]");
    }

    @Test
    void aYearWithoutABasisAndABasisGivenTwiceAreErrors() {
        Fondsinvoer pf = Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "test")
                .niveau(Niveaubasis.empty().with(OWB23, Amounts.mln("2000")), null)
                .gepubliceerdeTranches(StandSeries.empty().with(OWB22, NormeringFixture.mln(2022, "100", "0"))).build();
        assertThatThrownBy(() -> bereken(pf)).hasMessage("Provinciefonds: no niveau basis for 2022 is known at stand"
                + " Ontwerpbegroting 2022 (fondsen.PF.niveau_basis gives the stands [Ontwerpbegroting 2023])");
        assertThatThrownBy(() -> Niveaubasis.empty().with(OWB23, Amounts.mln("1")).with(OWB23, Amounts.mln("2")))
                .hasMessage("The niveau basis at stand Ontwerpbegroting 2023 is given twice");
        assertThatThrownBy(() -> Normeringsinvoer.builder().fonds(Fondsinvoer.builder(Fonds.PROVINCIEFONDS, "t")
                .bcfRuimte(StandSeries.empty().with(OWB23, NormeringFixture.mln(2022, "1"))).build())
                .bcf(new BcfInvoer(BudgetYear.of(2021), Amounts.mln("3000"), null, StandSeries.empty(), StandSeries.empty(),
                        BcfInvoer.PlafondMaatstaf.GEWOGEN, "b"))
                .standen(List.of(OWB23)).jaren(BudgetYear.of(2022), BudgetYear.of(2022)).build())
                .hasMessageContaining("given as printed and computed from the plafond");
    }
}
