package nl.fvw.normering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.fvw.money.Amounts;

/** The algemene uitkering adds up (normering.md §6). */
class UitkeringsfactorProperties {
    @Provide
    Arbitrary<List<Uitkeringsfactor.Gemeente>> gemeenten() {
        Arbitrary<Uitkeringsfactor.Gemeente> one = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("900000000")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-50000000"), BigDecimal.ZERO).ofScale(2))
                .as((b, i) -> new Uitkeringsfactor.Gemeente("X", Amounts.eur(b), Amounts.eur(i)));
        return one.list().ofMinSize(1).ofMaxSize(60).map(list -> {
            List<Uitkeringsfactor.Gemeente> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(new Uitkeringsfactor.Gemeente(String.format("GM%04d", i), list.get(i).uitkeringsbasis(),
                        list.get(i).inkomsten()));
            }
            return out;
        });
    }

    /** The AU of all gemeenten adds up to the AU budget to the cent, each within a cent of UF × basis + inkomsten. */
    @Property(tries = 2_000)
    void auAllocationSumsToTheBudget(@ForAll("gemeenten") List<Uitkeringsfactor.Gemeente> gs,
            @ForAll("budgets") BigDecimal budget) {
        Uitkeringsfactor.Uitkomst u = Uitkeringsfactor.bereken(Amounts.eur(budget), gs, false);
        BigDecimal sum = u.au().values().stream().map(Amounts::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(budget);
        for (Uitkeringsfactor.Gemeente g : gs) {
            BigDecimal exact = u.factor().multiply(Amounts.value(g.uitkeringsbasis())).add(Amounts.value(g.inkomsten()));
            assertThat(Amounts.value(u.au().get(g.code())).subtract(exact).abs()).isLessThan(new BigDecimal("0.0100001"));
        }
    }

    @Provide
    Arbitrary<BigDecimal> budgets() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1000000"), new BigDecimal("40000000000")).ofScale(2);
    }
}
