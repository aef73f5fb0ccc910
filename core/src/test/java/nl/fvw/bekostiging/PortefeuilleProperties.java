package nl.fvw.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** Laws of a tier's portfolio of tasks: its saldo is the tasks' gaps, split by the key, summed per year. */
class PortefeuilleProperties {
    private static final TreeMap<BudgetYear, MonetaryAmount> ACCRES = new TreeMap<>(Map.of(BudgetYear.of(2024),
            Amounts.mln("1000"), BudgetYear.of(2025), Amounts.mln("800"), BudgetYear.of(2026), Amounts.mln("0")));

    @Provide
    Arbitrary<Taakuitkomst> taken() {
        Arbitrary<BigDecimal> bedrag = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(1);
        return Combinators.combine(Arbitraries.integers().between(2023, 2026), bedrag, bedrag, bedrag,
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3),
                Arbitraries.of(Route.class)).as((van, kosten, invoering, compensatie, gem, route) -> {
                    List<Kostencomponent> c = List.of(
                            new Kostencomponent("s", Kostensoort.STRUCTUREEL, new Kostencomponent.Bedragen(
                                    TaakFixture.mln(van, kosten.toPlainString(), kosten.toPlainString())), "t"),
                            new Kostencomponent("i", Kostensoort.INVOERING, new Kostencomponent.Bedragen(
                                    TaakFixture.mln(van, invoering.toPlainString())), "t"));
                    String comp = route == Route.EIGEN_MIDDELEN ? "0" : compensatie.toPlainString();
                    Taak t = new Taak("taak " + van + " " + kosten + " " + gem, "t", BudgetYear.of(van), BudgetYear.of(van),
                            BudgetYear.of(van + 1), c, Indexreeks.geen(), Map.of(Bestuurslaag.GEMEENTEN, gem,
                                    Bestuurslaag.WATERSCHAPPEN, BigDecimal.ONE.subtract(gem)), Map.of(),
                            TaakFixture.mln(van, comp, comp), new TreeMap<>(), route, List.of());
                    return Taakberekening.bereken(t, false);
                });
    }

    @Provide
    Arbitrary<List<Taakuitkomst>> portefeuilles() {
        return taken().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void theSaldoOverTheTiersIsMinusTheSumOfTheTasksGaps(@ForAll("portefeuilles") List<Taakuitkomst> taken) {
        Portefeuille g = Portefeuille.van(Bestuurslaag.GEMEENTEN, taken, ACCRES, "proef");
        Portefeuille w = Portefeuille.van(Bestuurslaag.WATERSCHAPPEN, taken, new TreeMap<>(), "proef");
        BigDecimal cumulatief = BigDecimal.ZERO;
        for (int i = 0; i < g.jaren().size(); i++) {
            Portefeuille.Jaar jg = g.jaren().get(i);
            BigDecimal gaten = BigDecimal.ZERO;
            for (Taakuitkomst t : taken) {
                if (!jg.jaar().isBefore(t.taak().van()) && !jg.jaar().isAfter(t.taak().tot())) {
                    gaten = gaten.add(Amounts.value(t.jaar(jg.jaar()).gat()));
                }
            }
            BigDecimal saldo = Amounts.value(jg.saldo()).add(Amounts.value(w.jaren().get(i).saldo()));
            assertThat(saldo).isEqualByComparingTo(gaten.negate());
            cumulatief = cumulatief.add(Amounts.value(jg.saldo()));
            assertThat(Amounts.value(jg.saldoCumulatief())).isEqualByComparingTo(cumulatief);
            assertThat(Amounts.value(jg.compensatieTotaal()).subtract(Amounts.value(jg.claim())))
                    .isEqualByComparingTo(Amounts.value(jg.saldo()));
        }
    }

    @Property(tries = 200)
    void aTaskOfOneTierAloneIsItsOwnPortfolio(@ForAll("taken") Taakuitkomst t) {
        Portefeuille p = Portefeuille.van(Bestuurslaag.GEMEENTEN, List.of(t), ACCRES, "proef");
        BigDecimal share = t.taak().sleutel().get(Bestuurslaag.GEMEENTEN);
        for (Portefeuille.Jaar j : p.jaren()) {
            Taakjaar tj = t.jaar(j.jaar());
            assertThat(Amounts.value(j.claim())).isEqualByComparingTo(Amounts.value(tj.perLaag().get(Bestuurslaag.GEMEENTEN)));
            assertThat(Amounts.value(j.compensatieTotaal()))
                    .isEqualByComparingTo(Amounts.value(tj.compensatie()).multiply(share));
            MonetaryAmount a = ACCRES.get(j.jaar());
            if (a == null || a.isZero()) {
                assertThat(j.beslag()).isNull();
            } else {
                assertThat(j.beslag().multiply(Amounts.value(a))).isEqualByComparingTo(Amounts.value(j.saldo()).negate());
            }
        }
    }

    @Example
    void theCumulativeSaldoTurnsWhereItsSignChanges() {
        List<Kostencomponent> c = List.of(new Kostencomponent("s", Kostensoort.STRUCTUREEL, new Kostencomponent.Bedragen(
                TaakFixture.mln(2024, "100", "100", "100", "100")), "t"));
        Taak t = new Taak("t", "t", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2027), c, Indexreeks.geen(),
                Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE), Map.of(), TaakFixture.mln(2024, "50", "200", "100", "0"),
                new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of());
        Portefeuille p = Portefeuille.van(Bestuurslaag.GEMEENTEN, List.of(Taakberekening.bereken(t, false)), ACCRES, "proef");
        // saldo −50, +100, 0, −100: cumulative −50, +50, +50, −50
        assertThat(p.kentering()).containsExactly(BudgetYear.of(2025), BudgetYear.of(2027));
        assertThat(p.jarenMetTekortBoven(Amounts.mln("10"))).isEqualTo(1);
        assertThat(p.jarenMetTekortBoven(Amounts.mln("100"))).as("strictly beyond the tolerance").isZero();
        // uncovered 50 of an accres of 1000 in 2024, −100 of 800 in 2025
        assertThat(p.jarenMetBeslagBoven(new BigDecimal("0.04"))).isEqualTo(1);
        assertThat(p.jarenMetBeslagBoven(new BigDecimal("0.05"))).isZero();
        assertThatThrownBy(() -> Portefeuille.van(Bestuurslaag.PROVINCIES, List.of(Taakberekening.bereken(t, false)),
                ACCRES, "proef")).hasMessageContaining("No task of the portfolio gives the provincies a share");
    }
}
