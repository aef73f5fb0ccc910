package nl.fvw.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.FvwException;

/** "Known at stand S" is the latest stand at or before S that gives the year, whatever stands and years are given. */
class StandRatesProperties {
    private static final List<Stand> STANDEN = List.of("Miljoenennota 2019", "Voorjaarsnota 2020", "Miljoenennota 2020",
            "Najaarsnota 2020", "FJR 2020", "Voorjaarsnota 2021", "Miljoenennota 2021", "Ontwerpbegroting 2022",
            "Voorjaarsnota 2022", "Miljoenennota 2022").stream().map(Stand::parse).toList();

    @Property(tries = 500)
    void theLatestStandAtOrBeforeTheQuestionGivesTheRate(@ForAll("tabellen") Map<Stand, Map<BudgetYear, BigDecimal>> tabel) {
        StandRates rates = StandRates.empty("reële bbp-groei", "test");
        for (Map.Entry<Stand, Map<BudgetYear, BigDecimal>> e : new TreeMap<>(tabel).entrySet()) {
            rates = rates.with(e.getKey(), e.getValue());
        }
        for (Stand vraag : STANDEN) {
            for (int j = 2017; j <= 2026; j++) {
                BudgetYear y = BudgetYear.of(j);
                Stand bron = null;
                for (Map.Entry<Stand, SortedMap<BudgetYear, BigDecimal>> e : rates.stands().entrySet()) {
                    if (!e.getKey().isAfter(vraag) && e.getValue().containsKey(y)) {
                        bron = e.getKey();
                    }
                }
                assertThat(rates.sourceStand(y, vraag)).isEqualTo(bron);
                assertThat(rates.knows(y, vraag)).isEqualTo(bron != null);
                if (bron == null) {
                    StandRates r = rates;
                    assertThatThrownBy(() -> r.knownAt(y, vraag)).isInstanceOf(FvwException.class)
                            .hasMessageStartingWith("reële bbp-groei: no figure for " + y + " is known at stand " + vraag);
                } else {
                    assertThat(rates.knownAt(y, vraag)).isEqualTo(tabel.get(bron).get(y));
                }
            }
        }
    }

    /**
     * A stand's rates replaced by others over the same years (a perturbed forecast, whose per-year index is
     * derived from the table's) answer every question as the table made with those rates from the start.
     */
    @Property(tries = 500)
    void aStandReplacedOverItsOwnYearsAnswersAsATableMadeWithIt(
            @ForAll("tabellen") Map<Stand, Map<BudgetYear, BigDecimal>> tabel, @ForAll int keuze, @ForAll long zaad) {
        if (tabel.isEmpty()) {
            return;
        }
        List<Stand> gegeven = List.copyOf(new TreeMap<>(tabel).keySet());
        Stand vervangen = gegeven.get(Math.floorMod(keuze, gegeven.size()));
        java.util.Random random = new java.util.Random(zaad);
        TreeMap<BudgetYear, BigDecimal> nieuw = new TreeMap<>();
        tabel.get(vervangen).keySet().forEach(y -> nieuw.put(y, BigDecimal.valueOf(random.nextInt(1001) - 500, 4)));
        StandRates oud = StandRates.empty("reële bbp-groei", "test");
        StandRates vers = StandRates.empty("reële bbp-groei", "test");
        for (Map.Entry<Stand, Map<BudgetYear, BigDecimal>> e : new TreeMap<>(tabel).entrySet()) {
            oud = oud.with(e.getKey(), e.getValue());
            vers = vers.with(e.getKey(), e.getKey().equals(vervangen) ? nieuw : e.getValue());
        }
        StandRates variant = oud.replacing(vervangen, nieuw);
        for (Stand vraag : STANDEN) {
            for (int j = 2017; j <= 2026; j++) {
                BudgetYear y = BudgetYear.of(j);
                assertThat(variant.sourceStand(y, vraag)).isEqualTo(vers.sourceStand(y, vraag));
                if (vers.knows(y, vraag)) {
                    assertThat(variant.knownAt(y, vraag)).isEqualTo(vers.knownAt(y, vraag));
                    assertThat(oud.knownAt(y, vraag)).isEqualTo(tabel.get(oud.sourceStand(y, vraag)).get(y));
                }
            }
        }
    }

    @Provide
    Arbitrary<Map<Stand, Map<BudgetYear, BigDecimal>>> tabellen() {
        Arbitrary<Map<BudgetYear, BigDecimal>> jaren = Arbitraries.maps(
                Arbitraries.integers().between(2018, 2025).map(BudgetYear::of),
                Arbitraries.integers().between(-500, 500).map(i -> BigDecimal.valueOf(i, 4))).ofMaxSize(8);
        return Arbitraries.maps(Arbitraries.of(STANDEN), jaren).ofMaxSize(STANDEN.size());
    }
}
