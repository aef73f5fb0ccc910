package nl.fvw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Indexreeks;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Portefeuille;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.money.Amounts;
import nl.fvw.time.BudgetYear;

/** The shipped signal rules over tasks and portfolios, on generated tasks. */
class PortefeuilleSignalenProperties {
    private static final FvwEngine ENGINE = FvwEngine.shipped();
    private static final TreeMap<BudgetYear, MonetaryAmount> ACCRES = new TreeMap<>(Map.of(BudgetYear.of(2024),
            Amounts.mln("300"), BudgetYear.of(2025), Amounts.mln("200"), BudgetYear.of(2026), Amounts.mln("100")));

    private static TreeMap<BudgetYear, MonetaryAmount> mln(int van, List<BigDecimal> v) {
        TreeMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < v.size(); i++) {
            m.put(BudgetYear.of(van + i), Amounts.mln(v.get(i).toPlainString()));
        }
        return m;
    }

    private static Taak taak(String naam, int van, List<BigDecimal> structureel, List<BigDecimal> invoering,
            List<BigDecimal> compensatie, Route route) {
        List<Kostencomponent> c = new ArrayList<>();
        if (structureel != null) {
            c.add(new Kostencomponent("s", Kostensoort.STRUCTUREEL, new Kostencomponent.Bedragen(mln(van, structureel)), "t"));
        }
        c.add(new Kostencomponent("i", Kostensoort.INVOERING, new Kostencomponent.Bedragen(mln(van, invoering)), "t"));
        return new Taak(naam, "t", BudgetYear.of(van), BudgetYear.of(van), BudgetYear.of(van + 2), c, Indexreeks.geen(),
                Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE), Map.of(), mln(van, compensatie), new TreeMap<>(), route,
                List.of());
    }

    private static Arbitrary<List<BigDecimal>> drieJaren() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(1).list().ofSize(3);
    }

    @Provide
    Arbitrary<List<Taak>> taken() {
        return Combinators.combine(Arbitraries.integers().between(2023, 2025), drieJaren(), drieJaren(), drieJaren(),
                Arbitraries.of(Route.ALGEMENE_UITKERING, Route.DECENTRALISATIE_UITKERING, Route.SPECIFIEKE_UITKERING))
                .as((van, s, i, c, r) -> taak("taak " + van + s + i + c + r, van, s, i, c, r)).list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements(Taak::naam);
    }

    private static List<String> signalen(List<Taak> taken) {
        List<Taakuitkomst> u = taken.stream().map(t -> ENGINE.beoordeel(t, false)).toList();
        return ENGINE.signaleer(Portefeuille.van(Bestuurslaag.GEMEENTEN, u, ACCRES, "proef")).signalen().stream()
                .map(s -> s.regel().id()).toList();
    }

    @Property(tries = 40)
    void addingAFullyCompensatedTaskChangesNoSignal(@ForAll("taken") List<Taak> taken, @ForAll("drie") List<BigDecimal> s,
            @ForAll("drie") List<BigDecimal> i, @ForAll boolean viaHetFonds) {
        List<BigDecimal> gedekt = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            gedekt.add(s.get(k).add(i.get(k)));
        }
        List<Taak> meer = new ArrayList<>(taken);
        meer.add(taak("gedekt", 2024, s, i, gedekt, viaHetFonds ? Route.ALGEMENE_UITKERING : Route.DECENTRALISATIE_UITKERING));
        assertThat(signalen(meer)).isEqualTo(signalen(taken));
    }

    @Provide
    Arbitrary<List<BigDecimal>> drie() {
        return drieJaren();
    }

    @Property(tries = 40)
    void aTaskWithOnlyOneOffCostsNeverRaisesAStructuralSignal(@ForAll("drie") List<BigDecimal> invoering,
            @ForAll("drie") List<BigDecimal> compensatie) {
        Taakuitkomst u = ENGINE.beoordeel(taak("eenmalig", 2024, null, invoering, compensatie, Route.ALGEMENE_UITKERING),
                false);
        assertThat(u.signalen()).extracting(x -> x.regel().id()).doesNotContain("BKS-SIGNAAL-STRUCTUREEL");
    }
}
