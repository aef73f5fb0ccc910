package nl.fvw.bundeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.money.Amounts;

/** Laws of a bundling (bundeling.md, invariants), each over 10,000 generated cases. */
class BundelingProperties {
    record Case(List<Ontvanger> ontvangers, Map<String, BigDecimal> historisch, BigDecimal korting, boolean ookVoordeel,
            Ingroeipad.Financiering financiering, long seed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<long[]> one = Combinators.combine(Arbitraries.longs().between(500, 900_000), Arbitraries.longs().between(0, 50_000),
                Arbitraries.longs().between(0, 5_000_000)).as((inw, units, hist) -> new long[] {inw, units, hist});
        return Combinators.combine(one.list().ofMinSize(2).ofMaxSize(25)
                        .filter(l -> l.stream().anyMatch(x -> x[1] > 0) && l.stream().anyMatch(x -> x[2] > 0)),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("0.25")),
                Arbitraries.of(true, false), Arbitraries.of(Ingroeipad.Financiering.values()), Arbitraries.longs())
                .as((rows, k, both, fin, seed) -> {
                    List<Ontvanger> o = new ArrayList<>();
                    Map<String, BigDecimal> h = new TreeMap<>();
                    for (int i = 0; i < rows.size(); i++) {
                        String code = String.format("GM%04d", i);
                        o.add(BundelingFixture.ontvanger(code, rows.get(i)[0], rows.get(i)[1]));
                        h.put(code, BigDecimal.valueOf(rows.get(i)[2]));
                    }
                    return new Case(o, h, k, both, fin, seed);
                });
    }

    private static Bundelingsuitkomst run(Case c, List<Ontvanger> order) {
        Bundeling b = BundelingFixture.bundeling(order, c.historisch(), c.korting(), BigDecimal.ZERO, 4);
        Ingroeipad pad = new Ingroeipad(List.of(Amounts.eur("7.50"), Amounts.eur("15")), c.ookVoordeel(), c.financiering());
        return Bundelingsberekening.bereken(b, pad, null, false);
    }

    @Property(tries = 10_000)
    void allocationsAddUpAndEffectsSumToZeroOrTheTransitionBudget(@ForAll("cases") Case c) {
        for (Bundelingsjaar j : run(c, c.ontvangers()).jaren()) {
            BigDecimal alloc = j.effecten().stream().map(h -> Amounts.value(h.allocatie())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal applied = j.effecten().stream().map(h -> Amounts.value(h.toegepast())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal full = j.effecten().stream().map(h -> Amounts.value(h.volledig())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(full).isZero();
            assertThat(applied).isEqualByComparingTo(Amounts.value(j.overgangsbudget()));
            assertThat(alloc).isEqualByComparingTo(Amounts.value(j.overgeheveld()).add(Amounts.value(j.overgangsbudget())));
            if (c.financiering() == Ingroeipad.Financiering.BUDGETNEUTRAAL) {
                assertThat(applied).isZero();
            }
            // each new share within one cent of its exact pro-rata share of the amount transferred
            BigDecimal units = c.ontvangers().stream().map(o -> o.eenheden().get("eenheid")).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Herverdeeleffect h : j.effecten()) {
                BigDecimal w = c.ontvangers().stream().filter(o -> o.code().equals(h.code())).findFirst().orElseThrow()
                        .eenheden().get("eenheid");
                BigDecimal exact = Amounts.value(j.overgeheveld()).multiply(w).divide(units, new java.math.MathContext(40));
                assertThat(Amounts.value(h.nieuw()).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    /** Caps hold: no loss beyond C(t) × inwoners (plus a cent of rounding); with both ways, no gain either. */
    @Property(tries = 10_000)
    void capsHold(@ForAll("cases") Case c) {
        for (Bundelingsjaar j : run(c, c.ontvangers()).jaren()) {
            for (Herverdeeleffect h : j.effecten()) {
                BigDecimal limit = j.cap().multiply(h.inwoners()).add(new BigDecimal("0.01"));
                BigDecimal v = Amounts.value(h.toegepast());
                if (v.signum() < 0 || c.ookVoordeel()) {
                    assertThat(v.abs()).isLessThanOrEqualTo(limit);
                }
            }
        }
    }

    /** A loser whose full loss exceeds the cap sees the applied loss grow year by year, never shrink. */
    @Property(tries = 10_000)
    void phaseInIsMonotoneWhileTheCapBinds(@ForAll("cases") Case c) {
        Bundelingsuitkomst u = run(c, c.ontvangers());
        if (c.financiering() == Ingroeipad.Financiering.BUDGETNEUTRAAL && c.ookVoordeel()) {
            return; // losses may then be scaled down when capped gains fall short
        }
        for (int y = 1; y < u.jaren().size(); y++) {
            Bundelingsjaar prev = u.jaren().get(y - 1);
            Bundelingsjaar cur = u.jaren().get(y);
            for (int i = 0; i < cur.effecten().size(); i++) {
                Herverdeeleffect p = prev.effecten().get(i);
                Herverdeeleffect h = cur.effecten().get(i);
                BigDecimal prevCap = prev.cap().multiply(p.inwoners());
                if (Amounts.value(p.volledig()).signum() < 0 && Amounts.value(h.volledig()).negate().compareTo(prevCap) > 0
                        && Amounts.value(p.volledig()).negate().compareTo(prevCap) > 0
                        && Amounts.value(h.volledig()).compareTo(Amounts.value(p.volledig())) <= 0) {
                    assertThat(Amounts.value(h.toegepast()).negate().add(new BigDecimal("0.01")))
                            .isGreaterThanOrEqualTo(Amounts.value(p.toegepast()).negate());
                }
            }
        }
    }

    @Property(tries = 10_000)
    void theResultDoesNotDependOnTheOrderOfRecipients(@ForAll("cases") Case c) {
        List<Ontvanger> shuffled = new ArrayList<>(c.ontvangers());
        Collections.shuffle(shuffled, new Random(c.seed()));
        Bundelingsuitkomst a = run(c, c.ontvangers());
        Bundelingsuitkomst b = run(c, shuffled);
        for (int y = 0; y < a.jaren().size(); y++) {
            Map<String, BigDecimal> x = new TreeMap<>();
            Map<String, BigDecimal> z = new TreeMap<>();
            a.jaren().get(y).effecten().forEach(h -> x.put(h.code(), Amounts.value(h.allocatie())));
            b.jaren().get(y).effecten().forEach(h -> z.put(h.code(), Amounts.value(h.allocatie())));
            assertThat(z).isEqualTo(x);
        }
    }

    /** Bundling with the historic key and no korting gives every recipient its historic allocation back. */
    @Property(tries = 10_000)
    void bundlingThenUnbundlingWithTheHistoricKeyReturnsTheHistoricAllocation(@ForAll("cases") Case c) {
        Bundeling b = BundelingFixture.bundeling(c.ontvangers(), c.historisch(), BigDecimal.ZERO, BigDecimal.ONE, 1);
        Bundelingsjaar j = Bundelingsberekening.bereken(b, null, null, false).jaren().get(0);
        Map<String, javax.money.MonetaryAmount> direct = nl.fvw.money.Allocation.split(Amounts.mln("100"), c.historisch(),
                nl.fvw.money.RoundingUnit.CENT);
        for (Herverdeeleffect h : j.effecten()) {
            assertThat(Amounts.value(h.volledig())).isZero();
            assertThat(Amounts.value(h.allocatie())).isEqualByComparingTo(Amounts.value(direct.get(h.code())));
        }
    }
}
