package nl.example.begroting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.money.MonetaryAmount;

import nl.fvw.bekostiging.Bestuurslaag;
import nl.fvw.bekostiging.Kostencomponent;
import nl.fvw.bekostiging.Kostensoort;
import nl.fvw.bekostiging.Route;
import nl.fvw.bekostiging.Taak;
import nl.fvw.bekostiging.Taakuitkomst;
import nl.fvw.bundeling.Bundeling;
import nl.fvw.bundeling.Bundelingsuitkomst;
import nl.fvw.bundeling.Doel;
import nl.fvw.bundeling.Herverdeeleffect;
import nl.fvw.bundeling.Ontvanger;
import nl.fvw.bundeling.Spuk;
import nl.fvw.bundeling.Verdeelsleutel;
import nl.fvw.explain.FigureName;
import nl.fvw.money.Amounts;
import nl.fvw.normering.AccresPercentage;
import nl.fvw.normering.Fonds;
import nl.fvw.normering.Normeringsinvoer;
import nl.fvw.normering.Normeringsuitkomst;
import nl.fvw.normering.Uitgavenaggregaat;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Values;
import nl.fvw.rules.FvwEngine;
import nl.fvw.time.BudgetYear;
import nl.fvw.time.Stand;
import nl.fvw.time.YearSeries;

/** An accres, a bundling and the cost of a new task, computed in code with the shipped rules. */
public final class Doorrekening {

    public static void main(String[] args) {
        FvwEngine engine = FvwEngine.shipped();

        // 1. Accres from the NGRU of the Miljoenennota 2012, bijlage, tabel 9.1 (€ mln)
        Uitgavenaggregaat ngru = Uitgavenaggregaat.of("NGRU", Stand.parse("Miljoenennota 2012"),
                "Miljoenennota 2012, bijlage, tabel 9.1", YearSeries.of(reeks(2011, "91965", "91490", "92280", "94509", "95019")));
        Normeringsuitkomst normering = engine.bereken(Normeringsinvoer.vanAggregaten(List.of(ngru)), true);
        for (AccresPercentage a : normering.accressen()) {
            System.out.println(a.name() + ": " + Values.text(a));
        }
        System.out.println(ExplanationText.of(normering.explain(FigureName.parse("accres 2013 stand Miljoenennota 2012"))));

        // 2. One SPUK of € 10 mln into the algemene uitkering, 10 % efficiencykorting, by inwoners
        Spuk spuk = new Spuk("Brede SPUK", "voorbeeld", new TreeMap<>(Map.of(BudgetYear.of(2027), Amounts.mln("10"))),
                Map.of("GM0001", new BigDecimal("0.7"), "GM0002", new BigDecimal("0.3")));
        List<Ontvanger> gemeenten = List.of(gemeente("GM0001", "Noordstad", "60000"), gemeente("GM0002", "Zuiddorp", "40000"));
        Bundeling bundeling = Bundeling.builder("Bundeling voorbeeld").bron("voorbeeld").doel(Doel.ALGEMENE_UITKERING)
                .jaren(BudgetYear.of(2027), BudgetYear.of(2027)).efficiencykorting(new BigDecimal("0.10")).spuk(spuk)
                .ontvangers(gemeenten).sleutel(new Verdeelsleutel(Map.of("inwoners", Amounts.eur("90")), BigDecimal.ZERO))
                .build();
        Bundelingsuitkomst bundel = engine.bundel(bundeling, false);
        System.out.println("overgeheveld 2027: " + Amounts.value(bundel.jaar(BudgetYear.of(2027)).overgeheveld()).toPlainString());
        for (Herverdeeleffect e : bundel.jaar(BudgetYear.of(2027)).effecten()) {
            System.out.println(e.naam() + ": " + Amounts.value(e.volledig()).toPlainString() + " euro, "
                    + e.volledigPerInwoner().toPlainString() + " per inwoner");
        }

        // 3. A new task for gemeenten: € 50 mln a year, compensated with € 45 mln through the algemene uitkering
        Taak.Builder nieuw = Taak.builder("Nieuwe taak").bron("voorbeeld").basisjaar(BudgetYear.of(2027))
                .jaren(BudgetYear.of(2027), BudgetYear.of(2029))
                .component(new Kostencomponent("uitvoering", Kostensoort.STRUCTUREEL,
                        new Kostencomponent.Bedragen(reeks(2027, "50", "50", "50")), "raming"))
                .sleutel(Bestuurslaag.GEMEENTEN, BigDecimal.ONE).route(Route.ALGEMENE_UITKERING)
                .aanname("volume en prijs uit de memorie van toelichting");
        reeks(2027, "45", "45", "45").forEach(nieuw::compensatie);
        Taak taak = nieuw.build();
        Taakuitkomst uitkomst = engine.beoordeel(taak, true);
        System.out.println("tekort 2027-2029: " + Amounts.value(uitkomst.totaalGat()).toPlainString() + " euro");
        System.out.println("GF accres 2013: " + normering.accres(Fonds.GEMEENTEFONDS, BudgetYear.of(2013),
                Stand.parse("Miljoenennota 2012")).published().toPlainString() + " %");
        System.out.println("oordeel: " + uitkomst.oordeel());
        uitkomst.signalen().forEach(s -> System.out.println("signaal: " + s.tekst()));
    }

    private static Ontvanger gemeente(String code, String naam, String inwoners) {
        return new Ontvanger(code, naam, new TreeMap<>(Map.of(BudgetYear.of(2027), new BigDecimal(inwoners))),
                Map.of("inwoners", new BigDecimal(inwoners)));
    }

    private static SortedMap<BudgetYear, MonetaryAmount> reeks(int eerste, String... mln) {
        SortedMap<BudgetYear, MonetaryAmount> m = new TreeMap<>();
        for (int i = 0; i < mln.length; i++) {
            m.put(BudgetYear.of(eerste + i), Amounts.mln(mln[i]));
        }
        return m;
    }
}
