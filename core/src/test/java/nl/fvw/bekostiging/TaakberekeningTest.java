package nl.fvw.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.fvw.money.Amounts;
import nl.fvw.present.ExplanationText;
import nl.fvw.present.Financieleparagraaf;
import nl.fvw.time.BudgetYear;

class TaakberekeningTest {
    private static final Oordeel ADEQUAAT = new Oordeel("adequaat", new nl.fvw.explain.RuleRef("T", "t", "test"));

    private static final Map<Bestuurslaag, BigDecimal> ALLE_GEMEENTEN = Map.of(Bestuurslaag.GEMEENTEN, BigDecimal.ONE);

    @Test
    void componentsIndexSplitAndGap() {
        Kostencomponent zaken = new Kostencomponent("zaken", Kostensoort.STRUCTUREEL,
                new Kostencomponent.VolumeMaalPrijs(TaakFixture.years(2024, "1000", "1000", "1000", "1000"), Amounts.eur("2500")),
                "test");
        Kostencomponent uren = new Kostencomponent("uitvoering", Kostensoort.UITVOERING,
                new Kostencomponent.UrenMaalTarief(TaakFixture.years(2024, "10000", "10000", "10000", "10000"),
                        Amounts.eur("60"), Amounts.eur("25")), "test");
        Kostencomponent besparing = new Kostencomponent("minder bezwaar", Kostensoort.BESPARING,
                new Kostencomponent.Bedragen(TaakFixture.mln(2025, "0.5", "0.5", "0.5")), "test");
        Indexreeks index = new Indexreeks("prijs", "CPB", new TreeMap<>(TaakFixture.years(2025, "0.02", "0.03", "0.02")));
        Taak taak = new Taak("t", "b", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2027),
                List.of(zaken, uren, besparing), index,
                Map.of(Bestuurslaag.GEMEENTEN, new BigDecimal("0.7"), Bestuurslaag.PROVINCIES, new BigDecimal("0.3")),
                Map.of(Bestuurslaag.PROVINCIES, Map.of("PV20", new BigDecimal("2"), "PV21", BigDecimal.ONE)),
                TaakFixture.mln(2024, "3", "3", "3", "3"), new TreeMap<>(), Route.ALGEMENE_UITKERING, List.of("a"));
        Taakuitkomst u = Taakberekening.bereken(taak, true);
        // 2024: 2,5 mln + 0,85 mln = 3,35 mln; gap 0,35 mln
        Taakjaar y2024 = u.jaren().get(0);
        assertThat(Amounts.value(y2024.claim())).isEqualByComparingTo("3350000");
        assertThat(Amounts.value(y2024.gat())).isEqualByComparingTo("350000");
        assertThat(Amounts.value(y2024.perLaag().get(Bestuurslaag.GEMEENTEN))).isEqualByComparingTo("2345000");
        assertThat(Amounts.value(y2024.perOntvanger().get(Bestuurslaag.PROVINCIES).get("PV20"))).isEqualByComparingTo("670000");
        // 2025: (3,35 − 0,5) × 1,02 = 2,907 mln
        assertThat(Amounts.value(u.jaren().get(1).claim())).isEqualByComparingTo("2907000");
        assertThat(ExplanationText.of(y2024.explanation())).contains("uitvoering [uitvoering, prijzen 2024]").contains("10.000 uur × (€ 60,00 loon + € 25,00 overhead)");
        assertThat(Amounts.value(u.jaren().get(3).gatCumulatief())).isEqualByComparingTo(Amounts.value(u.totaalGat()));
        String md = Financieleparagraaf.markdown(u.with(ADEQUAAT, List.of(), List.of(), u.provenance()));
        assertThat(md).contains("| **claim** | **3,4** |").contains("waarvan gemeenten (70 %)").contains("- a");
        assertThat(Financieleparagraaf.html(u.with(ADEQUAAT, List.of(), List.of(), u.provenance()))).contains("<table>").contains("<strong>claim</strong>");
    }

    @Test
    void phasedOneOffCostsAddUp() {
        Kostencomponent.Bedragen b = Kostencomponent.Bedragen.gefaseerd(Amounts.mln("36.5"),
                Map.of(BudgetYear.of(2021), new BigDecimal("2"), BudgetYear.of(2022), BigDecimal.ONE));
        // 24.333.333,333… and 12.166.666,666…: the cent left over goes to the larger remainder
        assertThat(Amounts.value(b.reeel(BudgetYear.of(2021)))).isEqualByComparingTo("24333333.33");
        assertThat(Amounts.value(b.reeel(BudgetYear.of(2022)))).isEqualByComparingTo("12166666.67");
    }

    @Test
    void indicators() {
        Kostencomponent k = new Kostencomponent("k", Kostensoort.STRUCTUREEL,
                new Kostencomponent.Bedragen(TaakFixture.mln(2024, "100", "100", "100", "100")), "t");
        Kostencomponent inv = new Kostencomponent("i", Kostensoort.INVOERING,
                new Kostencomponent.Bedragen(TaakFixture.mln(2024, "10")), "t");
        Taak taak = new Taak("t", "b", BudgetYear.of(2024), BudgetYear.of(2024), BudgetYear.of(2027), List.of(k, inv),
                Indexreeks.geen(), ALLE_GEMEENTEN, Map.of(), TaakFixture.mln(2024, "99", "97", "94", "90"),
                TaakFixture.mln(2024, "4"), Route.SPECIFIEKE_UITKERING, List.of());
        Taakuitkomst u = Taakberekening.bereken(taak, false);
        // claims 110, 100, 100, 100 against 103, 97, 94, 90: gaps 7 (6,4 %), 3, 6, 10 → at most two years in a row
        // above 5 %, and rising over the last three years
        assertThat(u.jarenMetTekortBoven(new BigDecimal("0.05"))).isEqualTo(2);
        assertThat(u.jarenMetTekortBoven(new BigDecimal("0.02"))).isEqualTo(4);
        assertThat(u.tekortGroeit(3)).isTrue();
        assertThat(u.tekortGroeit(4)).isFalse();
        assertThat(Amounts.value(u.invoeringNietGecompenseerd())).isEqualByComparingTo("6000000");
    }

    @Test
    void errorPaths() {
        Kostencomponent k = new Kostencomponent("k", Kostensoort.STRUCTUREEL,
                new Kostencomponent.Bedragen(TaakFixture.mln(2024, "1")), "t");
        assertThatThrownBy(() -> TaakFixture.taak(List.of(k), Indexreeks.geen(),
                Map.of(Bestuurslaag.GEMEENTEN, new BigDecimal("0.7"), Bestuurslaag.PROVINCIES, new BigDecimal("0.2")),
                new TreeMap<>())).hasMessageContaining("sums to 0.9").hasMessageContaining("must sum to exactly 1");
        assertThatThrownBy(() -> new Kostencomponent.VolumeMaalPrijs(TaakFixture.years(2024, "-1"), Amounts.eur("1")))
                .hasMessageContaining("Volume 2024 is negative");
        assertThatThrownBy(() -> TaakFixture.taak(List.of(k), Indexreeks.geen(), ALLE_GEMEENTEN,
                new TreeMap<>(Map.of(BudgetYear.of(2024), Amounts.of(BigDecimal.ONE, "USD")))))
                .hasMessageContaining("compensation of 2024 is in USD");
        Indexreeks gap = new Indexreeks("loon", "CPB", new TreeMap<>(TaakFixture.years(2025, "0.02")));
        Taak taak = TaakFixture.taak(List.of(k), gap, ALLE_GEMEENTEN, new TreeMap<>());
        assertThatThrownBy(() -> Taakberekening.bereken(taak, false))
                .hasMessageContaining("Index series 'loon' has no figure for 2026");
        assertThatThrownBy(() -> TaakFixture.taak(List.of(), Indexreeks.geen(), ALLE_GEMEENTEN, new TreeMap<>()))
                .hasMessageContaining("no cost components");
        assertThatThrownBy(() -> new Kostencomponent.UrenMaalTarief(TaakFixture.years(2024, "1"), Amounts.eur("-1"),
                Amounts.eur("1"))).hasMessageContaining("loonkosten per uur is negative");
        assertThatThrownBy(() -> Indexreeks.mix(gap, new BigDecimal("1.5"), gap)).hasMessageContaining("between 0 and 1");
    }
}
