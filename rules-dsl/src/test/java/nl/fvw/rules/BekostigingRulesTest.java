package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import org.junit.jupiter.api.Test;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** The shipped verdict and signal rules for tasks, and an analyst's own tolerance. */
class BekostigingRulesTest {
    private static TreeMap<BudgetYear, MonetaryAmount> mln(String... v) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(BudgetYear.of(2024 + i), Amounts.mln(v[i]));
        }
        return m;
    }

    private static Taak taak(String[] kosten, String[] compensatie, String invoering, String eenmalig, Route route) {
        List<Kostencomponent> c = new java.util.ArrayList<>();
        c.add(new Kostencomponent("structureel", Kostensoort.STRUCTUREEL, new Kostencomponent.Bedragen(mln(kosten)), "t"));
        if (invoering != null) {
            c.add(new Kostencomponent("invoering", Kostensoort.INVOERING, new Kostencomponent.Bedragen(mln(invoering)), "t"));
        }
        return new Taak("taak", "bron", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2024 + kosten.length - 1), c,
                Indexreeks.geen(), Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE), Map.of(), mln(compensatie),
                eenmalig == null ? new TreeMap<>() : mln(eenmalig), route, List.of());
    }

    @Test
    void adequateWithoutSignals() {
        Taakuitkomst u = FvwEngine.shipped().beoordeel(taak(new String[] {"100", "100", "100"},
                new String[] {"97", "98", "99"}, null, null, Route.ALGEMENE_UITKERING), true);
        assertThat(String.valueOf(u.oordeel())).startsWith("adequaat bekostigd (BKS-OORDEEL-ADEQUAAT");
        assertThat(u.signalen()).isEmpty();
    }

    @Test
    void everySignalFires() {
        Taakuitkomst u = FvwEngine.shipped().beoordeel(taak(new String[] {"100", "100", "100", "100"},
                new String[] {"90", "89", "85", "80"}, "10", "2", Route.SPECIFIEKE_UITKERING), true);
        assertThat(String.valueOf(u.oordeel())).startsWith("onvoldoende bekostigd");
        assertThat(u.signalen()).extracting(s -> s.regel().id()).containsExactlyInAnyOrder("BKS-SIGNAAL-STRUCTUREEL",
                "BKS-SIGNAAL-GROEI", "BKS-SIGNAAL-INVOERING", "BKS-SIGNAAL-ROUTE");
        assertThat(u.signalen()).allSatisfy(s -> assertThat(s.regel().source()).isNotBlank());
    }

    /**
     * Only one-off costs (invoeringskosten over four years, as the Omgevingswet case has), none compensated:
     * the gap is real but not structural, so the structural signal stays silent and the invoering signal fires.
     */
    @Test
    void oneOffCostsNeverRaiseTheStructuralSignal() {
        List<Kostencomponent> c = List.of(new Kostencomponent("invoering", Kostensoort.INVOERING,
                new Kostencomponent.Bedragen(mln("50", "50", "50", "50")), "t"));
        Taak t = new Taak("transitie", "bron", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2027), c,
                Indexreeks.geen(), Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE), Map.of(), mln("0", "0", "0", "0"),
                new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of());
        Taakuitkomst u = FvwEngine.shipped().beoordeel(t, false);
        assertThat(u.jarenMetTekortBoven(new BigDecimal("0.05"))).as("the gap itself persists").isEqualTo(4);
        assertThat(u.jarenMetStructureelTekortBoven(new BigDecimal("0.05"))).isZero();
        assertThat(u.signalen()).extracting(s -> s.regel().id()).contains("BKS-SIGNAAL-INVOERING")
                .doesNotContain("BKS-SIGNAAL-STRUCTUREEL");
    }

    /**
     * Costs a bestuurslaag bears by agreement (route eigen_middelen, as the transitiekosten of the Omgevingswet under
     * the Hoofdlijnenakkoord of 2016): the gap is named for what it is, not as a failure of artikel 2; no compensation.
     */
    @Test
    void costsBorneByAgreementHaveTheirOwnVerdict() {
        Taakuitkomst u = FvwEngine.shipped().beoordeel(taak(new String[] {"100", "100"}, new String[] {"0", "0"}, null,
                null, Route.EIGEN_MIDDELEN), false);
        assertThat(String.valueOf(u.oordeel()))
                .startsWith("niet gecompenseerd: voor eigen rekening volgens afspraak (BKS-OORDEEL-EIGEN-MIDDELEN");
        Taakuitkomst klein = FvwEngine.shipped().beoordeel(taak(new String[] {"0", "0"}, new String[] {"0", "0"}, null,
                null, Route.EIGEN_MIDDELEN), false);
        assertThat(String.valueOf(klein.oordeel())).startsWith("adequaat bekostigd");
        assertThatThrownBy(() -> taak(new String[] {"100", "100"}, new String[] {"0", "5"}, null, null,
                Route.EIGEN_MIDDELEN)).hasMessageContaining("the route eigen_middelen means no compensation, but "
                        + "compensation is given for 2025");
    }

    /** The shipped terms judge each step of a task's signalering; an overdue step is a signal naming its rule. */
    @Test
    void anOverdueStepOfTheSignaleringIsASignal() {
        Taak zonder = taak(new String[] {"100", "100"}, new String[] {"100", "100"}, null, null, Route.ALGEMENE_UITKERING);
        nl.fvw.bekostiging.Signalering s = new nl.fvw.bekostiging.Signalering(java.time.LocalDate.parse("2025-03-01"),
                List.of(new nl.fvw.bekostiging.Signalering.Stap(nl.fvw.bekostiging.Signaleringsstap.SIGNAAL,
                        java.time.LocalDate.parse("2024-06-01"), "brief")));
        Taak met = new Taak(zonder.naam(), zonder.bron(), zonder.basisjaar(), zonder.van(), zonder.tot(), zonder.componenten(),
                zonder.index(), zonder.sleutel(), zonder.verdeling(), zonder.compensatie(), zonder.compensatieEenmalig(),
                zonder.route(), zonder.aannames(), s, null);
        Taakuitkomst u = FvwEngine.shipped().beoordeel(met, false);
        assertThat(u.signalering()).hasSize(1);
        assertThat(u.signalering().get(0).uiterlijk()).isEqualTo(java.time.LocalDate.parse("2024-12-01"));
        assertThat(u.signalen()).extracting(x -> x.regel().id()).containsExactly("BKS-SIGNALERING-ANALYSE");
        assertThat(u.signalen().get(0).tekst()).isEqualTo("signalering: gezamenlijke analyse over tijd (uiterlijk 2024-12-01)");
        assertThat(FvwEngine.shipped().beoordeel(zonder, false).signalering()).isEmpty();
    }

    /** An analyst who accepts a 15 % gap replaces the shipped verdicts by id; the verdict says which rule gave it. */
    @Test
    void anAnalystSetsHerOwnTolerance() {
        String rules = """
                regel "Adequaat binnen 15 procent"
                  id "ANL-ADEQUAAT-15"
                  bron "Afspraak in het bestuurlijk overleg (voorbeeld)"
                  vervangt "BKS-OORDEEL-ADEQUAAT"
                wanneer
                  voor elke taak
                  het tekort is in geen enkel jaar groter dan 15 procent van de kosten
                dan
                  het oordeel is "adequaat bekostigd"
                einde

                regel "Onvoldoende boven 15 procent"
                  id "ANL-ONVOLDOENDE-15"
                  bron "Afspraak in het bestuurlijk overleg (voorbeeld)"
                  vervangt "BKS-OORDEEL-ONVOLDOENDE"
                wanneer
                  voor elke taak
                  het tekort is in 1 opeenvolgende jaren groter dan 15 procent van de kosten
                dan
                  het oordeel is "onvoldoende bekostigd"
                einde
                """;
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("marge.dslr", rules))).build();
        Taak t = taak(new String[] {"100", "100"}, new String[] {"90", "88"}, null, null, Route.ALGEMENE_UITKERING);
        assertThat(FvwEngine.shipped().beoordeel(t, false).oordeel().tekst()).startsWith("onvoldoende");
        assertThat(String.valueOf(engine.beoordeel(t, false).oordeel())).startsWith("adequaat bekostigd (ANL-ADEQUAAT-15");
    }

    @Test
    void conflictingOrMissingVerdictsAreErrors() {
        String extra = """
                regel "Altijd adequaat"
                  id "ANL-ALTIJD"
                  bron "test"
                wanneer
                  voor elke taak
                dan
                  het oordeel is "adequaat bekostigd"
                einde
                """;
        FvwEngine engine = FvwEngine.builder().regels(List.of(new RuleFile("altijd.dslr", extra))).build();
        Taak t = taak(new String[] {"100"}, new String[] {"50"}, null, null, Route.ALGEMENE_UITKERING);
        assertThatThrownBy(() -> engine.beoordeel(t, false)).hasMessageContaining("conflicting verdicts")
                .hasMessageContaining("ANL-ALTIJD");
        String none = """
                regel "Geen oordeel"
                  id "ANL-GEEN"
                  bron "test"
                  vervangt "BKS-OORDEEL-ONVOLDOENDE"
                wanneer
                  voor elke taak
                  het tekort groeit in de laatste 5 jaren
                dan
                  geef het signaal "x"
                einde
                """;
        FvwEngine silent = FvwEngine.builder().regels(List.of(new RuleFile("geen.dslr", none))).build();
        assertThatThrownBy(() -> silent.beoordeel(t, false)).hasMessageContaining("No rule gives a verdict");
    }
}
